import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { writePlanFile } from '../../electron/services/plan-file';
import { contract } from '../../shared/ipc';
import { createSamplePlan } from '../../shared/plan/sample';
import { planSchema } from '../../shared/plan/schema';
import { tempFolder, testPorts } from './helpers';

/** The sample with its second risk given the first one's id. */
const withDuplicateRiskId = () => {
  const plan = createSamplePlan();
  const [first, second, ...rest] = plan.risks.items;
  return { ...plan, risks: { ...plan.risks, items: [first!, { ...second!, id: first!.id }, ...rest] } };
};

describe('what a save checks, checked once', () => {
  it('gets the full schema check at the IPC gate: save and save-as requests carry planSchema itself', () => {
    // The save handler does not parse the plan a second time; this keeps that safe.
    expect(contract.save.request.shape.plan).toBe(planSchema);
    expect(contract.saveAs.request.shape.plan).toBe(planSchema);
  });

  it('still refuses an id used twice, which the schema alone cannot see, and writes nothing', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    const opened = await dispatch(handlers, 'newPlan', {});
    if (!opened.ok) throw new Error(opened.error.message);
    const target = join(await tempFolder(), 'twice.mplan');
    ports.dialogs.saveAnswers.push(target);
    const result = await dispatch(handlers, 'save', { docId: opened.value.docId, plan: withDuplicateRiskId() });
    expect(!result.ok && result.error.code).toBe('INVALID_PLAN');
    expect(!result.ok && result.error.details?.[0]).toMatch(/^risks\.items\[1\]\.id: "risk-sample-01" is also used by risks\.items\[0\]/);
    expect(await readdir(join(target, '..'))).toEqual([]);
  });

  it('checks ids and links of an already-parsed plan, and drops links to capabilities that are gone', async () => {
    const path = join(await tempFolder(), 'checked.mplan');
    await expect(writePlanFile(path, withDuplicateRiskId(), { parsedBySchema: true })).rejects.toMatchObject({ code: 'INVALID_PLAN' });
    const dangling = createSamplePlan();
    dangling.risks.items[0] = { ...dangling.risks.items[0]!, linkedCapabilityIds: ['cap-gone'] };
    await writePlanFile(path, dangling, { parsedBySchema: true });
    expect(JSON.parse(await readFile(path, 'utf8')).risks.items[0].linkedCapabilityIds).toEqual([]);
  });

  it('checks everything when the plan comes from anywhere else', async () => {
    const path = join(await tempFolder(), 'unchecked.mplan');
    const bad = createSamplePlan();
    bad.risks.items[0] = { ...bad.risks.items[0]!, likelihood: 9 };
    await expect(writePlanFile(path, bad)).rejects.toMatchObject({ code: 'INVALID_PLAN', details: ['risks.items[0].likelihood: must be between 1 and 5'] });
  });
});
