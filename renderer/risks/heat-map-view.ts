/** The heat map as rows of cells ready to draw: top row likelihood 5, left column impact 1. */
import type { Band, Risk } from '../../shared/plan/schema';
import { binHeatMap, heatMapBands } from '../../shared/risks/heat-map';
import type { HeatMapKind } from '../../shared/risks/heat-map';
import type { BandName } from '../../shared/risks/scoring';
import { formatCount } from '../../shared/plan/labels';

export interface HeatCellView {
  likelihood: number;
  impact: number;
  count: number;
  band: BandName;
  /** What a screen reader announces for the cell's button. */
  label: string;
}

export interface HeatMapView {
  rows: HeatCellView[][];
  /** Risks on the grid (closed ones are left out). */
  total: number;
}

/** "Likelihood 4, impact 5: 2 risks". */
export const heatCellLabel = (likelihood: number, impact: number, count: number): string =>
  `Likelihood ${likelihood}, impact ${impact}: ${formatCount(count)} ${count === 1 ? 'risk' : 'risks'}`;

// The last view per rating: going back to the area (or redrawing it) with the same register and
// bands reuses it instead of counting thousands of risks again.
const lastViews = new Map<HeatMapKind, { risks: readonly Risk[]; bands: readonly Band[]; view: HeatMapView }>();

/** Bins the register (shared binning, the same the brief uses) and colours cells by the plan's bands. */
export function heatMapView(risks: readonly Risk[], bands: readonly Band[], kind: HeatMapKind): HeatMapView {
  const last = lastViews.get(kind);
  if (last && last.risks === risks && last.bands === bands) return last.view;
  const map = binHeatMap(risks, kind);
  const colours = heatMapBands(bands);
  const rows = [5, 4, 3, 2, 1].map((likelihood) =>
    [1, 2, 3, 4, 5].map((impact) => {
      const count = map.counts[likelihood - 1]![impact - 1]!;
      return { likelihood, impact, count, band: colours[likelihood - 1]![impact - 1]!, label: heatCellLabel(likelihood, impact, count) };
    }),
  );
  const view = { rows, total: map.total };
  lastViews.set(kind, { risks, bands, view });
  return view;
}
