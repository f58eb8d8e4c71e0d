/**
 * The same plan, options and date give the same bytes on every path a brief is rendered by: the
 * CLI run from source (tsx, this thread), the built CLI (out/main/cli.js with its PDF worker), the
 * app's export handler with the built worker the app starts, and rendering in this thread. Tested
 * with a plan far past the size the brief was once split at, for the default brief and the full
 * register. Needs `npm run build` (as the browser tests do).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { renderBrief } from '../../electron/services/pdf/export-brief';
import type { BriefOptionsInput } from '../../shared/brief/options';
import { serializePlan } from '../../shared/plan/validate';
import { planWithRisks } from '../bench/_large-plan';
import { tempFolder, testPorts } from './helpers';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_WORKER = new URL('../../out/main/pdfWorker.js', import.meta.url);
const DATE = '2026-11-20';
const RISKS = 1200;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('one brief, whichever path renders it', () => {
  const plan = planWithRisks(RISKS);
  let dir: string;
  let planFile: string;

  // Per test: temp folders are removed after each.
  beforeEach(async () => {
    if (!existsSync(fileURLToPath(BUILT_WORKER))) throw new Error('Build first (npm run build): out/main/pdfWorker.js is missing.');
    dir = await tempFolder();
    planFile = join(dir, 'long.mplan');
    await writeFile(planFile, serializePlan(plan));
  });

  /** The brief as the CLI writes it, from source or built. */
  async function cli(how: 'source' | 'built', name: string, flags: string[]): Promise<string> {
    const out = join(dir, name);
    const entry = how === 'source' ? ['--import', 'tsx', join(ROOT, 'electron/cli/index.ts')] : [join(ROOT, 'bin/mandate-planner.js')];
    await run(process.execPath, [...entry, 'export', planFile, '-o', out, '--date', DATE, ...flags], { cwd: ROOT });
    return sha256(await readFile(out));
  }

  /** The brief as the app exports it: the real handlers, the built worker the app starts. */
  async function app(name: string, options: BriefOptionsInput): Promise<string> {
    const ports = { ...(await testPorts()), pdfWorkerUrl: BUILT_WORKER };
    ports.dialogs.saveAnswers.push(join(dir, name));
    const result = await dispatch(createHandlers(ports), 'exportBrief', { plan, options });
    if (!result.ok) throw new Error(result.error.message);
    return sha256(await readFile(join(dir, name)));
  }

  for (const [label, flags, options] of [
    ['the default brief', [], { generatedAt: DATE }],
    ['the full register', ['--full-register'], { generatedAt: DATE, fullRegister: true }],
  ] as const) {
    it(`gives ${label} the same sha256 from the CLI (source and built), the app and this thread`, async () => {
      const expected = sha256((await renderBrief(plan, options)).bytes);
      const slug = label.replace(/\W+/g, '-');
      expect(await cli('source', `${slug}-source.pdf`, [...flags]), 'CLI from source').toBe(expected);
      expect(await cli('built', `${slug}-built.pdf`, [...flags]), 'built CLI').toBe(expected);
      expect(await app(`${slug}-app.pdf`, options), 'app export').toBe(expected);
    }, 300_000);
  }
});
