import { useState } from 'react';
import type { ChecklistCatalogueItem } from '../../shared/content/checklist-items';
import type { CapabilityArea, Plan } from '../../shared/plan/schema';
import { ModalDialog } from '../components/modal-dialog';
import { AREA_LABELS } from './checklist-labels';
import { catalogueChoices } from './checklist-view';

export interface AddFromCatalogueDialogProps {
  plan: Plan;
  area: CapabilityArea;
  onAdd: (entries: ChecklistCatalogueItem[]) => void;
  onClose: () => void;
}

/** Ticks catalogue items of one area onto the checklist; items relevant to the mission come pre-ticked. */
export function AddFromCatalogueDialog({ plan, area, onAdd, onClose }: AddFromCatalogueDialogProps) {
  const choices = catalogueChoices(plan, area);
  const [picked, setPicked] = useState(() => new Set(choices.filter((c) => c.relevant).map((c) => c.entry.id)));
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };
  return (
    <ModalDialog
      title={`Add ${AREA_LABELS[area].toLowerCase()} items from the catalogue`}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={picked.size === 0} onClick={() => onAdd(choices.filter((c) => picked.has(c.entry.id)).map((c) => c.entry))}>
            Add {picked.size === 1 ? '1 item' : `${picked.size} items`}
          </button>
        </>
      }
    >
      <div className="wide-dialog">
        {choices.length === 0 ? (
          <p>Every catalogue item of this area is already on the checklist.</p>
        ) : (
          <>
            <p>Items that fit this mission are ticked; untick what you do not need.</p>
            <ul className="pick-list">
              {choices.map(({ entry, relevant }) => (
                <li key={entry.id}>
                  <label className="pick">
                    <input type="checkbox" checked={picked.has(entry.id)} onChange={() => toggle(entry.id)} />
                    <span className="pick-text">
                      <span className="pick-title">
                        {entry.title}
                        {entry.critical && <span className="tag tag-critical">Critical</span>}
                      </span>
                      <span className="pick-description">{entry.description}</span>
                      {!relevant && <span className="pick-note">Not usually needed for this mission type or posture.</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </ModalDialog>
  );
}
