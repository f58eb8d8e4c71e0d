import { describe, expect, it } from 'vitest';
import { briefDocument } from '../../../electron/services/pdf/brief-document';
import { createSamplePlan } from '../../../shared/plan/sample';
import { SCENARIOS } from '../../fixtures/scenarios';
import { tablesStartingWith, textOf, tocEntries } from './doc-walk';

const DATE = '2026-11-20';

describe('the mission design pages of the brief', () => {
  it('print the end state, exit criteria, phasing and each benchmark with the factor it measures', () => {
    const doc = briefDocument(createSamplePlan(), { generatedAt: DATE });
    expect(tocEntries(doc)).toEqual(expect.arrayContaining(['2.4  End state, benchmarks and phasing', '2.5  Force generation and status agreement']));
    const text = textOf(doc.content);
    expect(text).toContain('no longer under threat of mass violence');
    expect(text).toContain('Initial operating capability');
    expect(text).toContain('15 January 2027');
    const [benchmarks] = tablesStartingWith(doc, '#').filter((t) => textOf(t).includes('Benchmark'));
    expect(textOf(benchmarks)).toMatch(/Broadcast incitement against the Sarvan community falls below one incident a month\s*Triggering factors/);
    expect(text).toMatch(/Status-of-forces agreement\s*Under negotiation/);
  });

  it('say what is still to set for a plan saved before the planning fields existed', () => {
    const plan = SCENARIOS.regime();
    expect(plan.mission.planning).toBeUndefined();
    const text = textOf(briefDocument(plan, { generatedAt: DATE }).content);
    expect(text).toMatch(/End state\s*Not yet set/);
    expect(text).toContain('No benchmarks set yet');
    // A political mission has a status-of-mission agreement and no force generation rows.
    expect(text).toMatch(/Status-of-mission agreement\s*Not yet known/);
    expect(text).not.toContain('Force generation\n');
  });
});
