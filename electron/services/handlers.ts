/**
 * Every method of the IPC contract, implemented over the plan-file, recent-files and recovery
 * services and the injected ports. The same object serves Electron, the Node tests and the browser
 * test host; `dispatch` validates requests before they reach it.
 */
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import type { Contract, MethodName, OpenedPlan, ResponseOf, Saved } from '../../shared/ipc';
import { createEmptyPlan } from '../../shared/plan/new-plan';
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan } from '../../shared/plan/schema';
import { PlannerError } from '../../shared/result';
import { DocumentRegistry } from './documents';
import type { OpenDocument } from './documents';
import { changedOnDisk, fingerprintFile, PLAN_EXTENSION, readPlanFile, withPlanExtension, writePlanFile } from './plan-file';
import type { HandlerPorts } from './ports';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery';
import { createRiskCsvHandlers } from './risk-csv-handlers';
import { createBriefHandlers } from './brief-handlers';
import { createWordHandlers } from './word-handlers';
import { createShellHandlers } from './shell-handlers';

export type RequestIn<K extends MethodName> = z.output<Contract[K]['request']>;

/** One async function per contract method; failures are thrown PlannerErrors, turned into results by dispatch. */
export type Handlers = { [K in MethodName]: (request: RequestIn<K>) => Promise<ResponseOf<K>> };

const PLAN_FILTERS = [
  { name: 'Mandate Planner plans', extensions: [PLAN_EXTENSION.slice(1)] },
  { name: 'All files', extensions: ['*'] },
];

const cancelled = (what: string) => new PlannerError('CANCELLED', `${what} was cancelled.`);

/** A file name from the plan title: characters no file system accepts are replaced. */
export function defaultFileName(title: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 100).trim();
  return withPlanExtension(cleaned || 'plan');
}

/**
 * Builds the contract's handlers over the given ports. The main process passes `documents` in so
 * it can forget the open documents when a crashed page is reloaded (their copies are then offered).
 */
