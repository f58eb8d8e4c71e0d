import { describe, expect, it } from 'vitest';
import { assembleMandate, mandateToPlainText } from '../../../shared/mandate/assemble';
import { mandateEndDate, periodEnd, taskDeadline } from '../../../shared/mandate/timeline';
import { createSamplePlan } from '../../../shared/plan/sample';
import { sampleClause, sampleWith, withoutClauses } from './plans';

describe('assembling the mandate in Security Council shape', () => {
  const sample = assembleMandate(createSamplePlan());

  it('puts the sample\'s preambular paragraphs first, each ending with a comma', () => {
    expect(sample.heading).toBe('The Security Council,');
    expect(sample.preambular.map((p) => p.clauseId)).toEqual(['cl-sample-01', 'cl-sample-02', 'cl-sample-03', 'cl-sample-15', 'cl-sample-16', 'cl-sample-17']);
    for (const p of sample.preambular) expect(p.text).toMatch(/^(Reaffirming|Expressing grave concern|Welcoming|Recalling|Determining|Acting) .+,$/);
    // The determination and Chapter VII close the preamble (review E13).
    expect(sample.preambular.slice(-2).map((p) => p.opening)).toEqual(['Determining', 'Acting']);
  });

  it('numbers operative paragraphs 1 to N, each opening with its verb, semicolons between and a full stop at the end', () => {
    expect(sample.operative.map((p) => p.number)).toEqual(sample.operative.map((_, i) => i + 1));
    for (const p of sample.operative) expect(p.text.startsWith(`${p.opening} `)).toBe(true);
    // A priority-task paragraph ends with a colon; its tasks carry the semicolons.
    expect(sample.operative.slice(0, -1).every((p) => p.text.endsWith(p.groups ? ':' : ';'))).toBe(true);
    expect(sample.operative.flatMap((p) => p.groups ?? []).flatMap((g) => g.items).every((i) => i.text.endsWith(';'))).toBe(true);
    expect(sample.operative.at(-1)!.text).toBe('Decides to remain actively seized of the matter.');
  });

  it('adds duration and review paragraphs from the mandate settings before the closing paragraph', () => {
    const generated = sample.operative.filter((p) => p.generated);
    expect(generated.map((p) => p.generated)).toEqual(['duration', 'review']);
    expect(generated[0]!.text).toBe('Decides that the mandate of UNPMV shall run for a period of 12 months, from 1 November 2026 until 31 October 2027;');
    expect(sample.duration).toMatchObject({ months: 12, startDate: '2026-11-01', endDate: '2027-10-31', generated: true });
    expect(sample.review).toMatchObject({ date: '2027-04-30', generated: true, number: generated[1]!.number });
  });

  it('does not repeat a reporting paragraph the planner already wrote', () => {
    expect(sample.operative.filter((p) => /report to the Council/.test(p.text))).toHaveLength(1);
    expect(sample.reporting).toMatchObject({ clauseId: 'cl-sample-13', generated: false, intervalDays: 90 });
  });

  it('generates the reporting paragraph when the planner did not write one', () => {
    const m = assembleMandate(sampleWith((p) => withoutClauses(p, 13)));
    expect(m.reporting).toMatchObject({ clauseId: null, generated: true });
    expect(m.reporting!.text).toBe('Requests the Secretary-General to report to the Council on the implementation of this mandate every 90 days;');
  });

  it('keeps "remains seized" last wherever the planner put it', () => {
    const m = assembleMandate(sampleWith((p) => void p.mandate.clauses.splice(3, 0, p.mandate.clauses.pop()!)));
    expect(m.operative.at(-1)!.clauseId).toBe('cl-sample-14');
  });

  it('normalises paragraph punctuation the planner typed', () => {
    const m = assembleMandate(sampleWith((p) => { sampleClause(p, 1).text += ',  '; sampleClause(p, 11).text += '.'; }));
    expect(m.preambular[0]!.text.endsWith('humanity,')).toBe(true);
    expect(m.operative.find((p) => p.clauseId === 'cl-sample-11')!.text.endsWith('community;')).toBe(true);
  });

  it('lists each authorised task with the reporting and deadline that apply to it', () => {
    const oth = sample.tasks.find((t) => t.clauseId === 'cl-sample-06')!;
    expect(oth).toMatchObject({ number: 3, label: '3', reportingIntervalDays: 30, deadline: { date: '2027-04-30', source: 'task' } });
    expect(sample.tasks.find((t) => t.clauseId === 'cl-sample-10')).toMatchObject({ number: 5, label: '5 (a) (i)' });
    expect(sample.tasks.find((t) => t.clauseId === 'cl-sample-04')).toMatchObject({ reportingIntervalDays: 90, deadline: { source: 'mandate-review' } });
    // Listed in the order the text prints them, priority tasks included.
    expect(sample.tasks.map((t) => t.label)).toEqual(['1', '2', '3', '4 (a) (i)', '5 (a) (i)', '5 (b) (i)']);
  });

  it('is ready for the sample plan, and not ready while a blocking problem remains', () => {
    expect(sample.ready).toBe(true);
    const gap = assembleMandate(sampleWith((p) => void (sampleClause(p, 9).params.neighbour_state = '')));
    expect(gap.ready).toBe(false);
    expect(gap.problems.map((a) => a.id)).toContain('clause-gaps:cl-sample-09');
    // The border-monitoring clause is a priority task of UNPMV.
    const tasks = gap.operative.flatMap((p) => p.groups ?? []).flatMap((g) => g.items);
    expect(tasks.find((i) => i.clauseId === 'cl-sample-09')!.text).toContain('[neighbour_state?]');
  });

  it('leaves dismissed warnings and information out of the problem list', () => {
    const plan = sampleWith((p) => void (p.guidance.dismissed = ['authorization-weak:mediaAttention']));
    expect(assembleMandate(sampleWith()).problems.map((a) => a.id)).toEqual(['authorization-weak:mediaAttention']);
    expect(assembleMandate(plan).problems).toEqual([]);
    expect(sample.problems.every((a) => a.severity !== 'info')).toBe(true);
  });

  it('uses the plan\'s own authority in the heading and the reporting paragraph', () => {
    const m = assembleMandate(sampleWith((p) => { p.mandate.authority = 'the General Assembly'; withoutClauses(p, 13); }));
    expect(m.heading).toBe('The General Assembly,');
    expect(m.reporting!.text).toContain('report to the General Assembly');
    // A body named "Peace and Security Council" is read as the AU's, and the text takes the communiqué's layout.
    const au = assembleMandate(sampleWith((p) => { p.mandate.authority = 'the Peace and Security Council'; withoutClauses(p, 13); }));
    expect(au.instrument).toBe('au-psc-communique');
    expect(au.heading).toBe('Council,');
    expect(au.reporting!.text).toContain('Requests the Chairperson of the Commission to report to the Peace and Security Council');
  });

  it('writes the mandate as plain text with numbered paragraphs and the open problems after it', () => {
    const text = mandateToPlainText(createSamplePlan());
    expect(text.startsWith('The Security Council,\n\nReaffirming that the Government of Veloria')).toBe(true);
    expect(text).toContain('\n1. Decides to expand the mandate of the UN Regional Office for the Karst Basin (UNROKB) to include');
    expect(text).toContain('21. Decides to remain actively seized of the matter.');
    expect(text).toContain('2. Decides to establish the United Nations Preventive Mission in Veloria (UNPMV) as a preventive deployment');
    expect(text).toContain('5. Decides that the mandate of UNPMV shall include the following priority tasks:\n(a) Protection of civilians:\n(i) To protect Corvane camp');
    expect(text).toContain('Open warnings:');
    expect(mandateToPlainText(createSamplePlan(), { includeProblems: false })).not.toContain('Open warnings');
    expect(mandateToPlainText(sampleWith((p) => void (p.mandate.durationMonths = null)))).toContain('Not final. Open problems:');
  });
});

describe('mandate dates', () => {
  it('ends a period on the day before the same date months later', () => {
    expect(periodEnd('2026-11-01', 12)).toBe('2027-10-31');
    expect(periodEnd('2026-03-15', 6)).toBe('2026-09-14');
    expect(periodEnd('2026-01-31', 1)).toBe('2026-02-28');
    expect(periodEnd('2028-01-31', 1)).toBe('2028-02-29');
    expect(periodEnd('', 12)).toBe('');
    expect(mandateEndDate({ startDate: '2026-11-01', durationMonths: null })).toBe('');
  });

  it('lets a task follow the mandate review, or its end, when it has no date of its own', () => {
    const task = { task: { reportingIntervalDays: null, reviewDate: '' } };
    expect(taskDeadline(task, { reviewDate: '', startDate: '2026-11-01', durationMonths: 6 })).toEqual({ date: '2027-04-30', source: 'mandate-end' });
    expect(taskDeadline(task, { reviewDate: '', startDate: '', durationMonths: 6 })).toBeNull();
  });
});
