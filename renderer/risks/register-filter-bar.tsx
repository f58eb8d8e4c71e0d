import { CompactSelect } from './compact-select';
import { describeHeatCell, REVIEW_FILTER_OPTIONS } from './register-filters';
import type { HeatCellFilter } from './register-filters';
import { formatCount, plural } from '../../shared/plan/labels';
import type { RegisterTable } from './use-register-table';
import { BAND_OPTIONS, CATEGORY_OPTIONS, STATUS_OPTIONS } from './risk-labels';


const SELECT_FILTERS = [
  { id: 'category', label: 'Category', empty: 'Any', options: CATEGORY_OPTIONS },
  { id: 'status', label: 'Status', empty: 'Any', options: STATUS_OPTIONS },
  { id: 'inherent', label: 'Inherent band', empty: 'Any', options: BAND_OPTIONS },
  { id: 'residual', label: 'Residual band', empty: 'Any', options: BAND_OPTIONS },
  { id: 'reviewDate', label: 'Next review', empty: 'Any', options: REVIEW_FILTER_OPTIONS },
] as const;

/** Search, per-column filters, the heat-map cell chip and the column menu above the register. */
export function RegisterFilterBar({ table, total }: { table: RegisterTable; total: number }) {
  const value = (id: string) => String(table.getColumn(id)?.getFilterValue() ?? '');
  const set = (id: string, v: string) => table.getColumn(id)?.setFilterValue(v === '' ? undefined : v);
  const cell = table.getColumn('cell')?.getFilterValue() as HeatCellFilter | undefined;
  const shown = table.getRowModel().rows.length;
  const globalFilter = String(table.state.globalFilter ?? '');
  const filtered = table.state.columnFilters.length > 0 || globalFilter !== '';

  return (
    <div className="register-filters" role="search" aria-label="Filter the register">
      <div className="register-filter-row">
        <div className="compact-field compact-field-search">
          <label className="compact-label" htmlFor="register-search">
            Search
          </label>
          <input
            id="register-search"
            type="search"
            className="compact-input"
            placeholder="Ref, title, owner…"
            value={globalFilter}
            onChange={(e) => table.setGlobalFilter(e.target.value)}
          />
        </div>
        <div className="compact-field">
          <label className="compact-label" htmlFor="register-owner-filter">
            Owner
          </label>
          <input id="register-owner-filter" type="text" className="compact-input" value={value('owner')} onChange={(e) => set('owner', e.target.value)} />
        </div>
        {SELECT_FILTERS.map((f) => (
          <CompactSelect key={f.id} label={f.label} value={value(f.id)} options={f.options} emptyLabel={f.empty} onChange={(v) => set(f.id, v)} />
        ))}
      </div>
      <div className="register-filter-status">
        <p className="register-count" aria-live="polite">
          {shown === total ? `${plural(total, 'risk')}` : `Showing ${formatCount(shown)} of ${plural(total, 'risk')}`}
        </p>
        {cell && (
          <span className="chip">
            Filtered by heat-map cell: {describeHeatCell(cell)}
            <button type="button" className="chip-remove" aria-label="Remove the heat-map cell filter" onClick={() => table.getColumn('cell')?.setFilterValue(undefined)}>
              ×
            </button>
          </span>
        )}
        {filtered && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => {
              table.resetColumnFilters(true);
              table.setGlobalFilter('');
            }}
          >
            Clear all filters
          </button>
        )}
      </div>
    </div>
  );
}
