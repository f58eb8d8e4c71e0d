import { useState } from 'react';
import { ModalDialog } from '../components/modal-dialog';

export interface SuggestedChoice {
  key: string;
  title: string;
  reason: string;
}

export interface AddSuggestedDialogProps {
  /** Where the suggestions come from, e.g. "the advice of every step". */
  source: string;
  choices: readonly SuggestedChoice[];
  onAdd: (keys: readonly string[]) => void;
  onClose: () => void;
}

/** A preview of the suggested risks, all ticked: the planner unticks what does not apply and adds the rest at once. */
export function AddSuggestedDialog({ source, choices, onAdd, onClose }: AddSuggestedDialogProps) {
  const [picked, setPicked] = useState(() => new Set(choices.map((c) => c.key)));
  const toggle = (key: string) => {
    const next = new Set(picked);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setPicked(next);
  };
  const count = picked.size === 1 ? '1 risk' : `${picked.size} risks`;
  return (
    <ModalDialog
      title="Add the suggested risks"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" data-autofocus disabled={picked.size === 0} onClick={() => onAdd(choices.filter((c) => picked.has(c.key)).map((c) => c.key))}>
            Add {count} to the register
          </button>
        </>
      }
    >
      <div className="wide-dialog">
        <p>
          Suggested by {source}, and not yet in the register. Untick what does not apply; one undo takes them all out again.
        </p>
        <ul className="pick-list" aria-label="Suggested risks">
          {choices.map((c) => (
            <li key={c.key}>
              <label className="pick">
                <input type="checkbox" checked={picked.has(c.key)} onChange={() => toggle(c.key)} />
                <span className="pick-text">
                  <span className="pick-title">{c.title}</span>
                  <span className="pick-description">{c.reason}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </ModalDialog>
  );
}
