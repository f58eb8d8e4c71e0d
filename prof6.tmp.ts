import { planAtScale } from './test/bench/_scale-plan';
import { writePlanFile, readPlanFile } from './electron/services/plan-file';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const plan = planAtScale();
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const p = join(dir, 'a.mplan');
const mode = process.argv[2];
await writePlanFile(p, plan);
for (let i = 0; i < 15; i++) { if (mode === 'w') await writePlanFile(p, plan); else await readPlanFile(p); }
