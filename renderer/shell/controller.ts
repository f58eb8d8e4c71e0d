/**
 * The document commands (new, open, save, close, undo…) and the questions they ask. It owns the
 * document store and the session store; components read those and call these commands. All
 * document traffic with the main process goes through the `PlannerApi` it is given (the app's
 * bridge from api.ts, or handlers over a temp folder in its tests); only the brief and risk-CSV
 * hooks call api.ts for their exports.
 */
import { planner } from '../api';
import type { MenuCommand, OpenedPlan, PlannerApi } from '../../shared/ipc';
import { TITLE_MAX } from '../../shared/ipc-channels';
import { guardFinal } from '../../shared/mandate/final-guard';
import type { PlanEdit } from '../../shared/plan/edit';
import type { Plan } from '../../shared/plan/schema';
import type { AppError, Result } from '../../shared/result';
import { documentReducer, initialDocumentState, isDirty, needsBackupReplaced } from '../state/document';
import type { DocumentAction, DocumentState } from '../state/document';
import { createStore } from '../state/store';
import type { Store } from '../state/store';
import { wasUpgraded } from '../../shared/plan/validate';
import { changedOnDiskPrompt, readOnlyPrompt, unsavedChangesPrompt, upgradedPlanPrompt } from './prompts';
import { createSessionStore } from './session';
import { createMergeCommand } from './merge/merge-command';
import type { PromptSpec, SessionStore } from './session';

export type DocumentStore = Store<DocumentState, DocumentAction>;

export interface Controller {
  documents: DocumentStore;
  session: SessionStore;
  /** Runs a menu command or keyboard shortcut. */
  command(command: MenuCommand): void;
  /** Listens for menu commands and files opened from outside the app; returns the unsubscribe function. */
  listenToMenu(): () => void;
  newPlan(): Promise<void>;
  open(): Promise<void>;
  openSample(): Promise<void>;
  /** On a first start, with nothing else to show, opens the sample plan so the app is not empty. */
  openSampleOnFirstStart(): Promise<void>;
  openRecent(path: string): Promise<void>;
  removeRecent(path: string): Promise<void>;
  restoreRecovery(id: string): Promise<void>;
  discardRecovery(id: string): Promise<void>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** File › Protect with passphrase…: asks for a new passphrase and saves the plan encrypted. */
  protect(): Promise<void>;
  /** File › Remove passphrase…: asks for the current one and saves the plan plain. */
  unprotect(): Promise<void>;
  /** File › Merge a copy…: merges another copy of the plan in, the planner deciding every conflict; one undoable step, nothing written. */
  mergeCopy(): Promise<void>;
  close(): Promise<void>;
  closeRequested(): Promise<void>;
  edit(edit: PlanEdit, label: string, typingKey?: string): void;
  /** An edit that removes text from history: the next save replaces the file's backup too. */
  purge(edit: PlanEdit, label: string): void;
  endTyping(): void;
  undo(): void;
  redo(): void;
  refreshLists(): Promise<void>;
  /** Writes a recovery copy when the plan is dirty and changed since the last copy. */
  writeRecovery(): Promise<void>;
  /** Asks Reload / Save as copy / Overwrite when someone else changed the file (the window regained focus). */
  checkExternalChange(): Promise<void>;
  reportState(): void;
  /** Shows a short message in the status line ("Brief exported to …"). */
  showStatus(text: string): void;
  /** Shows an error in the error panel: a title, the error's plain message and its details. */
  showError(title: string, error: AppError): void;
  dismissError(): void;
}

/** The plan as the main process wrote it: the cover's modified time is the moment of saving. */
function stampModified(plan: Plan, savedAt: string): Plan {
  return { ...plan, cover: { ...plan.cover, modifiedAt: savedAt } };
}

