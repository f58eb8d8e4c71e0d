/** The columns of a checklist table; built per day so due-date flags are right, then kept stable. */
import { createContext, useContext } from 'react';
import type { DueSoon } from '../../shared/capabilities/readiness';
import type { Band, CapabilityItem, Risk } from '../../shared/plan/schema';
import { bandOf } from '../../shared/risks/scoring';
import { formatDay } from '../components/format-day';
import { gridColumnHelper } from '../components/grid/grid-features';
import { useCellTabIndex } from '../components/grid/grid-row';
import { BAND_LABELS } from '../../shared/plan/labels';
import { CAPABILITY_STATUS_LABELS, CAPABILITY_STATUS_OPTIONS } from './checklist-labels';
import { dueText } from './checklist-view';
import { selectRow } from './row-range';

/** What checklist cells need beyond the item: due flags, linked risks, and the actions on an item. */
export interface ChecklistCellContext {
  due: Map<string, DueSoon>;
  remove: (item: CapabilityItem) => void;
  /** Register risks that depend on each item (see shared/capabilities/linked-risks.ts). */
  linkedRisks: ReadonlyMap<string, readonly Risk[]>;
  bands: readonly Band[];
  /** Goes to the register with this risk's details open. */
  openRisk: (riskId: string) => void;
  /** Edits a custom item's title, description and critical mark. */
  editDetails: (item: CapabilityItem) => void;
}

export const ChecklistContext = createContext<ChecklistCellContext>({
  due: new Map(),
  remove: () => undefined,
  linkedRisks: new Map(),
  bands: [],
  openRisk: () => undefined,
  editDetails: () => undefined,
});

const h = gridColumnHelper<CapabilityItem>();

const STATUS_ORDER: Record<string, number> = { missing: 0, unassessed: 1, partial: 2, 'in-place': 3, 'not-applicable': 4 };

function TitleCell({ item }: { item: CapabilityItem }) {
  const { linkedRisks, bands, openRisk, editDetails } = useContext(ChecklistContext);
  const tabIndex = useCellTabIndex();
  const risks = linkedRisks.get(item.id);
  return (
    <div className="cap-title">
      <span className="cap-title-text">
        {item.title}
        {item.critical && <span className="tag tag-critical">Critical</span>}
        {item.catalogueId === null && (
          <>
            <span className="tag">Custom</span>
            {/* Catalogue items keep their shipped wording; a custom one is the planner's to reword. */}
            <button type="button" className="cap-edit" tabIndex={tabIndex} aria-label={`Edit the details of “${item.title}”`} onClick={() => editDetails(item)}>
              Edit
            </button>
          </>
        )}
      </span>
      {item.description && <span className="cap-description">{item.description}</span>}
      {risks && (
        <ul className="cap-risks" aria-label="Linked risks">
          {risks.map((risk) => {
            const band = bandOf(risk, 'residual', bands);
            return (
              <li key={risk.id}>
                <button
                  type="button"
                  className="cap-risk"
                  tabIndex={tabIndex}
                  title={`${risk.ref}: ${risk.title} (residual ${BAND_LABELS[band].toLowerCase()}). Open it in the register.`}
                  onClick={() => openRisk(risk.id)}
                >
                  <span className={`cap-risk-band band-${band}`} aria-hidden="true" />
                  <span className="cap-risk-ref">{risk.ref}</span>
                  <span className="cap-risk-title">{risk.title}</span>
                  <span className="visually-hidden">, residual {BAND_LABELS[band].toLowerCase()}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
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

/** Two lines of a note; the whole note on hover (title) and while the cell has focus. */
const Note = ({ text }: { text: string }) =>
  text ? (
    <span className="grid-clamp" title={text}>
      {text}
    </span>
  ) : (
    <span className="muted">—</span>
  );

export const CHECKLIST_COLUMNS = h.columns([
  h.display({
    id: 'select',
    header: ({ table }) => {
      const rows = table.getRowModel().rows;
      const picked = rows.filter((r) => r.getIsSelected()).length;
      return (
        <input
          type="checkbox"
          className="grid-check"
          aria-label="Select every item of this checklist"
          checked={rows.length > 0 && picked === rows.length}
          ref={(el) => {
            if (el) el.indeterminate = picked > 0 && picked < rows.length;
          }}
          onChange={(e) => table.setRowSelection(e.target.checked ? Object.fromEntries(rows.map((r) => [r.id, true])) : {})}
        />
      );
    },
    cell: ({ row, table }) => (
      <input
        type="checkbox"
        className="grid-check"
        tabIndex={-1}
        aria-label={`Select “${row.original.title}”`}
        checked={row.getIsSelected()}
        // React reports a checkbox change from its click, so Shift is on the native event.
        onChange={(e) => selectRow(table, row.id, (e.nativeEvent as MouseEvent).shiftKey === true)}
      />
    ),
    enableSorting: false,
    meta: { label: 'Select', width: 40, align: 'center', activate: 'toggle-select' },
  }),
  h.accessor('title', {
    header: 'Capability',
    sortFn: 'text',
    cell: ({ row }) => <TitleCell item={row.original} />,
    meta: { label: 'Capability', width: 220, grow: true, editor: { kind: 'text', maxLength: 300 }, tabbable: true },
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
    cell: ({ getValue }) =>
      getValue() ? (
        <bdi className="grid-clamp" title={getValue()}>
          {getValue()}
        </bdi>
      ) : (
        <span className="muted">—</span>
      ),
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
