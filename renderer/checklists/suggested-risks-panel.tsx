import type { CapabilityRiskSuggestion } from '../../shared/capabilities/suggested-risks';

export interface SuggestedRisksPanelProps {
  suggestions: readonly CapabilityRiskSuggestion[];
  onAdd: (suggestion: CapabilityRiskSuggestion) => void;
  /** Opens the preview to add several at once. */
  onAddAll: () => void;
  onDismiss: (suggestion: CapabilityRiskSuggestion) => void;
}

/** Critical gaps that belong in the risk register, each addable as a linked risk in one click. */
export function SuggestedRisksPanel({ suggestions, onAdd, onAddAll, onDismiss }: SuggestedRisksPanelProps) {
  if (suggestions.length === 0) return null;
  return (
    <section className="card card-warning suggestions" aria-labelledby="suggestions-heading">
      <h3 className="card-heading" id="suggestions-heading">
        Gaps that belong in the risk register
      </h3>
      <p className="card-lead">A missing or partial critical capability is a risk to the mission. Add it to the register, linked to its checklist item.</p>
      {suggestions.length > 1 && (
        <p>
          <button type="button" className="button button-primary button-small" onClick={onAddAll}>
            Add all {suggestions.length} to the register…
          </button>
        </p>
      )}
      <ul className="suggestion-list">
        {suggestions.map((s) => (
          <li key={s.suggestionId} className="suggestion">
            <div className="suggestion-text">
              <p className="suggestion-reason">{s.reason}</p>
              <p className="suggestion-title">{s.draft.title}</p>
            </div>
            <div className="suggestion-actions">
              <button type="button" className="button button-primary button-small" aria-label={`Add to the risk register: ${s.draft.title}`} onClick={() => onAdd(s)}>
                Add to register
              </button>
              <button type="button" className="button button-quiet button-small" aria-label={`Dismiss: ${s.draft.title}`} onClick={() => onDismiss(s)}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
