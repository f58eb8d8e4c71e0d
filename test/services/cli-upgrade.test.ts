import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSamplePlan } from '../../shared/plan/sample';
import { tempFolder } from './helpers';

const root = join(import.meta.dirname, '../..');

describe('mandate-planner validate on a plan saved in format 1', () => {
  it('says the plan was upgraded and how factor 6 was converted', async () => {
    const plan = createSamplePlan();
    const riskFactors = plan.situation.riskFactors.map((f) => (f.factor === 6 ? { ...f, level: 'high' as const, indicators: ['rf6-civil-society'] } : { ...f, indicators: [] }));
    const old = { ...plan, version: 1, situation: { ...plan.situation, riskFactors } };
    const path = join(await tempFolder(), 'old.mplan');
    await writeFile(path, `${JSON.stringify(old, null, 2)}\n`);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/index.ts'), 'validate', path], { cwd: root });
    expect(stdout).toContain('"old.mplan" is a valid Mandate Planner plan');
    expect(stdout).toContain('Note: This plan was written in plan format version 1 and has been upgraded to version 2');
    expect(stdout).toMatch(/Note: Factor 6 now records the absence of mitigating factors[^\n]*“high”, so factor 6 now reads “not present”/);
    expect(stdout).toMatch(/Note: Indicators now follow the Framework’s numbered lists: 1 ticked indicator that is not in them was copied into the notes of factor 6\./);
  });
});
