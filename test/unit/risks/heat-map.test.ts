import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { binHeatMap, heatMapBands, isInCell } from '../../../shared/risks/heat-map';

describe('heat map binning', () => {
  const plan = createSamplePlan();
  const risks = plan.risks.items;

  it('counts each open risk in the cell of its inherent likelihood and impact', () => {
    const map = binHeatMap(risks, 'inherent');
    const open = risks.filter((r) => r.status !== 'closed');
    expect(map.total).toBe(open.length);
    expect(map.counts.flat().reduce((a, b) => a + b, 0)).toBe(open.length);
    // R-001 (4×5) sits alone in likelihood 4, impact 5.
    expect(map.counts[3]![4]).toBe(1);
    expect(map.ids[3]![4]).toEqual(['risk-sample-01']);
    // are both 4×4.
    expect(map.ids[3]![3]).toEqual(['risk-sample-02', 'risk-sample-10']);
  });

  it('moves risks when switched to residual ratings', () => {
    const map = binHeatMap(risks, 'residual');
    expect(map.ids[2]![3]).toEqual(['risk-sample-01', 'risk-sample-02', 'risk-sample-10']);
    expect(map.counts[3]![4]).toBe(0);
  });

  it('leaves closed risks out unless asked to include them', () => {
    const closed = risks.find((r) => r.status === 'closed')!;
    const cell = (m: ReturnType<typeof binHeatMap>) => m.ids[closed.likelihood - 1]![closed.impact - 1]!;
    expect(cell(binHeatMap(risks, 'inherent'))).not.toContain(closed.id);
    expect(cell(binHeatMap(risks, 'inherent', { includeClosed: true }))).toContain(closed.id);
  });

  it('is indexed [likelihood-1][impact-1] and agrees with the cell filter', () => {
    const map = binHeatMap(risks, 'inherent', { includeClosed: true });
    for (let l = 1; l <= 5; l++) {
      for (let i = 1; i <= 5; i++) {
        const inCell = risks.filter((r) => isInCell(r, 'inherent', { likelihood: l, impact: i })).map((r) => r.id);
        expect(map.ids[l - 1]![i - 1]).toEqual(inCell);
        expect(map.counts[l - 1]![i - 1]).toBe(inCell.length);
      }
    }
  });

  it('colours the grid by the plan’s bands', () => {
    const bands = heatMapBands(plan.risks.bands);
    expect(bands[0]![0]).toBe('low');
    expect(bands[4]![4]).toBe('critical');
    expect(bands[1]![4]).toBe('high');
    expect(bands[2]![2]).toBe('medium');
  });
});
