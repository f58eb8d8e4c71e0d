import { planAtScale } from './test/bench/_scale-plan';
import { orderKeys } from './shared/plan/schema-walk';
import { planSchema } from './shared/plan/schema';
const raw = planAtScale();
const plan = planSchema.parse(raw);
function t(label: string, f: () => unknown, n = 15) { f(); const ts: number[] = []; let r; for (let i = 0; i < n; i++) { const s = performance.now(); r = f(); ts.push(performance.now() - s); } ts.sort((a,b)=>a-b); console.log(label.padEnd(30), ts[n>>1]!.toFixed(1), 'min', ts[0]!.toFixed(1)); return r; }
t('orderKeys parsed', () => orderKeys(plan, planSchema));
console.log('same object', orderKeys(plan, planSchema) === plan, orderKeys(raw, planSchema) === raw);
const o = orderKeys(raw, planSchema) as any;
for (const k of Object.keys(raw)) if ((raw as any)[k] !== o[k]) console.log('changed', k);
console.log(Object.keys(raw.risks.items[0]!).join(','));
console.log(Object.keys(plan.risks.items[0]!).join(','));
