/** The register's TanStack table: the plan's risks with the grid features, columns per band set. */
import { useMemo } from 'react';
import { useTable } from '@tanstack/react-table';
import type { Band, Risk } from '../../shared/plan/schema';
import { gridFeatures } from '../components/grid/grid-features';
import type { TableView } from '../components/grid/kept-view';
import { HIDDEN_BY_DEFAULT, registerColumns, SEARCHED_COLUMNS } from './register-columns';

const rowId = (risk: Risk) => risk.id;
const canSearch = (column: { id: string }) => SEARCHED_COLUMNS.has(column.id);

/**
 * The register table over `risks`; sorting, filters, visible columns and selection live in it.
 * `kept` is how the planner left the register earlier with this plan (see register-view.ts).
 */
export function useRegisterTable(risks: Risk[], bands: readonly Band[], today: string, kept?: TableView) {
  const columns = useMemo(() => registerColumns(bands, today), [bands, today]);
  return useTable({
    features: gridFeatures,
    columns,
    data: risks,
    getRowId: rowId,
    initialState: kept ?? { columnVisibility: HIDDEN_BY_DEFAULT },
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: canSearch,
    enableRowSelection: true,
  });
}

export type RegisterTable = ReturnType<typeof useRegisterTable>;
