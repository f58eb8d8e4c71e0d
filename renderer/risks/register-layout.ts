/** How the register grid is sized and what it shows of the selection: pure, so the area stays thin. */
import type { Risk } from '../../shared/plan/schema';
import { HEADER_HEIGHT } from '../components/grid/grid-layout';

/** One register row, in pixels (the virtual grid needs a fixed height). */
export const ROW_HEIGHT = 52;
const GRID_HEIGHT = 560;
const MIN_GRID_HEIGHT = 180;

/** Short registers get a grid just tall enough, so the page does not scroll inside a scroll. */
export const gridHeight = (rows: number): number => Math.max(MIN_GRID_HEIGHT, Math.min(GRID_HEIGHT, HEADER_HEIGHT + rows * ROW_HEIGHT + 2));

/** The name a row goes by for screen readers and the row-selection boxes. */
export const rowLabel = (risk: Risk): string => risk.ref;

/** Closed risks stay in the register, greyed. */
export const rowClass = (risk: Risk): string | undefined => (risk.status === 'closed' ? 'grid-row-muted' : undefined);

/**
 * The ids picked in the table's row selection that are still risks of the plan: selection is
 * table state, so it can hold risks removed (or undone) since they were picked.
 */
export function selectedRiskIds(selection: Readonly<Record<string, boolean>>, risks: readonly { id: string }[]): string[] {
  const picked = Object.keys(selection).filter((id) => selection[id]);
  if (picked.length === 0) return picked;
  const present = new Set(risks.map((r) => r.id));
  return picked.filter((id) => present.has(id));
}

/** How many of the selected risks the filters hide (a bulk edit changes them too, so the bar says so). */
export function hiddenCount(ids: readonly string[], shown: readonly { id: string }[]): number {
  const visible = new Set(shown.map((r) => r.id));
  return ids.filter((id) => !visible.has(id)).length;
}