/** Builds the commands over fresh stores, talking to the main process through `api`. */
export function createController(api: PlannerApi = planner): Controller {
  const documents: DocumentStore = createStore(documentReducer, initialDocumentState);
  const session = createSessionStore();
  let statusCounter = 0;
  let lastRecovered: Plan | null = null;
  /** The document whose outside change the planner chose to leave for now: not asked again until the next save. */
  let changeLeftFor: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;

  /** File commands run one at a time, so a held Ctrl+S or a close during a save cannot interleave. */
  function exclusive<T>(job: () => Promise<T>): Promise<T> {
    pending++;
    session.dispatch({ busy: true });
    const run = queue.then(job).finally(() => {
      pending--;
      if (pending === 0) session.dispatch({ busy: false });
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const status = (text: string) => session.dispatch({ status: { id: ++statusCounter, text } });

  function showError(title: string, error: AppError) {
    session.dispatch({ error: { title, message: error.message, details: error.details ?? [] } });
  }

  function ask(spec: PromptSpec): Promise<string> {
    return new Promise((resolve) => {
      session.dispatch({
        prompt: {
          ...spec,
          answer: (choiceId) => {
            session.dispatch({ prompt: null });
            resolve(choiceId);
          },
        },
      });
    });
  }

  async function refreshLists() {
    const [recent, recovery] = await Promise.all([api.listRecent({}), api.listRecovery({})]);
    session.dispatch({ recent: recent.ok ? recent.value : [], recovery: recovery.ok ? recovery.value : [] });
  }

  /**
   * The passphrase dialog, kept open while an answer is checked (scrypt takes a moment), so a
   * wrong passphrase shows its message in place. `ask` resolves with the typed passphrase or null.
   */
  function passphraseDialog(mode: 'open' | 'protect' | 'unprotect', message: string) {
    let waiting: ((passphrase: string | null) => void) | null = null;
    const show = (problem: string | null, checking: boolean) =>
      session.dispatch({
        passphrase: {
          mode,
          message,
          problem,
          checking,
          answer: (passphrase) => {
            const resolve = waiting;
            if (!resolve) return;
            waiting = null;
            show(problem, passphrase !== null);
            resolve(passphrase);
          },
        },
      });
    return {
      ask: (problem: string | null = null) =>
        new Promise<string | null>((resolve) => {
          waiting = resolve;
          show(problem, false);
        }),
      close: () => session.dispatch({ passphrase: null }),
    };
  }

  /**
   * The main process refused to open a protected plan without its passphrase: asks for it until it
   * fits or the planner cancels (CANCELLED). Only the attempt goes to the main process.
   */
  async function unlockWithPassphrase(message: string): Promise<Result<OpenedPlan>> {
    const dialog = passphraseDialog('open', message);
    let problem: string | null = null;
    for (;;) {
      const passphrase = await dialog.ask(problem);
      if (passphrase === null) {
        dialog.close();
        await api.cancelUnlock({});
        return { ok: false, error: { code: 'CANCELLED', message: 'Opening was cancelled.' } };
      }
      const result = await api.unlock({ passphrase });
      if (result.ok || result.error.code !== 'WRONG_PASSPHRASE') {
        dialog.close();
        return result;
      }
      problem = result.error.message;
    }
  }

  /** Protects the open plan, or removes its protection, through the passphrase dialog. */
  async function changeProtection(on: boolean): Promise<void> {
    const doc = documents.getState().doc;
    if (!doc) return;
    if (!on && !doc.protected) return status('This plan is not protected with a passphrase.');
    const name = doc.path ? doc.name : 'the plan';
    const message = on
      ? doc.protected
        ? `Choose a new passphrase for “${name}”. It is saved again, encrypted with the new one.`
        : `Choose a passphrase for “${name}”. It is saved now, encrypted, and asks for the passphrase whenever it is opened.`
      : `Type the passphrase of “${name}” to save it without protection. Anyone who can read the file can then read the plan.`;
    const dialog = passphraseDialog(on ? 'protect' : 'unprotect', message);
    let problem: string | null = null;
    for (;;) {
      const passphrase = await dialog.ask(problem);
      if (passphrase === null) return dialog.close();
      const current = documents.getState().doc ?? doc;
      const basis = current.plan;
      const purgesSaved = doc.purges ?? 0;
      const result = await (on ? api.protect : api.unprotect)({ docId: doc.docId, plan: basis, passphrase, appliedMerge: current.appliedMerge });
      if (result.ok || result.error.code !== 'WRONG_PASSPHRASE') dialog.close();
      if (result.ok) {
        const plan = stampModified(basis, result.value.savedAt);
        documents.dispatch({ type: 'saved', docId: doc.docId, path: result.value.path, name: result.value.name, plan, basis, purgesSaved, protected: result.value.protected === true });
        lastRecovered = null;
        session.dispatch({ error: null });
        status(
          on
            ? `Saved “${result.value.name}” encrypted with the passphrase; its backup and recovery copies are encrypted too. Exported briefs and spreadsheets are not.`
            : `Saved “${result.value.name}” without passphrase protection.`,
        );
        void refreshLists();
        return;
      }
      if (result.error.code === 'CANCELLED') return;
      if (result.error.code !== 'WRONG_PASSPHRASE') return showError(on ? 'The plan was not protected' : 'The protection was not removed', result.error);
      problem = result.error.message;
    }
  }

  /** Takes an opened plan as the document, closing the one it replaces. */
  async function adopt(given: Result<OpenedPlan>, failureTitle: string, unsaved = false): Promise<boolean> {
    const result = !given.ok && given.error.code === 'PROTECTED' ? await unlockWithPassphrase(given.error.message) : given;
    if (!result.ok) {
      if (result.error.code !== 'CANCELLED') showError(failureTitle, result.error);
      return false;
    }
    const previous = documents.getState().doc;
    const opened = result.value;
    documents.dispatch({ type: 'opened', doc: opened, unsaved });
    lastRecovered = null;
    changeLeftFor = null;
    session.dispatch({ error: null });
    if (previous && previous.docId !== opened.docId) await api.closeDocument({ docId: previous.docId });
    status(opened.notices.length > 0 ? `Opened “${opened.name}”. ${opened.notices.join(' ')}` : `Opened “${opened.name}”.`);
    // A six-second status line is too easy to miss when a rating changed meaning: say it in a dialog, once.
    if (wasUpgraded(opened.notices)) void ask(upgradedPlanPrompt(opened.name, opened.notices));
    void refreshLists();
    return true;
  }

  async function saveDocument(mode: 'save' | 'save-as', overwrite = false): Promise<boolean> {
    const doc = documents.getState().doc;
    if (!doc) return false;
    const basis = doc.plan;
    const asNew = mode === 'save-as' || doc.path === null;
    const purgesSaved = doc.purges ?? 0;
    const replaceBackup = needsBackupReplaced(doc);
    // The merge this plan contains, if any: only then does the save record the merge's history.
    const appliedMerge = doc.appliedMerge;
    const result = asNew
      ? await api.saveAs({ docId: doc.docId, plan: basis, replaceBackup, appliedMerge })
      : await api.save({ docId: doc.docId, plan: basis, overwriteExternalChange: overwrite, replaceBackup, appliedMerge });
    if (result.ok) {
      const plan = stampModified(basis, result.value.savedAt);
      documents.dispatch({ type: 'saved', docId: doc.docId, path: result.value.path, name: result.value.name, plan, basis, purgesSaved, protected: result.value.protected === true });
      lastRecovered = null;
      changeLeftFor = null;
      session.dispatch({ error: null });
      status(
        replaceBackup
          ? `Saved “${result.value.name}”. The history you removed is gone from this file and from its backup copy (${result.value.name}.bak).`
          : `Saved “${result.value.name}”.`,
      );
      void refreshLists();
      return true;
    }
    if (result.error.code === 'CANCELLED') return false;
    if (result.error.code === 'CHANGED_ON_DISK' && !asNew) return answerExternalChange(doc.docId, doc.name);
    if (result.error.code === 'READ_ONLY' && !asNew) return (await ask(readOnlyPrompt(doc.name))) === 'save-as' ? saveDocument('save-as') : false;
    showError('The plan was not saved', result.error);
    return false;
  }

  /** Reload / Save as copy / Overwrite / Cancel for a file someone else changed; true when it was saved. */
  async function answerExternalChange(docId: string, name: string): Promise<boolean> {
    const choice = await ask(changedOnDiskPrompt(name));
    if (choice === 'overwrite') return saveDocument('save', true);
    if (choice === 'copy') return saveDocument('save-as');
    if (choice === 'reload') await adopt(await api.reload({ docId }), 'The plan could not be reloaded');
    else changeLeftFor = docId;
    return false;
  }

  /** Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to go on. */
  async function settleUnsaved(action: string): Promise<boolean> {
    const state = documents.getState();
    if (!state.doc || !isDirty(state)) return true;
    const choice = await ask(unsavedChangesPrompt(state.doc.plan.cover.title || state.doc.name, action));
    if (choice === 'save') return saveDocument('save');
    return choice === 'discard';
  }

  /** Replaces the document with another, after the unsaved-changes question. */
  const replaceWith = (action: string, load: () => Promise<Result<OpenedPlan>>, failureTitle: string, unsaved = false) =>
    exclusive(async () => {
      if (!(await settleUnsaved(action))) return;
      await adopt(await load(), failureTitle, unsaved);
    });

  const mergeCopy = createMergeCommand({ api, documents, session, status, showError });

  const controller: Controller = {
    documents,
    session,
    command(command) {
      switch (command) {
        case 'new': return void controller.newPlan();
        case 'open': return void controller.open();
        case 'open-sample': return void controller.openSample();
        case 'save': return void controller.save();
        case 'save-as': return void controller.saveAs();
        case 'undo': return controller.undo();
        case 'redo': return controller.redo();
        case 'close-requested': return void controller.closeRequested();
        case 'protect': return void controller.protect();
        case 'unprotect': return void controller.unprotect();
        case 'merge-copy': return void controller.mergeCopy();
      }
    },
    listenToMenu: () => {
      const commands = api.onCommand(({ command }) => controller.command(command));
      const files = api.onOpenFile(({ path }) => void controller.openRecent(path));
      return () => {
        commands();
        files();
      };
    },
    newPlan: () => replaceWith('start a new plan', () => api.newPlan({}), 'A new plan could not be started'),
    open: () => replaceWith('open another plan', () => api.openWithDialog({}), 'The plan could not be opened'),
    openSample: () => replaceWith('open the sample plan', () => api.openSample({}), 'The sample plan could not be opened'),
    async openSampleOnFirstStart() {
      const info = await api.appInfo({});
      // Recovered work or a file opened from outside comes first: never cover it with the sample.
      if (!info.ok || !info.value.firstStart || documents.getState().doc || session.getState().recovery.length > 0) return;
      await adopt(await api.openSample({}), 'The sample plan could not be opened');
    },
    openRecent: (path) => replaceWith('open another plan', () => api.openRecent({ path }), 'The plan could not be opened'),
    restoreRecovery: (id) => replaceWith('restore the recovery copy', () => api.restoreRecovery({ id }), 'The recovery copy could not be restored', true),
    async removeRecent(path) {
      const result = await api.removeRecent({ path });
      if (result.ok) session.dispatch({ recent: result.value });
      else showError('The file could not be removed from the list', result.error);
    },
    async discardRecovery(id) {
      const result = await api.discardRecovery({ id });
      if (!result.ok) showError('The recovery copy could not be discarded', result.error);
      await refreshLists();
    },
    save: () => exclusive(() => saveDocument('save')),
    saveAs: () => exclusive(() => saveDocument('save-as')),
    protect: () => exclusive(() => changeProtection(true)),
    unprotect: () => exclusive(() => changeProtection(false)),
    mergeCopy: () => exclusive(mergeCopy),
    close: () =>
      exclusive(async () => {
        const doc = documents.getState().doc;
        if (!doc || !(await settleUnsaved('close it'))) return;
        await api.closeDocument({ docId: doc.docId });
        documents.dispatch({ type: 'closed' });
        lastRecovered = null;
        await refreshLists();
      }),
    closeRequested: () =>
      exclusive(async () => {
        if (!(await settleUnsaved('close the window'))) return;
        const doc = documents.getState().doc;
        if (doc) await api.closeDocument({ docId: doc.docId });
        await api.confirmClose({});
      }),
    edit(given, label, typingKey) {
      // "Final" stays honest whichever area made the edit: one that leaves a blocking problem reopens the mandate.
      const plan = documents.getState().doc?.plan;
      const edit = plan ? guardFinal(plan, given) : given;
      documents.dispatch(typingKey ? { type: 'edit', edit, label, typingKey } : { type: 'edit', edit, label });
    },
    purge: (edit, label) => documents.dispatch({ type: 'edit', edit, label, purge: true }),
    endTyping: () => documents.dispatch({ type: 'end-typing' }),
    undo: () => documents.dispatch({ type: 'undo' }),
    redo: () => documents.dispatch({ type: 'redo' }),
    refreshLists,
    async writeRecovery() {
      const state = documents.getState();
      if (!state.doc || !isDirty(state) || state.doc.plan === lastRecovered) return;
      const plan = state.doc.plan;
      lastRecovered = plan;
      const result = await api.writeRecovery({ docId: state.doc.docId, plan });
      if (!result.ok) {
        lastRecovered = null;
        status(`A recovery copy could not be written: ${result.error.message}`);
      }
    },
    async checkExternalChange() {
      const doc = documents.getState().doc;
      if (!doc || doc.path === null || changeLeftFor === doc.docId || session.getState().prompt) return;
      await exclusive(async () => {
        const current = documents.getState().doc;
        if (!current || current.docId !== doc.docId || session.getState().prompt) return;
        const result = await api.checkExternalChange({ docId: current.docId });
        if (result.ok && result.value.changed) await answerExternalChange(current.docId, current.name);
      });
    },
    reportState() {
      const state = documents.getState();
      const title = (state.doc?.plan.cover.title ?? '').slice(0, TITLE_MAX);
      void api.reportDocumentState({ docId: state.doc?.docId ?? null, title, dirty: isDirty(state) });
    },
    showStatus: status,
    showError,
    dismissError: () => session.dispatch({ error: null }),
  };
  return controller;
}
