import { planAtScale } from './test/bench/_scale-plan';
import { writePlanFile, readPlanFile } from './electron/services/plan-file';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const plan = planAtScale();
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const p = join(dir, 'a.mplan');
await writePlanFile(p, plan);
for (const [label, f] of [['write', () => writePlanFile(p, plan)], ['read', () => readPlanFile(p)]] as const) {
  const ts: number[] = [];
  for (let i = 0; i < 11; i++) { const s = performance.now(); await f(); ts.push(performance.now() - s); }
  ts.sort((a,b)=>a-b); console.log(label, ts[5]!.toFixed(1), 'min', ts[0]!.toFixed(1));
}
