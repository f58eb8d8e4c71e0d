import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../electron/services/plan-file';
import { createSamplePlan } from '../../shared/plan/sample';
import { serializePlan } from '../../shared/plan/validate';
import { tempFolder } from './helpers';

const root = join(import.meta.dirname, '../..');

/** Runs the CLI from source (no build needed) and returns its exit code and output. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'electron/cli/index.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('mandate-planner example', () => {
  it('writes the sample plan, which then validates', async () => {
    const path = join(await tempFolder(), 'veloria.mplan');
    const written = await cli('example', '-o', path);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(path);
    expect((await readPlanFile(path)).plan).toEqual(createSamplePlan());
    const checked = await cli('validate', path);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('"veloria.mplan" is a valid Mandate Planner plan');
  });

  it('will not replace an existing file without --force', async () => {
    const path = join(await tempFolder(), 'mine.mplan');
    await writeFile(path, 'my notes');
    const result = await cli('example', '--output', path);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists. Add --force');
    expect(await readFile(path, 'utf8')).toBe('my notes');
  });
});

describe('mandate-planner validate', () => {
  it('exits 1 with the same message the app shows, and the first problems by field', async () => {
    const path = join(await tempFolder(), 'broken.mplan');
    await writeFile(path, serializePlan(createSamplePlan()).replace('"likelihood": 4', '"likelihood": 9'));
    const result = await cli('validate', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot open "broken.mplan": the plan is damaged — one field is wrong or missing.');
    expect(result.stderr).toContain('  - risks.items[0].likelihood: must be between 1 and 5');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for a file cut off while copying', async () => {
    const path = join(await tempFolder(), 'cut.mplan');
    await writeFile(path, serializePlan(createSamplePlan()).slice(0, 2000));
    const result = await cli('validate', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('it may have been cut off while copying');
  });

  it('exits 2 for usage errors: no file given, unknown command, missing file', async () => {
    const noFile = await cli('validate');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("missing required argument 'file'");
    expect((await cli('frobnicate')).code).toBe(2);
    const missing = await cli('validate', join(await tempFolder(), 'nowhere.mplan'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('could not be found');
  });

  it('has --help on every command', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['example', '--help']]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: mandate-planner');
    }
  });
});

describe('plan text printed on the terminal', () => {
  it('shows a bidi override in the title as a marker instead of obeying it', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'spoof.mplan');
    const plan = createSamplePlan();
    plan.cover.title = 'Brief\u202Efdp.exe';
    await writeFile(path, serializePlan(plan));
    const validated = await cli('validate', path);
    expect(validated.stdout).toContain('"Brief[RLO]fdp.exe"');
    expect(validated.stdout).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
