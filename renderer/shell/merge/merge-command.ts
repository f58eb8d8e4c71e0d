/**
 * File › Merge a copy… in the window: asks the main process to merge another copy into the open
 * plan (unsaved changes included), lets the planner decide every conflict in the conflict view,
 * and applies the merged plan as one undoable step. Nothing is written until the planner saves;
 * a refusal (no shared history, a newer format, a cancelled dialog) changes nothing.
 */
import type { MergeChoice, MergeProposal, PlannerApi } from '../../../shared/ipc';
import type { Plan } from '../../../shared/plan/schema';
import type { AppError } from '../../../shared/result';
import type { DocumentAction, DocumentState } from '../../state/document';
import type { Store } from '../../state/store';
import type { SessionStore } from '../session';
import { mergedStatus } from './merge-words';

export interface MergeCommandDeps {
  api: PlannerApi;
  documents: Store<DocumentState, DocumentAction>;
  session: SessionStore;
  status: (text: string) => void;
  showError: (title: string, error: AppError) => void;
}

const CANCELLED = 'Merging was cancelled; nothing changed.';

/** The command; run it through the controller's one-at-a-time queue. */
export function createMergeCommand({ api, documents, session, status, showError }: MergeCommandDeps): () => Promise<void> {
  /** The conflict view, kept open while decisions are applied so a refusal shows in place. */
  function conflictView(proposal: MergeProposal) {
    let waiting: ((choices: MergeChoice[] | null) => void) | null = null;
    const show = (problem: string | null, checking: boolean) =>
      session.dispatch({
        merge: {
          proposal,
          applied: false,
          problem,
          checking,
          answer: (choices) => {
            const resolve = waiting;
            if (!resolve) return;
            waiting = null;
            show(problem, choices !== null);
            resolve(choices);
          },
        },
      });
    return {
      ask: (problem: string | null) =>
        new Promise<MergeChoice[] | null>((resolve) => {
          waiting = resolve;
          show(problem, false);
        }),
      close: () => session.dispatch({ merge: null }),
    };
  }

  return async function mergeCopy() {
    const doc = documents.getState().doc;
    if (!doc) return;
    const basis = doc.plan;
    const proposed = await api.mergeCopy({ docId: doc.docId, plan: basis, appliedMerge: doc.appliedMerge });
    if (!proposed.ok) {
      if (proposed.error.code === 'CANCELLED') return status(CANCELLED);
      return showError('The copy was not merged', proposed.error);
    }
    const proposal = proposed.value;
    if (proposal.theirs.length === 0 && proposal.conflicts.length === 0) {
      return status(`“${proposal.fileName}” has no changes this plan lacks, so nothing was merged.`);
    }

    /** Applies the merged plan, unless the plan changed meanwhile (the view keeps the window inert, so only by a programming error). */
    const apply = (plan: Plan, mergeId: string): boolean => {
      const now = documents.getState().doc;
      if (!now || now.docId !== doc.docId || now.plan !== basis) {
        showError('The copy was not merged', { code: 'BUSY', message: 'The plan changed while the merge was being prepared, so nothing was merged. Merge the copy again.' });
        return false;
      }
      documents.dispatch({ type: 'merged', docId: doc.docId, plan, mergeId, label: `merge “${proposal.fileName}”` });
      status(mergedStatus(proposal.fileName, proposal));
      return true;
    };

    if (proposal.conflicts.length === 0) {
      const settled = await api.settleMerge({ docId: doc.docId, mergeId: proposal.mergeId, choices: [] });
      if (!settled.ok) return showError('The copy was not merged', settled.error);
      // What each side changed stays on screen until the planner closes it; the merge is applied already.
      if (apply(settled.value.plan, proposal.mergeId)) {
        session.dispatch({ merge: { proposal, applied: true, problem: null, checking: false, answer: () => session.dispatch({ merge: null }) } });
      }
      return;
    }

    const view = conflictView(proposal);
    let problem: string | null = null;
    for (;;) {
      const choices = await view.ask(problem);
      if (choices === null) {
        view.close();
        return status(CANCELLED);
      }
      const settled = await api.settleMerge({ docId: doc.docId, mergeId: proposal.mergeId, choices });
      if (settled.ok) {
        view.close();
        apply(settled.value.plan, proposal.mergeId);
        return;
      }
      if (settled.error.code === 'NOT_FOUND') {
        view.close();
        return showError('The copy was not merged', settled.error);
      }
      problem = settled.error.details?.length ? `${settled.error.message} ${settled.error.details.join(' ')}` : settled.error.message;
    }
  };
}
