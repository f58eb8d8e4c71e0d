import { describe, expect, it } from 'vitest';
import type { CanvasRect, TDocumentDefinitions } from 'pdfmake/interfaces';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { BAND_COLORS } from '../../../shared/brief/styles';
import { createSamplePlan } from '../../../shared/plan/sample';
import type { Plan } from '../../../shared/plan/schema';
import { binHeatMap } from '../../../shared/risks/heat-map';
import { bandFor } from '../../../shared/risks/scoring';
import { nodes, textOf } from './doc-walk';

const heatMapOnly = (plan: Plan) => briefDocument(plan, { generatedAt: '2026-11-20', sections: ['heatmap'] });

/** The two grids: canvases of 25 rectangles, inherent first. */
function grids(doc: TDocumentDefinitions): CanvasRect[][] {
  return nodes(doc.content)
    .filter((n) => Array.isArray(n.canvas) && (n.canvas as CanvasRect[]).length === 25)
    .map((n) => n.canvas as CanvasRect[]);
}

/** Counts printed over the grids, in drawing order (inherent grid, then residual). */
function printedCounts(doc: TDocumentDefinitions): number[] {
  return nodes(doc.content)
    .filter((n) => n.relativePosition && /^\d[\d,]*$/.test(textOf(n)))
    .map((n) => Number(textOf(n).replace(/,/g, '')));
}

function cellOf(rect: CanvasRect, grid: CanvasRect[]): { likelihood: number; impact: number } {
  const w = grid[0]!.w;
  const h = grid[0]!.h;
  return { likelihood: 5 - Math.round(rect.y / h), impact: Math.round(rect.x / w) + 1 };
}

describe('the heat map in the brief', () => {
  it('draws an inherent and a residual 5×5 grid as vector cells coloured by score band', () => {
    const plan = createSamplePlan();
    const found = grids(heatMapOnly(plan));
    expect(found).toHaveLength(2);
    for (const grid of found) {
      const seen = new Set<string>();
      for (const rect of grid) {
        const { likelihood, impact } = cellOf(rect, grid);
        seen.add(`${likelihood}x${impact}`);
        expect(rect.color).toBe(BAND_COLORS[bandFor(likelihood * impact, plan.risks.bands)]);
      }
      expect(seen.size).toBe(25);
    }
  });

  it("follows the plan's own score bands, not a fixed colour scheme", () => {
    const plan = createSamplePlan();
    plan.risks.bands = [
      { name: 'low', min: 1, max: 2 },
      { name: 'medium', min: 3, max: 5 },
      { name: 'high', min: 6, max: 11 },
      { name: 'critical', min: 12, max: 25 },
    ];
    const [inherent] = grids(heatMapOnly(plan));
    const cell = inherent!.find((r) => cellOf(r, inherent!).likelihood === 3 && cellOf(r, inherent!).impact === 4)!;
    expect(cell.color).toBe(BAND_COLORS.critical);
  });

  it('prints how many live risks sit in each cell, leaving closed risks out', () => {
    const plan = createSamplePlan();
    const live = plan.risks.items.filter((r) => r.status !== 'closed');
    expect(live.length).toBeLessThan(plan.risks.items.length);
    const counts = printedCounts(heatMapOnly(plan));
    const inherentCells = binHeatMap(plan.risks.items, 'inherent').counts.flat().filter((c) => c > 0);
    const residualCells = binHeatMap(plan.risks.items, 'residual').counts.flat().filter((c) => c > 0);
    expect(counts).toHaveLength(inherentCells.length + residualCells.length);
    expect(counts.slice(0, inherentCells.length).reduce((a, b) => a + b, 0)).toBe(live.length);
    expect(counts.slice(inherentCells.length).reduce((a, b) => a + b, 0)).toBe(live.length);
  });

  it('says there is nothing to map rather than drawing empty grids', () => {
    const none = createSamplePlan();
    none.risks.items = [];
    expect(textOf(heatMapOnly(none).content)).toContain('Not printed because nothing is recorded yet: risk heat map.');
    expect(grids(heatMapOnly(none))).toHaveLength(0);
    const closed = createSamplePlan();
    closed.risks.items = closed.risks.items.map((r) => ({ ...r, status: 'closed' as const }));
    expect(textOf(heatMapOnly(closed).content)).toContain('All recorded risks are closed');
  });
});
