/**
 * The two IPC methods behind File › Merge a copy…: mergeCopy asks for the other copy and proposes
 * the merge; settleMerge takes the planner's decision for every conflict and returns the merged
 * plan. The merged history becomes the document's with the next save of a plan that contains the
 * merge (the renderer names it as `appliedMerge`); an undone merge is dropped at the next save.
 */
import { basename } from 'node:path';
import type { MergeProposal, ResponseOf } from '../../../shared/ipc';
import type { Plan } from '../../../shared/plan/schema';
import { newId } from '../../../shared/plan/ids';
import { PlannerError } from '../../../shared/result';
import type { DocumentRegistry } from '../documents';
import type { HandlerPorts } from '../ports';
import { DocumentHistory } from './document-history';
import type { Choice, MergeOutcome } from './merge-core';
import { mergeWithFile, settledMerge } from './merge-files';
import type { JsonObject } from './doc-shape';

interface PendingMerge {
  mergeId: string;
  fileName: string;
  outcome: MergeOutcome;
}

const PLAN_FILTERS = [
  { name: 'Mandate Planner plans', extensions: ['mplan'] },
  { name: 'All files', extensions: ['*'] },
];

export function createMergeHandlers(ports: HandlerPorts, documents: DocumentRegistry) {
  /** One proposal per document: a new mergeCopy replaces an abandoned one. */
  const pending = new Map<string, PendingMerge>();

  return {
    async mergeCopy({ docId, plan, appliedMerge }: { docId: string; plan: Plan; appliedMerge?: string }): Promise<MergeProposal> {
      const doc = documents.get(docId);
      const chosen = await ports.dialogs.showOpenDialog({ title: 'Merge a copy of this plan', defaultPath: ports.settings.get('lastFolder') ?? ports.documentsDir, filters: PLAN_FILTERS });
      if (chosen === null) throw new PlannerError('CANCELLED', 'Merging was cancelled.');
      doc.history ??= new DocumentHistory({ plan, stored: null, inSync: false });
      const ours = doc.history.withUnsaved(plan, { via: 'app' }, ports.now(), appliedMerge);
      // A protected copy of a protected plan usually shares its passphrase: it is tried for the other copy.
      const outcome = await mergeWithFile(ours, chosen, doc.codec ?? undefined);
      const merge: PendingMerge = { mergeId: newId('merge'), fileName: basename(chosen), outcome };
      pending.set(docId, merge);
      return {
        mergeId: merge.mergeId,
        fileName: merge.fileName,
        ours: outcome.ours,
        theirs: outcome.theirs,
        conflicts: outcome.conflicts.map(({ id, label, ours: mine, theirs, deleted, oursChange, theirsChange }) => ({ id, label, ours: mine, theirs, deleted, oursChange, theirsChange })),
      };
    },
    async settleMerge({ docId, mergeId, choices }: { docId: string; mergeId: string; choices: ({ id: string; pick: 'ours' | 'theirs' } | { id: string; pick: 'edited'; value: string })[] }): Promise<ResponseOf<'settleMerge'>> {
      const doc = documents.get(docId);
      const merge = pending.get(docId);
      if (!merge || merge.mergeId !== mergeId) throw new PlannerError('NOT_FOUND', 'This merge is no longer waiting. Choose File › Merge a copy… again.');
      const decided = new Map<string, Choice>(choices.map((c) => [c.id, c.pick === 'edited' ? { pick: 'edited', value: c.value } : { pick: c.pick }]));
      const settled = settledMerge(merge.outcome, decided, ports.now(), merge.fileName);
      doc.history ??= new DocumentHistory({ plan: settled.plan, stored: null, inSync: false });
      doc.history.adoptMerged(mergeId, settled.doc, settled.plan as unknown as JsonObject);
      pending.delete(docId);
      return { plan: settled.plan };
    },
  };
}
