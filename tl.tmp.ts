import { measureTyping } from './test/bench/_typing-latency';
import { createSamplePlan } from './shared/plan/sample';
const r = await measureTyping(createSamplePlan(), 'abcdefghijklmnopqrst', 50);
console.log(r);
