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
import { readPlanFile } from '../plan-file';
import type { HandlerPorts } from '../ports';
import type { HistoryService } from './history-service';
import type { Choice } from './merge-core';

const PLAN_FILTERS = [
  { name: 'Mandate Planner plans', extensions: ['mplan'] },
  { name: 'All files', extensions: ['*'] },
];

export function createMergeHandlers(ports: HandlerPorts, documents: DocumentRegistry, histories: HistoryService) {
  return {
    async mergeCopy({ docId, plan, appliedMerge }: { docId: string; plan: Plan; appliedMerge?: string }): Promise<MergeProposal> {
      const doc = documents.get(docId);
      const chosen = await ports.dialogs.showOpenDialog({ title: 'Merge a copy of this plan', defaultPath: ports.settings.get('lastFolder') ?? ports.documentsDir, filters: PLAN_FILTERS });
      if (chosen === null) throw new PlannerError('CANCELLED', 'Merging was cancelled.');
      // Read here, exactly as opening it would (a foreign, damaged, newer or protected copy is refused the same way).
      // A protected copy of a protected plan usually shares its passphrase: it is tried for the other copy.
      const other = await readPlanFile(chosen, { codec: doc.codec ?? undefined });
      const fileName = basename(chosen);
      const mergeId = newId('merge');
      // One proposal per document (in the history): a new mergeCopy replaces an abandoned one.
      const view = await histories.propose(docId, { plan, appliedMerge, at: ports.now(), other: other.history, label: fileName, mergeId });
      return { mergeId, fileName, ...view };
    },
    async settleMerge({ docId, mergeId, choices }: { docId: string; mergeId: string; choices: ({ id: string; pick: 'ours' | 'theirs' } | { id: string; pick: 'edited'; value: string })[] }): Promise<ResponseOf<'settleMerge'>> {
      documents.get(docId);
      const decided = choices.map((c): [string, Choice] => [c.id, c.pick === 'edited' ? { pick: 'edited', value: c.value } : { pick: c.pick }]);
      return { plan: await histories.settle(docId, mergeId, decided, ports.now()) };
    },
  };
}
