import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../../shared/plan/sample';
import { PLAN_VERSION } from '../../../shared/plan/schema';
import type { Plan } from '../../../shared/plan/schema';
import { MIGRATIONS } from '../../../shared/plan/migrate';
import { checkPlanForSave, looksCutOff, parsePlanText, serializePlan, wasUpgraded } from '../../../shared/plan/validate';

const FILE = 'veloria.mplan';
const sampleText = () => serializePlan(createSamplePlan());

function refused(text: string) {
  const result = parsePlanText(text, FILE);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error;
}

/** Loosely typed on purpose: these tests write values the Plan type forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

function withSample(change: (plan: Loose) => void): string {
  const plan = structuredClone(createSamplePlan()) as Loose;
  change(plan);
  return JSON.stringify(plan);
}

describe('parsePlanText', () => {
  it('opens a saved sample plan exactly as it was', () => {
    const result = parsePlanText(sampleText(), FILE);
    expect(result.ok && result.value.plan).toEqual(createSamplePlan());
    expect(result.ok && result.value.notices).toEqual([]);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parsePlanText(`\uFEFF${sampleText()}`, FILE).ok).toBe(true);
  });

  it('tells a cut-off file from a file that is not a plan', () => {
    const text = sampleText();
    const cut = refused(text.slice(0, Math.floor(text.length / 2)));
    expect(cut.code).toBe('TRUNCATED');
    expect(cut.message).toContain('the file ends too early — it may have been cut off while copying');
    expect(cut.message).toContain(FILE);
    expect(refused('Dear colleagues, please find the plan attached.').code).toBe('NOT_A_PLAN');
    expect(refused('').code).toBe('TRUNCATED');
  });

  it('calls a copy cut off at any point truncated', () => {
    const text = sampleText();
    for (let end = 1; end < text.length - 2; end += 13) {
      const result = parsePlanText(text.slice(0, end), FILE);
      expect(result.ok ? 'ok' : result.error.code, `cut after ${end} characters`).toBe('TRUNCATED');
    }
  });

  it('says a plan damaged in the middle is damaged, with where', () => {
    const text = sampleText().replace('"missionName"', '"missionName" "oops"');
    const error = refused(text);
    expect(error.code).toBe('NOT_A_PLAN');
    expect(error.message).toMatch(/damaged.*line \d+, column \d+/);
  });

  it('refuses JSON that belongs to something else', () => {
    const error = refused(JSON.stringify({ name: 'my-package', version: '1.0.0', dependencies: {} }));
    expect(error.code).toBe('NOT_A_PLAN');
    expect(error.message).toContain(`"${FILE}"`);
    expect(refused('[1, 2, 3]').code).toBe('NOT_A_PLAN');
    expect(refused(JSON.stringify({ format: 'other-app/file', version: 1 })).message).toContain('other-app/file');
  });

  it('refuses a plan from a newer version, naming both versions', () => {
    const error = refused(withSample((p) => { p['version'] = PLAN_VERSION + 1; }));
    expect(error.code).toBe('NEWER_VERSION');
    expect(error.message).toContain(`version ${PLAN_VERSION + 1}`);
    expect(error.message).toContain(`version ${PLAN_VERSION} and older`);
  });

  it('upgrades an old plan through a migration step and says so', () => {
    const text = withSample((p) => { p['version'] = 0; delete p['guidance']; });
    const result = parsePlanText(text, FILE, { ...MIGRATIONS, 0: (d) => ({ ...d, guidance: { dismissed: [] } }) });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.fromVersion).toBe(0);
    expect(result.ok && result.value.notices[0]).toMatch(new RegExp(`version 0.*upgraded to version ${PLAN_VERSION}`));
    expect(result.ok && wasUpgraded(result.value.notices)).toBe(true);
  });

  it('lists the first five problems as readable field paths', () => {
    const error = refused(withSample((p) => {
      p['risks'].items[3].likelihood = 7;
      p['risks'].items[2].impact = 2.5;
      p['cover'].title = 5;
      delete p['cover'].author;
      p['situation'].hostConsent = 'maybe';
      p['cover'].createdAt = 'yesterday';
      p['mandate'].startDate = '1 November';
    }));
    expect(error.code).toBe('INVALID_PLAN');
    expect(error.message).toContain('7 fields are wrong or missing (the first 5 are listed)');
    expect(error.details).toHaveLength(5);
    expect(error.details).toEqual(expect.arrayContaining([
      'cover.title: must be text',
      'cover.author: is missing',
      'cover.createdAt: must be a date and time such as 2026-10-01T09:00:00Z',
      'situation.hostConsent: must be one of: requested, consents, ambivalent, refuses, unknown',
    ]));
    const one = refused(withSample((p) => { p['risks'].items[3].likelihood = 7; }));
    expect(one.details).toEqual(['risks.items[3].likelihood: must be between 1 and 5']);
    const dates = refused(withSample((p) => { p['mandate'].startDate = '1 November'; p['risks'].items[0].impact = 2.5; }));
    expect(dates.details).toEqual(['mandate.startDate: must be a date written as YYYY-MM-DD, or left empty', 'risks.items[0].impact: must be a whole number']);
  });

  it('drops links to capabilities that are not in the plan and says so', () => {
    const result = parsePlanText(withSample((p) => { p['risks'].items[0].linkedCapabilityIds = ['cap-sample-01', 'cap-gone']; }), FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.plan.risks.items[0]!.linkedCapabilityIds).toEqual(['cap-sample-01']);
    expect(result.value.notices).toEqual(['Risk R-001 was linked to a capability that is no longer in the plan; that link was removed.']);
  });

  it('refuses a plan in which two risks share an id', () => {
    const error = refused(withSample((p) => { p['risks'].items[4].id = p['risks'].items[1].id; }));
    expect(error.code).toBe('INVALID_PLAN');
    expect(error.details).toEqual(['risks.items[4].id: "risk-sample-02" is also used by risks.items[1]; every id must be unique']);
  });

  it('never puts a stack trace in a message', () => {
    for (const text of ['{', 'nope', '{"format":"mandate-planner/plan","version":"x"}', withSample((p) => { p['risks'] = null; })]) {
      const error = refused(text);
      expect(error.message).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);
    }
  });
});

describe('looksCutOff', () => {
  it.each([
    ['{"a": [1, 2', true],
    ['{"a": "unfinished', true],
    ['{"a": "brace } in a string", "b": {', true],
    ['{"a": 1}', false],
    ['{"a": 1}} extra', false],
    ['{"a": }', false],
    ['hello', false],
  ])('%s -> %s', (text, expected) => {
    expect(looksCutOff(text)).toBe(expected);
  });
});

describe('serializePlan', () => {
  it('writes format and version first, pretty-printed, ending in a newline', () => {
    const text = serializePlan(createSamplePlan());
    expect(text.startsWith(`{\n  "format": "mandate-planner/plan",\n  "version": ${PLAN_VERSION},\n`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same text whatever order the fields were built in', () => {
    const plan = createSamplePlan();
    const reversed = Object.fromEntries(Object.entries(plan).reverse()) as Plan;
    const clause = plan.mandate.clauses[0]!;
    const withParams = (params: Record<string, string>): Plan => ({ ...plan, mandate: { ...plan.mandate, clauses: [{ ...clause, params }] } });
    expect(serializePlan(reversed)).toBe(serializePlan(plan));
    expect(serializePlan(withParams({ b: '2', a: '1' }))).toBe(serializePlan(withParams({ a: '1', b: '2' })));
  });
});

describe('checkPlanForSave', () => {
  it('refuses to save a plan with an impossible value, naming the field', () => {
    const plan = createSamplePlan();
    const bad = { ...plan, risks: { ...plan.risks, items: [{ ...plan.risks.items[0]!, impact: 9 }] } };
    const result = checkPlanForSave(bad, FILE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.details).toEqual(['risks.items[0].impact: must be between 1 and 5']);
  });

  it('accepts the sample as it is', () => {
    expect(checkPlanForSave(createSamplePlan(), FILE)).toEqual({ ok: true, value: createSamplePlan() });
  });
});
