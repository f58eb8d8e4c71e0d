import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { excerpt } from '../../../renderer/wizard/excerpt';
import { taskHints } from '../../../renderer/wizard/task-hints';
import { parseWholeNumber } from '../../../renderer/wizard/whole-number';
import { tileDetail } from '../../../renderer/wizard/crime-tiles';
import type { CrimePicture } from '../../../shared/mandate/crime-picture';

const tile = (t: Partial<CrimePicture['crimes'][number]>) => ({ drivers: [], ...t }) as CrimePicture['crimes'][number];

describe('a whole-number field', () => {
  it('reads whole numbers within the range and refuses the rest', () => {
    expect(parseWholeNumber(' 30 ', 1, 365, false)).toEqual({ ok: true, value: 30 });
    expect(parseWholeNumber('0', 1, 365, false)).toEqual({ ok: false });
    expect(parseWholeNumber('366', 1, 365, false)).toEqual({ ok: false });
    expect(parseWholeNumber('3.5', 1, 365, false)).toEqual({ ok: false });
    expect(parseWholeNumber('-3', 0, 365, false)).toEqual({ ok: false });
  });

  it('takes an empty field as no value only where that is allowed', () => {
    expect(parseWholeNumber('  ', 1, 365, true)).toEqual({ ok: true, value: null });
    expect(parseWholeNumber('', 1, 365, false)).toEqual({ ok: false });
  });
});

describe('short forms of the mandate text', () => {
  it('cuts a paragraph to its first words with an ellipsis, and leaves a short one whole', () => {
    expect(excerpt('Requests the mission to  monitor and report', 3)).toBe('Requests the mission…');
    expect(excerpt('  Requests the mission ', 3)).toBe('Requests the mission');
  });

  it('says what an empty task field follows in the mandate', () => {
    const { mandate } = createSamplePlan();
    const hints = taskHints(mandate);
    expect(hints.reporting).toBe(`Empty: follows the mandate, every ${mandate.reportingIntervalDays} days.`);
    expect(hints.review).toMatch(/^Empty: follows the mandate’s review \(/);
    expect(taskHints({ ...mandate, reportingIntervalDays: null, reviewDate: '', startDate: '', durationMonths: null } as typeof mandate)).toEqual({
      reporting: 'Empty: the mandate sets no reporting interval either.',
      review: 'Empty: the mandate has no review or end date either.',
    });
  });

  it('names what drives a crime tile, or why it is held back', () => {
    expect(tileDetail(tile({ drivers: [3] }))).toBe('Driven by factor 3');
    expect(tileDetail(tile({ drivers: [3, 7] }))).toBe('Driven by factors 3, 7');
    expect(tileDetail(tile({ drivers: [] }))).toBe('No specific factor at moderate or above');
    expect(tileDetail(tile({ drivers: [3], heldBack: 'No armed conflict is recorded.' }))).toBe('No armed conflict is recorded.');
  });
});
