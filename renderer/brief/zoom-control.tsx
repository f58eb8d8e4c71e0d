import { stepZoom, ZOOM_STEPS } from './zoom';
import type { ZoomSetting } from './zoom';
import { Select } from '../components/select-field';

export interface ZoomControlProps {
  setting: ZoomSetting;
  /** The zoom in effect (what 'fit' works out to). */
  zoom: number;
  onChange: (setting: ZoomSetting) => void;
}

/** Zoom out, a list of steps with "Fit width", zoom in. */
export function ZoomControl({ setting, zoom, onChange }: ZoomControlProps) {
  const first = ZOOM_STEPS[0];
  const last = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return (
    <div className="brief-zoom" role="group" aria-label="Zoom">
      <button type="button" className="button button-icon" aria-label="Zoom out" disabled={zoom <= first} onClick={() => onChange(stepZoom(zoom, -1))}>
        <span aria-hidden="true">−</span>
      </button>
      <Select
        className="field-input field-select brief-zoom-select"
        aria-label="Zoom level"
        value={String(setting)}
        options={[{ value: 'fit', label: `Fit width (${zoom} %)` }, ...ZOOM_STEPS.map((step) => ({ value: String(step), label: `${step} %` }))]}
        onChange={(v) => onChange(v === 'fit' ? 'fit' : Number(v))}
      />
      <button type="button" className="button button-icon" aria-label="Zoom in" disabled={zoom >= last} onClick={() => onChange(stepZoom(zoom, 1))}>
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
