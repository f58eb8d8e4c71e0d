/**
 * The register's columns. Built per set of score bands and day (both change rarely), so band
 * filters and overdue flags read the plan's own bands; the table gets the same array until then.
 */
import { createContext, useContext } from 'react';
import type { Table } from '@tanstack/react-table';
import type { Band, Risk } from '../../shared/plan/schema';
import { riskScore, isReviewOverdue } from '../../shared/risks/scoring';
import { gridColumnHelper } from '../components/grid/grid-features';
import type { GridFeatures } from '../components/grid/grid-features';
import { formatDay } from '../components/format-day';
import { matchesBand, matchesHeatCell, matchesReviewFilter } from './register-filters';
import type { HeatCellFilter, ReviewFilter } from './register-filters';
import { CATEGORY_LABELS, CATEGORY_OPTIONS, SOURCE_LABELS, STATUS_LABELS, STATUS_OPTIONS, TREATMENT_LABELS, TREATMENT_OPTIONS, labelOf } from './risk-labels';
import { ScoreBadge } from './score-badge';
import { markControls } from '../../shared/brief/safe-text';
import type { BandName } from '../../shared/risks/scoring';

/** What register cells can do beyond showing a value: open the risk's details. */
export const RegisterActions = createContext<{ open: (riskId: string) => void }>({ open: () => undefined });

/** Columns hidden until the planner shows them from the column menu (the rest fit a 1280-px window). */
export const HIDDEN_BY_DEFAULT = { category: false, treatment: false, residualLikelihood: false, residualImpact: false, target: false, source: false, links: false, cell: false };

/** Columns the global search looks in. */
export const SEARCHED_COLUMNS = new Set(['ref', 'title', 'owner', 'category', 'status', 'treatment']);

const h = gridColumnHelper<Risk>();

function SelectAll({ table }: { table: Table<GridFeatures, Risk> }) {
  const rows = table.getRowModel().rows;
  // Nothing selected is the common case: skip walking thousands of rows for it.
  const selected = table.getIsSomeRowsSelected() ? rows.filter((r) => r.getIsSelected()).length : 0;
  return (
    <input
      type="checkbox"
      className="grid-check"
      aria-label="Select all risks shown"
      checked={rows.length > 0 && selected === rows.length}
      ref={(el) => {
        if (el) el.indeterminate = selected > 0 && selected < rows.length;
      }}
      onChange={(e) => table.setRowSelection(e.target.checked ? Object.fromEntries(rows.map((r) => [r.id, true])) : {})}
    />
  );
}

function RefCell({ risk }: { risk: Risk }) {
  const { open } = useContext(RegisterActions);
  return (
    <button type="button" className="grid-link" tabIndex={-1} onClick={() => open(risk.id)} aria-label={`Open ${risk.ref}`}>
      <bdi>{markControls(risk.ref)}</bdi>
    </button>
  );
}

const Short = ({ full, short }: { full: string; short: string }) => (
  <>
    <span aria-hidden="true">{short}</span>
    <span className="visually-hidden">{full}</span>
  </>
);