export function createHandlers(ports: HandlerPorts, documents: DocumentRegistry = new DocumentRegistry()): Handlers {
  const recent = createRecentFiles(ports.settings, ports.now);
  const recovery = createRecoveryStore(ports.dataDir, ports.now);
  const startFolder = () => ports.settings.get('lastFolder') ?? ports.documentsDir;

  const opened = (doc: OpenDocument, plan: Plan, notices: string[]): OpenedPlan => ({
    docId: doc.docId,
    path: doc.path,
    name: doc.path ? basename(doc.path) : plan.cover.title || 'Untitled plan',
    plan,
    notices,
  });

  function remember(path: string) {
    documents.allowPath(path);
    recent.add(path);
    ports.settings.set('lastFolder', dirname(path));
  }

  async function openPath(path: string): Promise<OpenedPlan> {
    const loaded = await readPlanFile(path);
    const doc = documents.open(path, loaded.fingerprint);
    remember(path);
    return opened(doc, loaded.plan, loaded.notices);
  }

  async function saveTo(doc: OpenDocument, path: string, plan: Plan): Promise<Saved> {
    const savedAt = ports.now().toISOString();
    const stamped: Plan = { ...plan, cover: { ...plan.cover, modifiedAt: savedAt } };
    // `plan` is the gate's own parse of the request (save and saveAs carry planSchema itself).
    const fingerprint = await writePlanFile(path, stamped, { parsedBySchema: true });
    documents.update(doc.docId, path, fingerprint);
    remember(path);
    await recovery.discard(doc.recoveryId).catch(() => undefined);
    return { docId: doc.docId, path: doc.path ?? path, name: basename(path), savedAt };
  }

  async function saveWithDialog(doc: OpenDocument, plan: Plan): Promise<Saved> {
    const suggested = doc.path ?? join(startFolder(), defaultFileName(plan.cover.title));
    const chosen = await ports.dialogs.showSaveDialog({ title: 'Save plan', defaultPath: suggested, filters: PLAN_FILTERS });
    if (chosen === null) throw cancelled('Saving');
    return saveTo(doc, withPlanExtension(chosen), plan);
  }

  return {
    ...createRiskCsvHandlers(ports, (docId) => documents.get(docId).path),
    ...createShellHandlers(ports, { ...createBriefHandlers(ports), ...createWordHandlers(ports) }),
    async appInfo() {
      const firstStart = ports.openSampleOnFirstStart === true && ports.settings.get('recentFiles').length === 0 && ports.settings.get('lastFolder') === null;
      return { version: ports.appVersion, platform: process.platform, host: ports.host, firstStart };
    },
    async newPlan() {
      const plan = createEmptyPlan(ports.now());
      return opened(documents.open(null, null), plan, []);
    },
    async openSample() {
      return opened(documents.open(null, null), createSamplePlan(), []);
    },
    async openWithDialog() {
      const chosen = await ports.dialogs.showOpenDialog({ title: 'Open plan', defaultPath: startFolder(), filters: PLAN_FILTERS });
      if (chosen === null) throw cancelled('Opening');
      documents.allowPath(chosen);
      return openPath(chosen);
    },
    async openRecent({ path }) {
      if (!documents.isAllowed(path, recent.includes)) {
        throw new PlannerError('NOT_ALLOWED', `"${basename(path)}" is not on the recent-files list. Use File › Open to choose it.`);
      }
      return openPath(path);
    },
    async save({ docId, plan, overwriteExternalChange }) {
      const doc = documents.get(docId);
      if (doc.path === null) return saveWithDialog(doc, plan);
      if (!overwriteExternalChange && doc.fingerprint && (await changedOnDisk(doc.path, doc.fingerprint))) {
        throw new PlannerError(
          'CHANGED_ON_DISK',
          `"${basename(doc.path)}" was changed by someone else since you opened it. Reload it to see their changes, or save again to replace them with yours.`,
        );
      }
      return saveTo(doc, doc.path, plan);
    },
    async saveAs({ docId, plan }) {
      return saveWithDialog(documents.get(docId), plan);
    },
    async reload({ docId }) {
      const doc = documents.get(docId);
      if (doc.path === null) throw new PlannerError('NOT_FOUND', 'This plan has not been saved yet, so there is no file to reload.');
      const loaded = await readPlanFile(doc.path);
      documents.update(docId, doc.path, loaded.fingerprint);
      return opened(doc, loaded.plan, loaded.notices);
    },
    async checkExternalChange({ docId }) {
      const doc = documents.get(docId);
      return { changed: doc.path !== null && doc.fingerprint !== null && (await changedOnDisk(doc.path, doc.fingerprint)) };
    },
    async closeDocument({ docId }) {
      // Closing is the planner's answer to "unsaved changes?": the recovery copy is no longer wanted.
      const doc = documents.close(docId);
      if (doc) await recovery.discard(doc.recoveryId).catch(() => undefined);
      return {};
    },
    async reportDocumentState({ title, dirty }) {
      ports.onDocumentState?.({ title, dirty });
      return {};
    },
    async listRecent() {
      return recent.list();
    },
    async removeRecent({ path }) {
      return recent.remove(path);
    },
    async writeRecovery({ docId, plan }) {
      const doc = documents.get(docId);
      await recovery.write(doc.recoveryId, doc.path, plan);
      return {};
    },
    async listRecovery() {
      const openCopies = new Set(documents.openRecoveryIds());
      // Asked for at start-up: the moment to tidy copies that can never be offered again.
      await recovery.prune(openCopies).catch(() => 0);
      return (await recovery.list()).filter((entry) => !openCopies.has(entry.id));
    },
    async restoreRecovery({ id }) {
      const copy = await recovery.read(id);
      const notice = `Restored unsaved changes kept on ${copy.entry.savedAt.slice(0, 16).replace('T', ' at ')} (UTC). Save the plan to keep them.`;
      // The copy names its file, but a copy is data on disk: only a file the planner chose (or has on
      // the recent list) may be saved over without asking. Otherwise the next save asks where.
      const trusted = copy.entry.path !== null && documents.isAllowed(copy.entry.path, recent.includes) ? copy.entry.path : null;
      const fingerprint = trusted ? await fingerprintFile(trusted) : null;
      const doc = documents.open(trusted, fingerprint, id);
      const untrusted = copy.entry.path !== null && trusted === null
        ? [`It belonged to "${basename(copy.entry.path)}", which is not on the recent-files list, so saving will ask where to save it.`]
        : [];
      return opened(doc, copy.plan, [notice, ...untrusted, ...copy.notices]);
    },
    async discardRecovery({ id }) {
      await recovery.discard(id);
      return {};
    },
    async confirmClose() {
      ports.onCloseConfirmed?.();
      return {};
    },
  };
}
