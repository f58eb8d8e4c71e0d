import fc from 'fast-check';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { writePlanFile } from '../../electron/services/plan-file';
import { channelOf, contract } from '../../shared/ipc';
import type { MethodName, RequestOf } from '../../shared/ipc';
import { createSamplePlan } from '../../shared/plan/sample';
import { allPaths, prototypeSnapshot, setAt } from '../unit/plan/hostile';
import type { Loose, Path } from '../unit/plan/hostile';
import { testPorts } from './helpers';

const methods = Object.keys(contract) as MethodName[];
let tried = 0;
afterAll(() => console.log(`malformed IPC requests tried: ${tried} over ${methods.length} channels`));

/** A well-formed request for every channel; `satisfies` makes a new channel fail to compile until it is fuzzed too. */
function validRequests(docId: string) {
  const plan = createSamplePlan();
  return {
    appInfo: {},
    newPlan: {},
    openSample: {},
    openWithDialog: {},
    openRecent: { path: '/plans/veloria.mplan' },
    save: { docId, plan, overwriteExternalChange: true },
    saveAs: { docId, plan },
    reload: { docId },
    mergeCopy: { docId, plan },
    settleMerge: { docId, mergeId: 'merge-abc', choices: [{ id: 'cover', pick: 'ours' }] },
    checkExternalChange: { docId },
    closeDocument: { docId },
    reportDocumentState: { docId, title: 'Veloria', dirty: true },
    listRecent: {},
    removeRecent: { path: '/plans/veloria.mplan' },
    writeRecovery: { docId, plan },
    listRecovery: {},
    restoreRecovery: { id: 'rec-abc' },
    unlock: { passphrase: 'correct horse battery staple' },
    cancelUnlock: {},
    protect: { docId, plan, passphrase: 'correct horse battery staple' },
    unprotect: { docId, plan, passphrase: 'correct horse battery staple' },
    discardRecovery: { id: 'rec-abc' },
    exportRisksCsv: { docId, plan },
    previewRisksCsv: {},
    renderBriefPreview: { plan, options: { generatedAt: '2026-11-20', paper: 'A4', sections: ['cover'], classification: 'RESTRICTED', draftWatermark: false } },
    cancelBriefPreview: {},
    exportBrief: { plan, options: { generatedAt: '2026-11-20' } },
    exportWordDraft: { plan, options: { generatedAt: '2026-11-20' } },
    openExportedFile: { path: '/plans/veloria - brief.pdf' },
    showExportedFile: { path: '/plans/veloria - brief.pdf' },
    confirmClose: {},
  } satisfies { [K in MethodName]: RequestOf<K> };
}

/** Values of the wrong kind for almost any field: other primitives, lists, objects, huge or odd text. */
const wrongValue = fc.oneof(
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
  fc.constantFrom(null, undefined, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, true, '', 'x'.repeat(5000), '../../etc/passwd', [], {}, [null], { __proto__: null }),
);

/** Names, sizes and times of everything under the folder. */
async function tree(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  return Promise.all(names.sort().map(async (name) => {
    const info = await stat(join(folder, name)).catch(() => null);
    return `${name} ${info?.size} ${info?.mtimeMs}`;
  }));
}

/** Real handlers with an open document whose file exists, and dialogs that would write if reached. */
async function fuzzTarget() {
  const ports = await testPorts();
  const stateReports: unknown[] = [];
  let closes = 0;
  let shellCalls = 0;
  const shell = { openPath: async () => void shellCalls++, showItemInFolder: () => void shellCalls++ };
  const handlers = createHandlers({ ...ports, shell, onDocumentState: (s) => stateReports.push(s), onCloseConfirmed: () => void closes++ });
  const path = join(ports.documentsDir, 'veloria.mplan');
  await writePlanFile(path, createSamplePlan());
  ports.dialogs.openAnswers.push(path);
  const opened = await dispatch(handlers, 'openWithDialog', {});
  if (!opened.ok) throw new Error(opened.error.message);
  await dispatch(handlers, 'writeRecovery', { docId: opened.value.docId, plan: createSamplePlan() });
  // Any handler that runs from here on would get a file to write to.
  for (let i = 0; i < 1000; i++) ports.dialogs.saveAnswers.push(join(ports.documentsDir, `written-${i}.mplan`));
  const settings = () => JSON.stringify(['recentFiles', 'lastFolder', 'windowBounds'].map((k) => ports.settings.get(k as 'recentFiles')));
  const snapshot = async () => ({
    docs: await tree(ports.documentsDir),
    data: await tree(ports.dataDir),
    settings: settings(),
    dialogs: ports.dialogs.asked.length,
    stateReports: stateReports.length,
    closes,
    shellCalls,
    prototypes: prototypeSnapshot(),
  });
  return { handlers, docId: opened.value.docId, snapshot };
}

/** Every path into a request (into the plan too), and the request's own fields more often. */
function pathsOf(request: Loose): fc.Arbitrary<Path> {
  const top = Object.keys(request).map((k) => [k] as Path);
  const deep = Object.entries(request).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? allPaths(v).map(({ path }) => [k, ...path]) : [],
  );
  return deep.length > 0 ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...top) }, { weight: 2, arbitrary: fc.constantFrom(...deep) }) : fc.constantFrom(...top);
}

describe('every IPC channel refuses malformed requests', () => {
  it.each(methods)('%s: wrong types anywhere give BAD_REQUEST and change nothing', async (method) => {
    const { handlers, docId, snapshot } = await fuzzTarget();
    const base = validRequests(docId)[method];
    const schema = contract[method].request;
    expect(schema.safeParse(base).success, 'the base request is well-formed').toBe(true);
    const before = await snapshot();

    const wholeRequest = wrongValue;
    const oneField =
      Object.keys(base).length === 0
        ? wrongValue
        : fc.tuple(pathsOf(base), wrongValue).map(([path, value]) => {
            const request = structuredClone(base) as Loose;
            setAt(request, path, value);
            return request;
          });
    const malformed = fc.oneof(wholeRequest, oneField).filter((request) => !schema.safeParse(request ?? {}).success);

    await fc.assert(
      fc.asyncProperty(malformed, async (request) => {
        tried++;
        const result = await dispatch(handlers, method, request);
        expect(result.ok ? 'ok' : result.error.code).toBe('BAD_REQUEST');
        if (!result.ok) {
          expect(result.error.message).toBe(`The request "${channelOf(method)}" was refused because it is malformed. Nothing was changed.`);
          expect((result.error.details ?? []).length).toBeLessThanOrEqual(5);
          expect([result.error.message, ...(result.error.details ?? [])].join('\n')).not.toMatch(/\n\s+at |Error:|x{300}/);
        }
      }),
      { numRuns: 60 },
    );
    expect(await snapshot()).toEqual(before);
  });
});
