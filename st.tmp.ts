import { writePlanFile } from './electron/services/plan-file';
import { createRecoveryStore } from './electron/services/recovery';
import { createSamplePlan } from './shared/plan/sample';
console.log(typeof writePlanFile, typeof createRecoveryStore, typeof createSamplePlan);
