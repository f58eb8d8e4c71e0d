import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { moveActive } from '../components/grid/grid-keys';
import type { Band, Risk } from '../../shared/plan/schema';
import type { HeatMapKind } from '../../shared/risks/heat-map';
import { heatMapView } from './heat-map-view';
import { formatCount } from '../../shared/plan/labels';
import type { HeatCellFilter } from './register-filters';
import { IMPACT_LABELS, LIKELIHOOD_LABELS } from './risk-labels';

export interface HeatMapProps {
  risks: readonly Risk[];
  bands: readonly Band[];
  kind: HeatMapKind;
  onKind: (kind: HeatMapKind) => void;
  /** The cell filtering the register, if any. */
  selected: HeatCellFilter | null;
  onSelect: (cell: HeatCellFilter | null) => void;
}

/** The 5 × 5 likelihood-by-impact grid; each cell is a button that filters the register. */
export function HeatMap({ risks, bands, kind, onKind, selected, onSelect }: HeatMapProps) {
  const view = useMemo(() => heatMapView(risks, bands, kind), [risks, bands, kind]);
  // One tab stop for the 25 cells; arrows move between them (roving tabindex).
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const grid = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const next = moveActive(focus, event, { rows: 5, cols: 5, page: 5 });
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    grid.current?.querySelector<HTMLElement>(`[data-heat="${next.row}:${next.col}"]`)?.focus();
  }
  return (
    <section className="card heat-map" aria-labelledby="heat-map-heading">
      <div className="heat-map-top">
        <h3 className="card-heading" id="heat-map-heading">
          Heat map
        </h3>
        <div className="segmented" role="group" aria-label="Rating shown">
          {(['inherent', 'residual'] as const).map((k) => (
            <button key={k} type="button" className="segmented-button" aria-pressed={kind === k} onClick={() => onKind(k)}>
              {k === 'inherent' ? 'Inherent' : 'Residual'}
            </button>
          ))}
        </div>
      </div>
      <div className="heat-map-body">
        <span className="heat-axis-y" aria-hidden="true">
          Likelihood
        </span>
        <div
          ref={grid}
          className="heat-grid"
          role="group"
          aria-label={`${kind === 'inherent' ? 'Inherent' : 'Residual'} ratings of ${view.total} open risks`}
          onKeyDown={onKeyDown}
        >
          {view.rows.map((row, r) => (
            <div className="heat-row" key={row[0]!.likelihood}>
              <span className="heat-tick heat-tick-y" title={LIKELIHOOD_LABELS[row[0]!.likelihood - 1]} aria-hidden="true">
                {row[0]!.likelihood}
              </span>
              {row.map((cell, c) => {
                const isSelected = selected?.kind === kind && selected.likelihood === cell.likelihood && selected.impact === cell.impact;
                return (
                  <button
                    key={cell.impact}
                    type="button"
                    className={`heat-cell band-${cell.band}${cell.count === 0 ? ' heat-cell-empty' : ''}${isSelected ? ' heat-cell-selected' : ''}`}
                    aria-label={cell.label}
                    aria-pressed={isSelected}
                    tabIndex={focus.row === r && focus.col === c ? 0 : -1}
                    data-heat={`${r}:${c}`}
                    onFocus={() => setFocus({ row: r, col: c })}
                    onClick={() => onSelect(isSelected ? null : { kind, likelihood: cell.likelihood, impact: cell.impact })}
                  >
                    {cell.count > 0 ? formatCount(cell.count) : ''}
                  </button>
                );
              })}
            </div>
          ))}
          <div className="heat-row heat-row-ticks" aria-hidden="true">
            <span className="heat-tick heat-tick-y" />
            {IMPACT_LABELS.map((label, i) => (
              <span key={label} className="heat-tick" title={label}>
                {i + 1}
              </span>
            ))}
          </div>
        </div>
      </div>
      <p className="heat-axis-x" aria-hidden="true">
        Impact
      </p>
      <p className="heat-note">Closed risks are left out. Select a cell to filter the register.</p>
    </section>
  );
}
