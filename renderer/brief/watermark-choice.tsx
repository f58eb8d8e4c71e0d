import { BriefCheck } from './brief-check';
import type { DraftState } from './draft-state';

export interface WatermarkChoiceProps {
  on: boolean;
  draft: DraftState;
  onChange: (on: boolean) => void;
  onOpenMandate: () => void;
}

/** The DRAFT watermark switch, with whether the mandate is ready and so whether it will print. */
export function WatermarkChoice({ on, draft, onChange, onOpenMandate }: WatermarkChoiceProps) {
  const prints = on && !draft.ready;
  return (
    <fieldset className="brief-fieldset">
      <legend className="field-label">Draft marking</legend>
      <BriefCheck label="Mark every page DRAFT until the mandate is ready" checked={on} hintId="brief-draft-state" onChange={onChange} />
      <div className={draft.ready ? 'brief-draft-state brief-draft-ready' : 'brief-draft-state'} id="brief-draft-state">
        <p>
          <strong>{draft.ready ? 'Mandate ready.' : 'Mandate not ready.'}</strong> {draft.explanation}{' '}
          {prints ? 'This brief prints with the DRAFT watermark.' : 'This brief prints without a watermark.'}
        </p>
        {!draft.ready && (
          <button type="button" className="button button-quiet brief-button-small" onClick={onOpenMandate}>
            Go to Situation &amp; mandate
          </button>
        )}
      </div>
    </fieldset>
  );
}