/** The register's column definitions for a plan's bands, with `today` deciding overdue reviews. */
export function registerColumns(bands: readonly Band[], today: string) {
  const bandFilter = (row: { getValue: (id: string) => unknown }, id: string, band: BandName) => matchesBand(Number(row.getValue(id)), band, bands);
  return h.columns([
    h.display({
      id: 'select',
      header: ({ table }) => <SelectAll table={table} />,
      cell: ({ row }) => (
        <input type="checkbox" className="grid-check" tabIndex={-1} aria-label={`Select ${row.original.ref}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
      ),
      enableSorting: false,
      enableHiding: false,
      enableColumnFilter: false,
      enableGlobalFilter: false,
      meta: { label: 'Select', width: 40, align: 'center', activate: 'toggle-select' },
    }),
    h.accessor('ref', {
      header: 'Ref',
      sortFn: 'alphanumeric',
      enableHiding: false,
      cell: ({ row }) => <RefCell risk={row.original} />,
      meta: { label: 'Reference', width: 76, activate: 'open' },
    }),
    h.accessor('title', {
      header: 'Risk',
      sortFn: 'text',
      filterFn: 'includesString',
      enableHiding: false,
      cell: ({ getValue }) => (
        // <bdi> and the markers: a bidi override in a title cannot reorder the row, and shows.
        <bdi className="grid-clamp" title={markControls(getValue())}>
          {markControls(getValue())}
        </bdi>
      ),
      meta: { label: 'Title', width: 190, grow: true, editor: { kind: 'text', maxLength: 300 } },
    }),
    h.accessor('category', {
      header: 'Category',
      filterFn: 'equalsString',
      cell: ({ getValue }) => labelOf(CATEGORY_LABELS, getValue()),
      meta: { label: 'Category', width: 116, editor: { kind: 'select', options: CATEGORY_OPTIONS } },
    }),
    h.accessor('owner', {
      header: 'Owner',
      sortFn: 'text',
      filterFn: 'includesString',
      // Two lines, then the whole name on hover (title) and while the cell has focus (CSS).
      cell: ({ getValue }) =>
        getValue() ? (
          <bdi className="grid-clamp" title={markControls(getValue())}>
            {markControls(getValue())}
          </bdi>
        ) : (
          <em className="muted">No owner</em>
        ),
      meta: { label: 'Owner', width: 136, editor: { kind: 'text', maxLength: 300 } },
    }),
    h.accessor('likelihood', {
      header: () => <Short full="Likelihood" short="L" />,
      sortDescFirst: true,
      meta: { label: 'Likelihood', width: 44, align: 'center', editor: { kind: 'score' } },
    }),
    h.accessor('impact', {
      header: () => <Short full="Impact" short="I" />,
      sortDescFirst: true,
      meta: { label: 'Impact', width: 44, align: 'center', editor: { kind: 'score' } },
    }),
    h.accessor((r) => riskScore(r.likelihood, r.impact), {
      id: 'inherent',
      header: 'Inherent',
      sortDescFirst: true,
      filterFn: bandFilter,
      cell: ({ getValue }) => <ScoreBadge score={getValue()} bands={bands} compact />,
      meta: { label: 'Inherent score', width: 76 },
    }),
    h.accessor('residualLikelihood', {
      header: () => <Short full="Residual likelihood" short="Res. L" />,
      sortDescFirst: true,
      meta: { label: 'Residual likelihood', width: 72, align: 'center', editor: { kind: 'score' } },
    }),
    h.accessor('residualImpact', {
      header: () => <Short full="Residual impact" short="Res. I" />,
      sortDescFirst: true,
      meta: { label: 'Residual impact', width: 72, align: 'center', editor: { kind: 'score' } },
    }),
    h.accessor((r) => riskScore(r.residualLikelihood, r.residualImpact), {
      id: 'residual',
      header: 'Residual',
      sortDescFirst: true,
      filterFn: bandFilter,
      cell: ({ getValue }) => <ScoreBadge score={getValue()} bands={bands} compact />,
      meta: { label: 'Residual score', width: 76 },
    }),
    h.accessor((r) => riskScore(r.targetLikelihood, r.targetImpact), {
      id: 'target',
      header: 'Target',
      sortDescFirst: true,
      cell: ({ getValue }) => <ScoreBadge score={getValue()} bands={bands} compact />,
      meta: { label: 'Target score', width: 76 },
    }),
    h.accessor('treatment', {
      header: 'Treatment',
      filterFn: 'equalsString',
      cell: ({ getValue }) => labelOf(TREATMENT_LABELS, getValue()),
      meta: { label: 'Treatment', width: 104, editor: { kind: 'select', options: TREATMENT_OPTIONS } },
    }),
    h.accessor('status', {
      header: 'Status',
      filterFn: 'equalsString',
      cell: ({ getValue }) => <span className={`status-pill status-${getValue()}`}>{labelOf(STATUS_LABELS, getValue())}</span>,
      meta: { label: 'Status', width: 104, editor: { kind: 'select', options: STATUS_OPTIONS } },
    }),
    h.accessor('reviewDate', {
      header: 'Next review',
      sortFn: 'text',
      filterFn: (row, _id, filter: ReviewFilter) => matchesReviewFilter(row.original, filter, today),
      cell: ({ row }) => <ReviewCell risk={row.original} today={today} />,
      meta: { label: 'Next review', width: 128, editor: { kind: 'date' } },
    }),
    h.accessor('source', {
      header: 'Source',
      cell: ({ getValue }) => labelOf(SOURCE_LABELS, getValue()),
      meta: { label: 'Source', width: 120 },
    }),
    h.accessor((r) => r.linkedCapabilityIds.length, {
      id: 'links',
      header: 'Capabilities',
      sortDescFirst: true,
      meta: { label: 'Linked capabilities', width: 110, align: 'center' },
    }),
    h.accessor('status', {
      id: 'cell',
      header: 'Heat-map cell',
      enableSorting: false,
      enableHiding: false,
      enableGlobalFilter: false,
      filterFn: (row, _id, cell: HeatCellFilter) => matchesHeatCell(row.original, cell),
      meta: { label: 'Heat-map cell', width: 0 },
    }),
  ]);
}

function ReviewCell({ risk, today }: { risk: Risk; today: string }) {
  if (risk.reviewDate === '') return <span className="flag flag-warn">Not set</span>;
  // Most reviews are not overdue: their date goes in the cell as plain text, one element less a row.
  if (!isReviewOverdue(risk, today)) return formatDay(risk.reviewDate);
  return (
    <span className="review-overdue">
      {formatDay(risk.reviewDate)}
      <span className="flag flag-danger">Overdue</span>
    </span>
  );
}
