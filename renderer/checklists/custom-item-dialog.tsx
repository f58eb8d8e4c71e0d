import { useState } from 'react';
import type { CapabilityArea, CapabilityItem } from '../../shared/plan/schema';
import { validateCapabilityPatch } from '../../shared/capabilities/capability-edits';
import type { CustomDetails } from '../../shared/capabilities/custom-details';
import { ModalDialog } from '../components/modal-dialog';
import { TextField } from '../components/text-field';
import { AREA_LABELS } from './checklist-labels';

export interface CustomItemDialogProps {
  area: CapabilityArea;
  /** The custom item to reword; absent when a new one is written. */
  item?: CapabilityItem;
  onAdd: (fields: CustomDetails) => void;
  onClose: () => void;
}

/** Writes a capability the catalogue does not have in the given area, or rewords one written before. */
export function CustomItemDialog({ area, item, onAdd, onClose }: CustomItemDialogProps) {
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [critical, setCritical] = useState(item?.critical ?? false);
  const [problem, setProblem] = useState<string | null>(null);

  function add() {
    const problems = validateCapabilityPatch({ title, description });
    if (problems.length > 0) return setProblem(problems[0]!.message);
    onAdd({ title: title.trim(), description, critical });
  }

  return (
    <ModalDialog
      title={item ? `Edit the custom ${AREA_LABELS[area].toLowerCase()} item` : `Add a custom ${AREA_LABELS[area].toLowerCase()} item`}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={add}>
            {item ? 'Save changes' : 'Add item'}
          </button>
        </>
      }
    >
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <TextField label="Capability" value={title} maxLength={300} onChange={setTitle} hint="What the mission must be able to do, e.g. “Night observation of the river crossing”." />
        {problem && (
          <p className="inline-error" role="alert">
            {problem}
          </p>
        )}
        <TextField label="Description" multiline value={description} maxLength={20_000} onChange={setDescription} />
        <label className="check-label">
          <input type="checkbox" checked={critical} onChange={(e) => setCritical(e.target.checked)} />
          Critical: without it the mission cannot prevent or respond to atrocities
        </label>
      </form>
    </ModalDialog>
  );
}
