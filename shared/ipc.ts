/**
 * The IPC contract: every method once, with zod schemas for its request and response. Its
 * channel name lives in the zod-free table of ipc-channels.ts (which the preload bundles); the
 * preload API, the main-process registration, the browser test host and the renderer calls are
 * all derived from the two. Requests are validated in the main process; responses are checked
 * there too in development and test builds (see dispatch.ts), and stay types in a packaged app.
 */
import { z } from 'zod';
import { EVENT_CHANNELS, METHOD_CHANNELS, TITLE_MAX } from './ipc-channels';
import type { ChannelEvent, ChannelMethod } from './ipc-channels';
import { planSchema, riskSchema } from './plan/schema';
import { CSV_FIELDS } from './risks/csv-columns';
import { briefRequestOptionsSchema } from './brief/options';
import type { Result } from './result';

const docId = z.string().regex(/^doc-[a-z0-9]{1,32}$/);
const empty = z.object({});
/** Passphrases are typed by people: long enough for a sentence, never empty. */
const passphraseSchema = z.string().min(1).max(1024);

/** A plan as handed to the renderer: which document it is, where it lives, what to tell the user. */
export const openedPlanSchema = z.object({
  docId,
  /** Null for a plan never saved (new or sample). */
  path: z.string().nullable(),
  name: z.string(),
  plan: planSchema,
  /** Repairs made while loading (e.g. dangling links dropped), in plain words. */
  notices: z.array(z.string()),
  /** The file is encrypted with a passphrase (which stays in the main process). */
  protected: z.boolean().optional(),
});
export type OpenedPlan = z.infer<typeof openedPlanSchema>;

export const recentFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const savedSchema = z.object({ docId, path: z.string(), name: z.string(), savedAt: z.string(), protected: z.boolean().optional() });
export type Saved = z.infer<typeof savedSchema>;

export const recoveryEntrySchema = z.object({
  id: z.string(),
  /** The file the recovery copy belongs to, or null for a plan never saved. */
  path: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
  fileModifiedAt: z.string().nullable(),
  /** A protected plan's copy: `title` is its file name, and restoring it asks for the passphrase. */
  protected: z.boolean().optional(),
});
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;

/** A risk register CSV read for preview: nothing is applied until the planner confirms in the renderer. */
export const riskCsvPreviewSchema = z.object({
  fileName: z.string(),
  rows: z.array(riskSchema),
  rowInfo: z.array(z.object({ row: z.int(), idGiven: z.boolean() })),
  errors: z.array(z.object({ row: z.int(), column: z.string(), reason: z.string() })),
  moreErrors: z.int(),
  dataRows: z.int(),
  invalidRows: z.int(),
  fields: z.array(z.enum(CSV_FIELDS)),
});
export type RiskCsvPreview = z.infer<typeof riskCsvPreviewSchema>;

/** When and where a side of a merge made a change (docs/merge.md: no person's name is stored). */
const changeInfoSchema = z.object({ at: z.string().max(40).nullable(), via: z.string().max(100) }).nullable();

/** Another copy merged into the open plan, not yet applied: what each side changed and what the planner must decide. */
export const mergeProposalSchema = z.object({
  mergeId: z.string().max(100),
  /** The other copy's file name. */
  fileName: z.string().max(300),
  ours: z.array(z.string().max(2000)).max(20_000),
  theirs: z.array(z.string().max(2000)).max(20_000),
  conflicts: z
    .array(
      z.object({
        id: z.string().max(4000),
        label: z.string().max(2000),
        ours: z.json(),
        theirs: z.json(),
        deleted: z.enum(['ours', 'theirs']).nullable(),
        oursChange: changeInfoSchema,
        theirsChange: changeInfoSchema,
      }),
    )
    .max(20_000),
});
export type MergeProposal = z.infer<typeof mergeProposalSchema>;
export const mergeChoiceSchema = z.union([
  z.object({ id: z.string().max(4000), pick: z.enum(['ours', 'theirs']) }),
  z.object({ id: z.string().max(4000), pick: z.literal('edited'), value: z.string().max(20_000) }),
]);
export type MergeChoice = z.infer<typeof mergeChoiceSchema>;

