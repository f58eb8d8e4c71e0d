/** The brief's privacy options: a redacted copy, and whether Annex A prints the text of past changes. */
import { BriefCheck } from './brief-check';
export interface PrivacyChoiceProps {
  redacted: boolean;
  historyValues: boolean;
  /** How many fields the planner marked sensitive. */
  sensitiveCount: number;
  onRedacted: (on: boolean) => void;
  onHistoryValues: (on: boolean) => void;
  onClearSensitive: () => void;
}

export function PrivacyChoice({ redacted, historyValues, sensitiveCount, onRedacted, onHistoryValues, onClearSensitive }: PrivacyChoiceProps) {
  return (
    <fieldset className="brief-fieldset">
      <legend className="field-label">Privacy</legend>
      <BriefCheck label="Redacted copy" checked={redacted} hintId="brief-redacted-hint" onChange={onRedacted} />
      <p className="field-hint" id="brief-redacted-hint">
        Marks every page REDACTED COPY and leaves out evidence sources, notes on potential perpetrators, the author, the names of owners (their roles stay) and{' '}
        {sensitiveCount === 0 ? 'any field marked sensitive (none is).' : `the ${sensitiveCount === 1 ? 'field' : `${sensitiveCount} fields`} marked sensitive.`}
      </p>
      {sensitiveCount > 0 && (
        <button type="button" className="button button-quiet brief-button-small" onClick={onClearSensitive}>
          Unmark all sensitive fields
        </button>
      )}
      <BriefCheck label="Print the old and new text of changes in Annex A" checked={historyValues && !redacted} disabled={redacted} hintId="brief-history-hint" onChange={onHistoryValues} />
      <p className="field-hint" id="brief-history-hint">
        Off, the annex says what changed and when, so text removed from a risk is not printed. Never printed in a redacted copy.
      </p>
    </fieldset>
  );
}
