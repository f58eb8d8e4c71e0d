import { describe, expect, it } from 'vitest';
import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { createSamplePlan } from '../../../shared/plan/sample';
import { textOf } from './doc-walk';

const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' as const };

function call(frame: unknown, page: number, count: number): string {
  expect(typeof frame).toBe('function');
  return textOf((frame as DynamicContent)(page, count, A4) as Content);
}

describe('page frame', () => {
  const doc = briefDocument(createSamplePlan(), { generatedAt: '2026-11-20' });

  it('prints the classification marking at the top of every page', () => {
    for (const page of [1, 2, 17, 240]) expect(call(doc.header, page, 240)).toBe('RESTRICTED');
  });

  it('prints title, date, "Page X of Y" and the marking again at the bottom of every page', () => {
    for (const [page, count] of [[1, 9], [7, 9], [123, 480]] as const) {
      const footer = call(doc.footer, page, count);
      expect(footer).toContain('Preventive mandate proposal for the Karst Basin');
      expect(footer).toContain('20 November 2026');
      expect(footer).toContain(`Page ${page} of ${count}`);
      expect(footer.trim().endsWith('RESTRICTED')).toBe(true);
    }
  });

  it('uses the marking the planner typed for this brief over the plan settings', () => {
    const secret = briefDocument(createSamplePlan(), { generatedAt: '2026-11-20', classification: 'UN CONFIDENTIAL' });
    expect(call(secret.header, 3, 9)).toBe('UN CONFIDENTIAL');
    expect(call(secret.footer, 3, 9)).toContain('UN CONFIDENTIAL');
  });

  it('falls back to the cover classification when the brief settings leave it empty', () => {
    const plan = createSamplePlan();
    plan.brief.classification = '';
    plan.cover.classification = 'CONFIDENTIAL';
    expect(call(briefDocument(plan, { generatedAt: '2026-11-20' }).header, 1, 1)).toBe('CONFIDENTIAL');
  });

  it('prints no marking line at all when there is no classification', () => {
    const plan = createSamplePlan();
    const doc = briefDocument(plan, { generatedAt: '2026-11-20', classification: '' });
    expect((doc.header as DynamicContent)(1, 2, A4)).toBeNull();
    expect(call(doc.footer, 1, 2)).not.toContain('RESTRICTED');
    expect(call(doc.footer, 1, 2)).toContain('Page 1 of 2');
  });

  it('shortens a very long title in the footer instead of letting it wrap', () => {
    const plan = createSamplePlan();
    plan.cover.title = 'A'.repeat(250);
    const footer = call(briefDocument(plan, { generatedAt: '2026-11-20' }).footer, 1, 1);
    expect(footer).toContain('…');
    expect(footer).not.toContain('A'.repeat(100));
  });
});
