/**
 * Every method of the IPC contract, implemented over the plan-file, recent-files and recovery
 * services and the injected ports. The same object serves Electron, the Node tests and the browser
 * test host; `dispatch` validates requests before they reach it.
 */
import { basename, dirname, join } from 'node:path';
import type { OpenedPlan, Saved } from '../../shared/ipc';
import { markControls } from '../../shared/brief/safe-text';
import { createEmptyPlan } from '../../shared/plan/new-plan';
import { createSamplePlan } from '../../shared/plan/sample';
import type { Plan } from '../../shared/plan/schema';
import { PlannerError } from '../../shared/result';
import { DocumentRegistry } from './documents';
import type { OpenDocument } from './documents';
import { finalSaveName, startFolder, suggestedFileName } from './file-names';
import type { Handlers } from './handler-types';
import { changedOnDisk, fingerprintFile, PLAN_EXTENSION, readPlanFile, writePlanFile } from './plan-file';
import { withPlanLock } from './plan-lock';
import type { HandlerPorts } from './ports';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery';
import { createRiskCsvHandlers } from './risk-csv-handlers';
import { createBriefHandlers } from './brief-handlers';
import { createWordHandlers } from './word-handlers';
import { createShellHandlers } from './shell-handlers';
import type { ExportedFiles } from './shell-handlers';
import { passphraseCodec } from './protection/plan-codec';
import type { PlanCodec } from './protection/plan-codec';
import { createRecoverySeal } from './protection/recovery-seal';
import { localHistories } from './merge/history-service';
import { createMergeHandlers } from './merge/merge-handlers';

export type { Handlers, RequestIn } from './handler-types';

const PLAN_FILTERS = [
  { name: 'Mandate Planner plans', extensions: [PLAN_EXTENSION.slice(1)] },
  { name: 'All files', extensions: ['*'] },
];

const cancelled = (what: string) => new PlannerError('CANCELLED', `${what} was cancelled.`);

/** An app save waits this long for a command-line import into the same plan to finish. */
const SAVE_LOCK_WAIT_MS = 10_000;

/**
 * Builds the contract's handlers over the given ports. The main process passes `documents` in so
 * it can forget the open documents when a crashed page is reloaded (their copies are then offered).
 */
