/** The columns of a checklist table; built per day so due-date flags are right, then kept stable. */
import { createContext, useContext } from 'react';
import type { DueSoon } from '../../shared/capabilities/readiness';
import type { CapabilityItem } from '../../shared/plan/schema';
import { formatDay } from '../risks/format-day';
import { gridColumnHelper } from '../risks/grid/grid-features';
import { CAPABILITY_STATUS_LABELS, CAPABILITY_STATUS_OPTIONS } from './checklist-labels';
import { dueText } from './checklist-view';

/** What checklist cells need beyond the item: due flags, and removing an item. */
export const ChecklistContext = createContext<{ due: Map<string, DueSoon>; remove: (item: CapabilityItem) => void }>({
  due: new Map(),
  remove: () => undefined,
});

const h = gridColumnHelper<CapabilityItem>();

const STATUS_ORDER: Record<string, number> = { missing: 0, unassessed: 1, partial: 2, 'in-place': 3, 'not-applicable': 4 };

function TitleCell({ item }: { item: CapabilityItem }) {
  return (
    <div className="cap-title">
      <span className="cap-title-text">
        {item.title}
        {item.critical && <span className="tag tag-critical">Critical</span>}
        {item.catalogueId === null && <span className="tag">Custom</span>}
      </span>
      {item.description && <span className="cap-description">{item.description}</span>}
    </div>
  );
}

function DueCell({ item }: { item: CapabilityItem }) {
  const due = useContext(ChecklistContext).due.get(item.id);
  if (!item.dueDate) return <span className="muted">—</span>;
  return (
    <span className="cap-due">
      {formatDay(item.dueDate)}
      {due && <span className={`flag ${due.overdue ? 'flag-danger' : 'flag-warn'}`}>{dueText(due)}</span>}
    </span>
  );
}

function RemoveCell({ item }: { item: CapabilityItem }) {
  const { remove } = useContext(ChecklistContext);
  return (
    <button type="button" className="icon-button" tabIndex={-1} aria-label={`Remove “${item.title}”`} title="Remove from the checklist" onClick={() => remove(item)}>
      ×
    </button>
  );
}

const Note = ({ text }: { text: string }) => (text ? <span className="grid-clamp">{text}</span> : <span className="muted">—</span>);

export const CHECKLIST_COLUMNS = h.columns([
  h.accessor('title', {
    header: 'Capability',
    sortFn: 'text',
    cell: ({ row }) => <TitleCell item={row.original} />,
    meta: { label: 'Capability', width: 220, grow: true, editor: { kind: 'text', maxLength: 300 } },
  }),
  h.accessor('status', {
    header: 'Status',
    sortFn: (a, b) => (STATUS_ORDER[a.original.status] ?? 9) - (STATUS_ORDER[b.original.status] ?? 9),
    cell: ({ getValue }) => <span className={`status-pill cap-status-${getValue()}`}>{CAPABILITY_STATUS_LABELS[getValue()]}</span>,
    meta: { label: 'Status', width: 118, editor: { kind: 'select', options: CAPABILITY_STATUS_OPTIONS } },
  }),
  h.accessor('owner', {
    header: 'Owner',
    sortFn: 'text',
    cell: ({ getValue }) => getValue() || <span className="muted">—</span>,
    meta: { label: 'Owner', width: 128, editor: { kind: 'text', maxLength: 300 } },
  }),
  h.accessor('dueDate', {
    header: 'Due',
    sortFn: 'text',
    cell: ({ row }) => <DueCell item={row.original} />,
    meta: { label: 'Due date', width: 128, editor: { kind: 'date' } },
  }),
  h.accessor('gapNote', {
    header: 'Gap note',
    enableSorting: false,
    cell: ({ getValue }) => <Note text={getValue()} />,
    meta: { label: 'Gap note', width: 150, editor: { kind: 'longtext' } },
  }),
  h.accessor('evidence', {
    header: 'Evidence',
    enableSorting: false,
    cell: ({ getValue }) => <Note text={getValue()} />,
    meta: { label: 'Evidence', width: 130, editor: { kind: 'longtext' } },
  }),
  h.display({
    id: 'remove',
    header: () => <span className="visually-hidden">Remove</span>,
    enableSorting: false,
    cell: ({ row }) => <RemoveCell item={row.original} />,
    meta: { label: 'Remove', width: 44, align: 'center', activate: 'press' },
  }),
]);
