import { measureTyping } from './test/bench/_typing-latency';
import { planAtScale } from './test/bench/_scale-plan';
import { createSamplePlan } from './shared/plan/sample';
const which = process.argv[2];
const plan = which === 'big' ? planAtScale() : createSamplePlan();
const r = await measureTyping(plan, 'abcdefghij', 50);
console.log(which, r);
