import type { ReactTable, RowData } from '@tanstack/react-table';
import { metaOf } from './grid-features';
import type { GridFeatures } from './grid-features';
import { cellStyle } from './grid-layout';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** The header row: column names, as sort buttons where the column sorts. */
export function GridHeader<T extends RowData>({ table }: { table: ReactTable<GridFeatures, T, unknown> }) {
  return (
    <thead className="grid-head">
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} className="grid-row grid-head-row" aria-rowindex={1}>
          {group.headers.map((header) => {
            const meta = metaOf(header.column);
            const sorted = header.column.getIsSorted();
            const align = meta.align && meta.align !== 'start' ? ` grid-cell-${meta.align}` : '';
            return (
              <th
                key={header.id}
                scope="col"
                className={`grid-th${align}`}
                style={cellStyle(meta)}
                aria-sort={header.column.getCanSort() ? (sorted ? ARIA_SORT[sorted] : 'none') : undefined}
              >
                {header.isPlaceholder ? null : header.column.getCanSort() ? (
                  <button type="button" className="grid-sort" onClick={header.column.getToggleSortingHandler()} title={`Sort by ${meta.label.toLowerCase()}`}>
                    <table.FlexRender header={header} />
                    <span className={`grid-sort-mark${sorted ? ' grid-sort-mark-on' : ''}`} aria-hidden="true">
                      {sorted === 'desc' ? '▼' : sorted === 'asc' ? '▲' : '↕'}
                    </span>
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
