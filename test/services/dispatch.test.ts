import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { channelToMethod, dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import type { Handlers } from '../../electron/services/handler-types';
import { channelOf, contract, events } from '../../shared/ipc';
import { EVENT_CHANNELS, METHOD_CHANNELS } from '../../shared/ipc-channels';
import type { MethodName } from '../../shared/ipc';
import { createSamplePlan } from '../../shared/plan/sample';
import { PlannerError } from '../../shared/result';
import { testPorts } from './helpers';

const methods = Object.keys(contract) as MethodName[];

/** Handlers that only record that they were reached. */
function recordingHandlers() {
  const reached: string[] = [];
  const handlers = Object.fromEntries(methods.map((m) => [m, async () => { reached.push(m); return {}; }])) as unknown as Handlers;
  return { handlers, reached };
}

/** Requests that break each method's schema in a field-specific way (beyond "not an object"). */
const badFields: Partial<Record<MethodName, unknown>> = {
  openRecent: { path: 42 },
  save: { docId: 'doc-abc', plan: { ...createSamplePlan(), risks: { ...createSamplePlan().risks, items: [{ ...createSamplePlan().risks.items[0]!, likelihood: 9 }] } } },
  saveAs: { docId: '../../etc/passwd', plan: createSamplePlan() },
  reload: { docId: 'doc-ABC!' },
  checkExternalChange: {},
  closeDocument: { docId: 7 },
  reportDocumentState: { docId: null, title: 'x'.repeat(301), dirty: true },
  removeRecent: { path: 'x'.repeat(5000) },
  writeRecovery: { docId: 'doc-abc', plan: { format: 'mandate-planner/plan', version: 1 } },
  restoreRecovery: {},
  discardRecovery: { id: null },
};

describe('dispatch', () => {
  it.each(methods)('refuses a malformed %s request before the handler runs', async (method) => {
    const { handlers, reached } = recordingHandlers();
    for (const bad of ['not an object', 42, [1, 2], true, ...(method in badFields ? [badFields[method]] : [])]) {
      const result = await dispatch(handlers, method, bad);
      expect(result.ok ? 'ok' : result.error.code, `${method} with ${JSON.stringify(bad)?.slice(0, 60)}`).toBe('BAD_REQUEST');
      expect(!result.ok && result.error.message).toContain(channelOf(method));
    }
    expect(reached).toEqual([]);
  });

  it('names the bad fields of a malformed request', async () => {
    const { handlers } = recordingHandlers();
    const result = await dispatch(handlers, 'save', badFields.save);
    expect(!result.ok && result.error.details).toEqual(['plan.risks.items[0].likelihood: must be between 1 and 5']);
    const missing = await dispatch(handlers, 'restoreRecovery', {});
    expect(!missing.ok && missing.error.details).toEqual(['id: is missing']);
  });

  it('changes nothing on disk or in settings when real handlers get malformed requests', async () => {
    const ports = await testPorts();
    const handlers = createHandlers(ports);
    ports.dialogs.saveAnswers.push(`${ports.documentsDir}/should-not-exist.mplan`);
    for (const method of methods) {
      await dispatch(handlers, method, badFields[method] ?? 'not an object');
    }
    expect(await readdir(ports.documentsDir)).toEqual([]);
    expect(ports.dialogs.asked).toEqual([]);
    expect(ports.settings.get('recentFiles')).toEqual([]);
  });

  it('refuses a method the contract does not have', async () => {
    const { handlers, reached } = recordingHandlers();
    const result = await dispatch(handlers, 'deleteEverything', {});
    expect(!result.ok && result.error.code).toBe('BAD_REQUEST');
    expect(reached).toEqual([]);
  });

  it('turns a PlannerError into its own code and message', async () => {
    const { handlers } = recordingHandlers();
    handlers.listRecent = async () => { throw new PlannerError('READ_FAILED', 'Plain words.', ['detail']); };
    expect(await dispatch(handlers, 'listRecent', {})).toEqual({ ok: false, error: { code: 'READ_FAILED', message: 'Plain words.', details: ['detail'] } });
  });

  it('turns an unexpected exception into INTERNAL in plain words; the stack only goes to the log', async () => {
    const { handlers } = recordingHandlers();
    handlers.listRecent = async () => { throw new TypeError("Cannot read properties of undefined (reading 'path')"); };
    const logged: unknown[] = [];
    const result = await dispatch(handlers, 'listRecent', {}, { log: (error) => logged.push(error) });
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(!result.ok && result.error.message).not.toMatch(/TypeError|reading|\bat\b.*\.ts/);
    expect(logged[0]).toBeInstanceOf(TypeError);
  });

  it('maps every contract channel back to its method', () => {
    expect(Object.keys(channelToMethod)).toHaveLength(methods.length);
    for (const method of methods) expect(channelToMethod[channelOf(method)]).toBe(method);
  });

  it('has exactly one channel per contract method and event in the zod-free table, each used once', () => {
    expect(Object.keys(METHOD_CHANNELS).sort()).toEqual([...methods].sort());
    expect(Object.keys(EVENT_CHANNELS).sort()).toEqual(Object.keys(events).sort());
    const channels = [...Object.values(METHOD_CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('in development and test builds, refuses an answer outside the response schema and names the field', async () => {
    const { handlers } = recordingHandlers();
    handlers.checkExternalChange = async () => ({ changed: 'yes' }) as unknown as { changed: boolean };
    const logged: unknown[] = [];
    const checked = await dispatch(handlers, 'checkExternalChange', { docId: 'doc-1' }, { checkResponses: true, log: (error) => logged.push(error) });
    expect(!checked.ok && checked.error.code).toBe('INTERNAL');
    expect(!checked.ok && checked.error.details?.join(' ')).toMatch(/changed/);
    expect(String(logged[0])).toContain('plan:check-external-change');
    // A packaged app trusts the handlers' types (and these tests): the answer passes as it is.
    expect(await dispatch(handlers, 'checkExternalChange', { docId: 'doc-1' })).toEqual({ ok: true, value: { changed: 'yes' } });
  });

  it('passes a well-formed answer through the response check unchanged', async () => {
    const handlers = createHandlers(await testPorts());
    const opened = await dispatch(handlers, 'openSample', {}, { checkResponses: true });
    expect(opened.ok && opened.value.plan.cover.title).toBe(createSamplePlan().cover.title);
  });
});
