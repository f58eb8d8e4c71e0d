/**
 * Merging another copy of a plan, from files: the other file is read exactly as opening it would
 * be (so a foreign, damaged or newer-format copy is refused the same way), both histories are
 * caught up with their plans, merged, and the merged plan is checked like any plan that is opened.
 * Shared by the CLI and the app's handlers.
 */
import { basename } from 'node:path';
import { PlannerError } from '../../../shared/result';
import type { Plan } from '../../../shared/plan/schema';
import { checkPlanData } from '../../../shared/plan/validate';
import { readPlanFile } from '../plan-file';
import type { PlanCodec } from '../protection/plan-codec';
import { DocumentHistory } from './document-history';
import type { OpenedHistory } from './document-history';
import { mergeDocs, settle } from './merge-core';
import type { Choice, MergeOutcome } from './merge-core';
import type { PlanDoc } from './plan-history';

/** The plan a merged (and perhaps settled) document holds, checked; a merge that cannot make a valid plan is refused in plain words. */
export function checkedMergedPlan(plan: unknown, label: string): Plan {
  const checked = checkPlanData(plan, label);
  if (!checked.ok) {
    throw new PlannerError('INVALID_PLAN', `The two copies cannot be merged: together they would make a plan that is not valid (${checked.error.message.replace(/^Cannot open "[^"]*": /, '')})`, checked.error.details);
  }
  return checked.value.plan;
}

/** Reads the other copy and merges it into `ours` (this copy's history, unsaved changes included). */
export async function mergeWithFile(ours: PlanDoc, otherPath: string, codec?: PlanCodec): Promise<MergeOutcome> {
  const other = await readPlanFile(otherPath, { codec });
  return mergeWithOpened(ours, other.history, basename(otherPath));
}

/** Merges the other copy, already read from its file `label`, into `ours`. */
export function mergeWithOpened(ours: PlanDoc, other: OpenedHistory, label: string): MergeOutcome {
  const theirs = new DocumentHistory(other).current().doc;
  const outcome = mergeDocs(ours, theirs);
  checkedMergedPlan(outcome.plan, label);
  return outcome;
}

/** The merged document with the planner's decisions, and the valid plan it holds. */
export function settledMerge(outcome: MergeOutcome, choices: ReadonlyMap<string, Choice>, at: Date, label: string): { doc: PlanDoc; plan: Plan } {
  const settled = settle(outcome, choices, at);
  return { doc: settled.doc, plan: checkedMergedPlan(settled.plan, label) };
}