/**
 * The merge (a settleMerge mergeId) the plan sent contains: applied in the window and not undone.
 * Its history is the one a save of this plan continues; without it an applied merge is dropped.
 */
const appliedMerge = z.string().max(100).optional();

export const contract = {
  appInfo: { request: empty, response: z.object({ version: z.string(), platform: z.string(), host: z.enum(['electron', 'browser-test']), firstStart: z.boolean() }) },

  newPlan: { request: empty, response: openedPlanSchema },
  openSample: { request: empty, response: openedPlanSchema },
  openWithDialog: { request: empty, response: openedPlanSchema },
  /** Only paths the main process already keeps in the recent list are accepted. */
  openRecent: { request: z.object({ path: z.string().max(4096) }), response: openedPlanSchema },
  /**
   * Saves to the document's own file; a never-saved document goes through the save dialog.
   * `replaceBackup`: the planner removed text from history, so the backup must not keep the old version.
   */
  save: {
    request: z.object({ docId, plan: planSchema, overwriteExternalChange: z.boolean().optional(), replaceBackup: z.boolean().optional(), appliedMerge }),
    response: savedSchema,
  },
  saveAs: { request: z.object({ docId, plan: planSchema, replaceBackup: z.boolean().optional(), appliedMerge }), response: savedSchema },
  /**
   * The passphrase for the protected plan (or recovery copy) the last open or restore refused with
   * PROTECTED; WRONG_PASSPHRASE leaves it waiting for another try. The passphrase never comes back.
   */
  unlock: { request: z.object({ passphrase: passphraseSchema }), response: openedPlanSchema },
  /** The planner gave up on the passphrase: the refused plan is forgotten. */
  cancelUnlock: { request: empty, response: empty },
  /** Protects the plan with a passphrase (or changes it) and saves it so; its backup is replaced by the protected version. */
  protect: { request: z.object({ docId, plan: planSchema, passphrase: passphraseSchema, appliedMerge }), response: savedSchema },
  /** Saves the plan without protection, after the planner gave its current passphrase again. */
  unprotect: { request: z.object({ docId, plan: planSchema, passphrase: passphraseSchema, appliedMerge }), response: savedSchema },
  reload: { request: z.object({ docId }), response: openedPlanSchema },
  /** Asks for another copy of the open plan and merges it with `plan` (unsaved changes included); nothing changes until settleMerge. */
  mergeCopy: { request: z.object({ docId, plan: planSchema, appliedMerge }), response: mergeProposalSchema },
  /** The planner's decision for every conflict of the merge mergeCopy proposed: the merged plan, which the renderer applies as one edit. */
  settleMerge: {
    request: z.object({ docId, mergeId: z.string().max(100), choices: z.array(mergeChoiceSchema).max(20_000) }),
    response: z.object({ plan: planSchema }),
  },
  /** True when the document's file was changed on disk by someone else since it was opened or saved. */
  checkExternalChange: { request: z.object({ docId }), response: z.object({ changed: z.boolean() }) },
  closeDocument: { request: z.object({ docId }), response: empty },
  /** The renderer reports its dirty state so the main process can guard window close and set the title. */
  reportDocumentState: {
    request: z.object({ docId: docId.nullable(), title: z.string().max(TITLE_MAX), dirty: z.boolean() }),
    response: empty,
  },

  listRecent: { request: empty, response: z.array(recentFileSchema) },
  removeRecent: { request: z.object({ path: z.string().max(4096) }), response: z.array(recentFileSchema) },

  /** Recovery copies of unsaved work (written while dirty, offered back at start-up). */
  writeRecovery: { request: z.object({ docId, plan: planSchema }), response: empty },
  listRecovery: { request: empty, response: z.array(recoveryEntrySchema) },
  restoreRecovery: { request: z.object({ id: z.string().max(200) }), response: openedPlanSchema },
  discardRecovery: { request: z.object({ id: z.string().max(200) }), response: empty },

  /** Writes the plan's risk register as CSV where the planner chooses in the save dialog. */
  exportRisksCsv: {
    request: z.object({ docId: docId.optional(), plan: planSchema }),
    response: z.object({ path: z.string(), rows: z.int() }),
  },
  /** Reads a CSV chosen in the open dialog and returns its rows and row-level problems; changes nothing. */
  previewRisksCsv: { request: empty, response: riskCsvPreviewSchema },

  /** The PDF brief rendered in memory for the preview; nothing is written. */
  renderBriefPreview: {
    request: z.object({ plan: planSchema, options: briefRequestOptionsSchema }),
    response: z.object({ pdfBase64: z.string(), pageCount: z.int() }),
  },
  /**
   * Stops the preview still rendering (the plan changed again, or the preview left the screen):
   * its renderBriefPreview call then fails with CANCELLED. Exports are never stopped by it.
   */
  cancelBriefPreview: { request: empty, response: empty },
  /**
   * Renders the brief and writes it where the planner chooses in the save dialog. `unprintable`
   * names each field with characters no font of the brief has (they print as empty boxes).
   */
  exportBrief: {
    request: z.object({ plan: planSchema, options: briefRequestOptionsSchema }),
    response: z.object({ path: z.string(), pageCount: z.int(), unprintable: z.array(z.string().max(2000)).max(50).optional() }),
  },
  /** Writes the mandate as a Word draft (.docx) where the planner chooses in the save dialog. */
  exportWordDraft: {
    request: z.object({ plan: planSchema, options: briefRequestOptionsSchema }),
    response: z.object({ path: z.string(), paragraphs: z.int() }),
  },
  /** Opens a file exported in this session with the system's default app; any other path is refused. */
  openExportedFile: { request: z.object({ path: z.string().min(1).max(4096) }), response: empty },
  /** Shows a file exported in this session in the system's file manager; any other path is refused. */
  showExportedFile: { request: z.object({ path: z.string().min(1).max(4096) }), response: empty },

  /** Called after the planner answered the unsaved-changes question: the window may now close. */
  confirmClose: { request: empty, response: empty },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<K extends MethodName> = z.input<Contract[K]['request']>;
export type ResponseOf<K extends MethodName> = z.infer<Contract[K]['response']>;

/** Events pushed from the main process to the renderer. */
export const MENU_COMMANDS = ['new', 'open', 'save', 'save-as', 'undo', 'redo', 'close-requested', 'open-sample', 'protect', 'unprotect', 'merge-copy'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** The steps of rendering a brief, reported while a large plan is printed. */
export const BRIEF_PHASES = ['building', 'layout', 'drawing', 'writing'] as const;
export type BriefPhase = (typeof BRIEF_PHASES)[number];
export const events = {
  onCommand: { payload: z.object({ command: z.enum(MENU_COMMANDS) }) },
  onBriefProgress: { payload: z.object({ phase: z.enum(BRIEF_PHASES), message: z.string() }) },
  /** A plan file given on the command line or double-clicked; the main process put it on the recent list first. */
  onOpenFile: { payload: z.object({ path: z.string().min(1).max(4096) }) },
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]['payload']>;

/** The channel a contract method travels on. */
export const channelOf = (method: MethodName): string => METHOD_CHANNELS[method];
/** The channel an event travels on. */
export const eventChannelOf = (event: EventName): string => EVENT_CHANNELS[event];

// The channel table and the contract name the same methods and events: a method added to one and
// not the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type _MethodsHaveChannels = Expect<Same<ChannelMethod, MethodName>>;
export type _EventsHaveChannels = Expect<Same<ChannelEvent, EventName>>;

/** The typed API the preload exposes as `window.planner`. */
export type PlannerApi = {
  [K in MethodName]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
} & {
  [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void;
};
