import { useEffect, useRef } from 'react';
import { Icon } from '../components/icons';

export interface DistributionListProps {
  names: readonly string[];
  max: number;
  onChange: (index: number, name: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onBlur: () => void;
}

/** The brief's distribution list: one recipient per line, added and removed one at a time. */
export function DistributionList({ names, max, onChange, onAdd, onRemove, onBlur }: DistributionListProps) {
  const list = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  const count = names.length;
  // A line just added gets the focus, so the planner can type the name straight away.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  }, [count]);

  return (
    <fieldset className="brief-fieldset">
      <legend className="field-label">Distribution</legend>
      <p className="field-hint" id="brief-distribution-hint">
        Listed on the cover page, one recipient per line.
      </p>
      {count === 0 ? (
        <p className="brief-empty">No recipients yet.</p>
      ) : (
        <ol className="brief-distribution" ref={list}>
          {names.map((name, index) => (
            <li key={index} className="brief-recipient">
              <span className="brief-recipient-number" aria-hidden="true">
                {index + 1}.
              </span>
              <input
                type="text"
                className="field-input"
                aria-label={`Recipient ${index + 1}`}
                aria-describedby="brief-distribution-hint"
                value={name}
                maxLength={300}
                onChange={(e) => onChange(index, e.target.value)}
                onBlur={onBlur}
              />
              <button type="button" className="button button-icon" aria-label={`Remove recipient ${index + 1}${name ? ` (${name})` : ''}`} onClick={() => onRemove(index)}>
                <Icon name="close" size={18} />
              </button>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button
          type="button"
          className="button"
          disabled={count >= max}
          onClick={() => {
            added.current = true;
            onAdd();
          }}
        >
          <Icon name="plus" size={18} />
          Add recipient
        </button>
      </div>
    </fieldset>
  );
}
