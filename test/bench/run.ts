/**
 * `npm run bench`: runs every benchmark script in this folder, one process each so that timings
 * and peak memory of one do not disturb the next. Targets are printed beside the figures.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const script of scripts) {
  console.log(`\n== ${script}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, script)], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
