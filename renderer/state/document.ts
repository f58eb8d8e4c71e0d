/**
 * The open document: one reducer over shared PlanEdits. Undo/redo keep whole plan snapshots
 * (edits share structure, so a snapshot costs little), and the dirty flag is a reference
 * comparison with the plan last read from or written to disk, so undoing back to it is clean.
 */
import { applyEdit } from '../../shared/plan/edit';
import type { PlanEdit } from '../../shared/plan/edit';
import type { Plan } from '../../shared/plan/schema';

/** How many undo steps are kept; older ones fall off the bottom. */
export const HISTORY_LIMIT = 200;

export interface OpenDocument {
  docId: string;
  /** Null for a plan never saved (new, sample or restored without a file). */
  path: string | null;
  name: string;
  plan: Plan;
  /** The plan as it is on disk; null when no file holds the current content (a restored copy). */
  saved: Plan | null;
  /**
   * How many times text was removed from history since the last save: that save must replace the
   * file's backup too, or the removed text would live on in `<name>.bak`. Undo does not lower it.
   */
  purges?: number;
  /** The file is encrypted with a passphrase (kept by the main process, never here). */
  protected?: boolean;
  /**
   * The merge of another copy this plan contains (its mergeId), applied and not undone. Saves name
   * it, so the main process records the merge's history only when the plan saved still holds it.
   */
  appliedMerge?: string;
}

export interface UndoStep {
  /** The plan to go back (undo) or forward (redo) to. */
  plan: Plan;
  /** What the step did, in words the menu can show: "edit title". */
  label: string;
  /** The merge that plan contains (see OpenDocument.appliedMerge). */
  appliedMerge?: string;
}

export interface DocumentState {
  doc: OpenDocument | null;
  past: UndoStep[];
  future: UndoStep[];
  /** Field the planner is typing into; further typing there joins the same undo step. */
  typingKey: string | null;
}

export type DocumentAction =
  | { type: 'opened'; doc: { docId: string; path: string | null; name: string; plan: Plan; protected?: boolean }; unsaved?: boolean }
  | { type: 'closed' }
  | { type: 'edit'; edit: PlanEdit; label: string; typingKey?: string; purge?: boolean }
  /** Another copy merged in: the whole merged plan replaces this one as one undoable step. */
  | { type: 'merged'; docId: string; plan: Plan; mergeId: string; label: string }
  | { type: 'end-typing' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** `plan` is what was written to disk; `basis` is the document plan the save started from. */
  | { type: 'saved'; docId: string; path: string; name: string; plan: Plan; basis: Plan; purgesSaved?: number; protected?: boolean };

export const initialDocumentState: DocumentState = { doc: null, past: [], future: [], typingKey: null };

/** True when the open plan differs from the file (or has no file content at all). */
export function isDirty(state: DocumentState): boolean {
  return state.doc !== null && state.doc.plan !== state.doc.saved;
}

/** "Undo edit title", or null when there is nothing to undo. */
export function undoLabel(state: DocumentState): string | null {
  const step = state.past.at(-1);
  return step ? `Undo ${step.label}` : null;
}

/** "Redo edit title", or null when there is nothing to redo. */
export function redoLabel(state: DocumentState): string | null {
  const step = state.future.at(-1);
  return step ? `Redo ${step.label}` : null;
}

function valueAt(plan: Plan, path: readonly (string | number)[]): unknown {
  let node: unknown = plan;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The undo step that returns to `doc` as it is now. */
const stepFrom = (doc: OpenDocument, label: string): UndoStep => (doc.appliedMerge ? { plan: doc.plan, label, appliedMerge: doc.appliedMerge } : { plan: doc.plan, label });

/** The document at a step's plan, with the merge that plan contains. */
function atStep(doc: OpenDocument, step: UndoStep): OpenDocument {
  const { appliedMerge: _left, ...rest } = doc;
  return step.appliedMerge ? { ...rest, plan: step.plan, appliedMerge: step.appliedMerge } : { ...rest, plan: step.plan };
}

function pushLimited(steps: UndoStep[], step: UndoStep): UndoStep[] {
  const next = [...steps, step];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

function applyToDocument(state: DocumentState, action: Extract<DocumentAction, { type: 'edit' }>): DocumentState {
  const doc = state.doc;
  if (!doc) return state;
  if (action.edit.kind === 'set' && Object.is(valueAt(doc.plan, action.edit.path), action.edit.value)) return state;
  let plan: Plan;
  try {
    plan = applyEdit(doc.plan, action.edit);
  } catch (error) {
    // A bad path is a programming error in the component that built the edit; the plan stays whole.
    console.error('Edit refused:', error);
    return state;
  }
  const typingKey = action.typingKey ?? null;
  const continuesTyping = typingKey !== null && typingKey === state.typingKey && state.past.length > 0;
  return {
    doc: action.purge ? { ...doc, plan, purges: (doc.purges ?? 0) + 1 } : { ...doc, plan },
    past: continuesTyping ? state.past : pushLimited(state.past, stepFrom(doc, action.label)),
    future: [],
    typingKey,
  };
}

function remainingPurges(doc: OpenDocument, saved: number): number | undefined {
  const left = (doc.purges ?? 0) - saved;
  return left > 0 ? left : undefined;
}

/** True when the next save must also replace the backup (text was removed from history since the last one). */
export const needsBackupReplaced = (doc: OpenDocument): boolean => (doc.purges ?? 0) > 0;

/** The document reducer: pure, so undo, redo and dirty tracking are tested without a DOM. */
export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'opened': {
      const { docId, path, name, plan } = action.doc;
      const doc: OpenDocument = { docId, path, name, plan, saved: action.unsaved ? null : plan };
      return { doc: action.doc.protected ? { ...doc, protected: true } : doc, past: [], future: [], typingKey: null };
    }
    case 'closed':
      return initialDocumentState;
    case 'edit':
      return applyToDocument(state, action);
    case 'merged': {
      const doc = state.doc;
      if (!doc || doc.docId !== action.docId) return state;
      return { doc: { ...doc, plan: action.plan, appliedMerge: action.mergeId }, past: pushLimited(state.past, stepFrom(doc, action.label)), future: [], typingKey: null };
    }
    case 'end-typing':
      return state.typingKey === null ? state : { ...state, typingKey: null };
    case 'undo': {
      const step = state.past.at(-1);
      if (!state.doc || !step) return state;
      return {
        doc: atStep(state.doc, step),
        past: state.past.slice(0, -1),
        future: [...state.future, stepFrom(state.doc, step.label)],
        typingKey: null,
      };
    }
    case 'redo': {
      const step = state.future.at(-1);
      if (!state.doc || !step) return state;
      return {
        doc: atStep(state.doc, step),
        past: pushLimited(state.past, stepFrom(state.doc, step.label)),
        future: state.future.slice(0, -1),
        typingKey: null,
      };
    }
    case 'saved': {
      const doc = state.doc;
      if (!doc || doc.docId !== action.docId) return state;
      // Edits made while the save was in flight stay, and keep the document dirty.
      const unchangedSinceSave = doc.plan === action.basis;
      return {
        ...state,
        doc: {
          ...doc,
          path: action.path,
          name: action.name,
          saved: action.plan,
          plan: unchangedSinceSave ? action.plan : doc.plan,
          // A removal made while the save was in flight still needs the next save to replace the backup.
          purges: remainingPurges(doc, action.purgesSaved ?? 0),
          protected: action.protected ? true : undefined,
        },
        typingKey: null,
      };
    }
  }
}