export function createHandlers(ports: HandlerPorts, documents: DocumentRegistry = new DocumentRegistry()): Handlers {
  const histories = ports.histories ?? localHistories();
  documents.onForget = (docId) => histories.close(docId);
  const recent = createRecentFiles(ports.settings, ports.now);
  const recovery = createRecoveryStore(ports.dataDir, ports.now);
  /** Files exported this session: the brief and Word handlers add to it, the shell handlers open only these. */
  const exported: ExportedFiles = new Set();

  /** The protected plan or recovery copy the last open refused for want of its passphrase. */
  let waiting: { kind: 'file'; path: string } | { kind: 'recovery'; id: string } | null = null;

  const opened = (doc: OpenDocument, plan: Plan, notices: string[]): OpenedPlan => ({
    docId: doc.docId,
    path: doc.path,
    name: doc.path ? basename(doc.path) : plan.cover.title || 'Untitled plan',
    plan,
    notices,
    ...(doc.codec?.protected ? { protected: true } : {}),
  });

  /** Runs an open; a PROTECTED refusal leaves the plan waiting for `unlock`. */
  async function unlessProtected<T>(target: NonNullable<typeof waiting>, open: () => Promise<T>): Promise<T> {
    try {
      return await open();
    } catch (error) {
      if (error instanceof PlannerError && error.code === 'PROTECTED') waiting = target;
      throw error;
    }
  }

  function withFreshHistory(doc: OpenDocument, plan: Plan): OpenDocument {
    histories.open(doc.docId, { plan, stored: null, inSync: false, unwritten: true });
    return doc;
  }

  function remember(path: string) {
    documents.allowPath(path);
    recent.add(path);
    ports.settings.set('lastFolder', dirname(path));
  }

  async function openPath(path: string, codec?: PlanCodec): Promise<OpenedPlan> {
    const loaded = await readPlanFile(path, { codec });
    const doc = documents.open(path, loaded.fingerprint, undefined, loaded.protected && codec ? codec : null);
    histories.open(doc.docId, loaded.history);
    remember(path);
    return opened(doc, loaded.plan, loaded.notices);
  }

  async function restore(id: string, codec?: PlanCodec): Promise<OpenedPlan> {
    const copy = await recovery.read(id, codec);
    const notice = `Restored unsaved changes kept on ${copy.entry.savedAt.slice(0, 16).replace('T', ' at ')} (UTC). Save the plan to keep them.`;
    // The copy names its file, but a copy is data on disk: only a file the planner chose (or has on
    // the recent list) may be saved over without asking. Otherwise the next save asks where.
    const trusted = copy.entry.path !== null && documents.isAllowed(copy.entry.path, recent.includes) ? copy.entry.path : null;
    const fingerprint = trusted ? await fingerprintFile(trusted) : null;
    const doc = documents.open(trusted, fingerprint, id, copy.entry.protected && codec ? codec : null);
    // The copy continues its file's history: the file as it is on disk is where the unsaved changes started.
    const fromFile = trusted ? await readPlanFile(trusted, { codec }).catch(() => null) : null;
    histories.open(doc.docId, fromFile?.history ?? { plan: copy.plan, stored: null, inSync: false, unwritten: true });
    const untrusted = copy.entry.path !== null && trusted === null
      ? [`It belonged to "${basename(copy.entry.path)}", which is not on the recent-files list, so saving will ask where to save it.`]
      : [];
    return opened(doc, copy.plan, [notice, ...untrusted, ...copy.notices]);
  }

  /** Saves with protection changed to `codec`; the backup gets the new version, so no copy of the old form stays beside it. */
  async function saveProtection(doc: OpenDocument, plan: Plan, codec: PlanCodec | null, appliedMerge?: string): Promise<Saved> {
    const previous = doc.codec;
    doc.codec = codec;
    doc.seal = undefined;
    try {
      const path = doc.path;
      // The backup is replaced (no copy of the old form beside it), but the history continues: copies still merge.
      const saved = path === null ? await saveWithDialog(doc, plan, true, false, appliedMerge) : await withPlanLock(path, () => saveTo(doc, path, plan, true, false, appliedMerge), { waitMs: SAVE_LOCK_WAIT_MS });
      return codec?.protected ? { ...saved, protected: true } : saved;
    } catch (error) {
      doc.codec = previous;
      throw error;
    }
  }

  /** `appliedMerge`: the merge the plan contains, whose history this save continues (see DocumentHistory). */
  async function saveTo(doc: OpenDocument, path: string, plan: Plan, replaceBackup = false, restartHistory = replaceBackup, appliedMerge?: string): Promise<Saved> {
    const now = ports.now();
    const savedAt = now.toISOString();
    const stamped: Plan = { ...plan, cover: { ...plan.cover, modifiedAt: savedAt } };
    // Past values were removed (replaceBackup): the change history holds them too, so it starts again from this plan.
    if (restartHistory) histories.open(doc.docId, { plan: stamped, stored: null, inSync: false, unwritten: true });
    // `plan` is the gate's own parse of the request (save and saveAs carry planSchema itself).
    const fingerprint = await writePlanFile(path, stamped, { parsedBySchema: true, replaceBackup, codec: doc.codec ?? undefined, history: histories.writer(doc.docId, { via: 'app' }, now, appliedMerge) });
    documents.update(doc.docId, path, fingerprint);
    remember(path);
    await recovery.discard(doc.recoveryId).catch(() => undefined);
    const saved: Saved = { docId: doc.docId, path: doc.path ?? path, name: basename(path), savedAt };
    return doc.codec?.protected ? { ...saved, protected: true } : saved;
  }

  async function saveWithDialog(doc: OpenDocument, plan: Plan, replaceBackup = false, restartHistory = replaceBackup, appliedMerge?: string): Promise<Saved> {
    const suggested = doc.path ?? join(startFolder(ports), suggestedFileName(plan.cover.title, PLAN_EXTENSION));
    const chosen = await ports.dialogs.showSaveDialog({ title: 'Save plan', defaultPath: suggested, filters: PLAN_FILTERS });
    if (chosen === null) throw cancelled('Saving');
    const path = await finalSaveName(chosen, PLAN_EXTENSION, ports.dialogs, 'Saving');
    return withPlanLock(path, () => saveTo(doc, path, plan, replaceBackup, restartHistory, appliedMerge), { waitMs: SAVE_LOCK_WAIT_MS });
  }

  return {
    ...createRiskCsvHandlers(ports, (docId) => documents.get(docId).path),
    ...createMergeHandlers(ports, documents, histories),
    ...createBriefHandlers(ports, exported),
    ...createWordHandlers(ports, exported),
    ...createShellHandlers(ports, exported),
    async appInfo() {
      const firstStart = ports.openSampleOnFirstStart === true && ports.settings.get('recentFiles').length === 0 && ports.settings.get('lastFolder') === null;
      return { version: ports.appVersion, platform: process.platform, host: ports.host, firstStart };
    },
    async newPlan() {
      const plan = createEmptyPlan(ports.now());
      return opened(withFreshHistory(documents.open(null, null), plan), plan, []);
    },
    async openSample() {
      const plan = createSamplePlan();
      // Every sample starts from the same history, so copies saved from it merge.
      return opened(withFreshHistory(documents.open(null, null), plan), plan, []);
    },
    async openWithDialog() {
      const chosen = await ports.dialogs.showOpenDialog({ title: 'Open plan', defaultPath: startFolder(ports), filters: PLAN_FILTERS });
      if (chosen === null) throw cancelled('Opening');
      documents.allowPath(chosen);
      return unlessProtected({ kind: 'file', path: chosen }, () => openPath(chosen));
    },
    async openRecent({ path }) {
      if (!documents.isAllowed(path, recent.includes)) {
        throw new PlannerError('NOT_ALLOWED', `"${basename(path)}" is not on the recent-files list. Use File › Open to choose it.`);
      }
      return unlessProtected({ kind: 'file', path }, () => openPath(path));
    },
    async unlock({ passphrase }) {
      const target = waiting;
      if (!target) throw new PlannerError('NOT_FOUND', 'No protected plan is waiting for its passphrase. Open it again.');
      const codec = passphraseCodec(passphrase, { deriveAhead: true });
      const result = target.kind === 'file' ? await openPath(target.path, codec) : await restore(target.id, codec);
      waiting = null;
      return result;
    },
    async cancelUnlock() {
      waiting = null;
      return {};
    },
    async protect({ docId, plan, passphrase, appliedMerge }) {
      return saveProtection(documents.get(docId), plan, passphraseCodec(passphrase, { deriveAhead: true }), appliedMerge);
    },
    async unprotect({ docId, plan, passphrase, appliedMerge }) {
      const doc = documents.get(docId);
      if (!doc.codec?.protected) throw new PlannerError('BAD_REQUEST', 'This plan is not protected with a passphrase.');
      if (!doc.codec.isPassphrase(passphrase)) throw new PlannerError('WRONG_PASSPHRASE', 'That is not the passphrase of this plan, so its protection was left as it is.');
      return saveProtection(doc, plan, null, appliedMerge);
    },
    async save({ docId, plan, overwriteExternalChange, replaceBackup, appliedMerge }) {
      const doc = documents.get(docId);
      if (doc.path === null) return saveWithDialog(doc, plan, replaceBackup, replaceBackup, appliedMerge);
      const path = doc.path;
      // Under the plan's lock, so a command-line import cannot land between the check and the write.
      return withPlanLock(path, async () => {
        if (!overwriteExternalChange && doc.fingerprint && (await changedOnDisk(path, doc.fingerprint))) {
          throw new PlannerError(
            'CHANGED_ON_DISK',
            `"${basename(path)}" was changed by someone else since you opened it. Reload it to see their changes, or save again to replace them with yours.`,
          );
        }
        return saveTo(doc, path, plan, replaceBackup, replaceBackup, appliedMerge);
      }, { waitMs: SAVE_LOCK_WAIT_MS });
    },
    async saveAs({ docId, plan, replaceBackup, appliedMerge }) {
      return saveWithDialog(documents.get(docId), plan, replaceBackup, replaceBackup, appliedMerge);
    },
    async reload({ docId }) {
      const doc = documents.get(docId);
      if (doc.path === null) throw new PlannerError('NOT_FOUND', 'This plan has not been saved yet, so there is no file to reload.');
      const loaded = await readPlanFile(doc.path, { codec: doc.codec ?? undefined });
      documents.update(docId, doc.path, loaded.fingerprint);
      histories.open(doc.docId, loaded.history);
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
      // The main process puts the title in the window's title bar: no control may reorder it there.
      ports.onDocumentState?.({ title: markControls(title), dirty });
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
      // A protected plan's copies are sealed: its unsaved changes never reach the disk in the clear.
      if (doc.codec?.protected) doc.seal ??= createRecoverySeal(doc.codec);
      const seal = doc.seal ? await doc.seal.catch((error: unknown) => {
        doc.seal = undefined;
        throw error;
      }) : undefined;
      await recovery.write(doc.recoveryId, doc.path, plan, seal);
      return {};
    },
    async listRecovery() {
      const openCopies = new Set(documents.openRecoveryIds());
      // Asked for at start-up: the moment to tidy copies that can never be offered again.
      await recovery.prune(openCopies).catch(() => 0);
      return (await recovery.list()).filter((entry) => !openCopies.has(entry.id));
    },
    async restoreRecovery({ id }) {
      return unlessProtected({ kind: 'recovery', id }, () => restore(id));
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
