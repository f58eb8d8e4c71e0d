import { CAPABILITY_STATUSES } from '../../shared/plan/schema';
import type { CapabilityStatus } from '../../shared/plan/schema';
import { CAPABILITY_STATUS_LABELS } from './checklist-labels';

export interface BulkStatusBarProps {
  count: number;
  onSet: (status: CapabilityStatus) => void;
  onClear: () => void;
}

/** Shown while checklist rows are selected: one press rates all of them. */
export function BulkStatusBar({ count, onSet, onClear }: BulkStatusBarProps) {
  const items = count === 1 ? '1 item' : `${count} items`;
  return (
    <div className="bulk-bar" role="region" aria-label="Rate the selected items">
      <div className="bulk-top">
        <strong className="bulk-count">{items} selected</strong>
        <button type="button" className="button button-small button-quiet" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <div className="bulk-controls" role="group" aria-label={`Set the status of ${items}`}>
        <span className="compact-label">Set status</span>
        {CAPABILITY_STATUSES.map((status) => (
          <button key={status} type="button" className="button button-small" onClick={() => onSet(status)}>
            {CAPABILITY_STATUS_LABELS[status]}
          </button>
        ))}
      </div>
    </div>
  );
}
