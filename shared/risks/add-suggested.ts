/**
 * Taking several suggested risks in one move (from the wizard's advice or from capability gaps):
 * one edit, so one undo takes them all out again, and never a risk the register already holds or
 * one listed twice — the same catalogue risk is one risk however it was suggested.
 */
import type { PlanEdit } from '../plan/edit';
import type { Plan, Risk } from '../plan/schema';
import { catalogueIdOf, registerByCatalogueId } from '../mandate/risk-identity';
import { riskFromDraft } from './new-risk';
import type { EditContext, RiskDraft } from './new-risk';

export interface SuggestedRisksAdded {
  /** null when every draft was already in the register. */
  edit: PlanEdit | null;
  /** The new risks, in the order given, with consecutive references. */
  risks: Risk[];
  /** Drafts left out because the register or an earlier draft already holds the same risk. */
  skipped: number;
}

const sameTitle = (title: string) => title.trim().toLowerCase();

/** Adds the drafts as new register risks, skipping any the register (or the batch) already holds. */
export function addSuggestedRisks(plan: Plan, drafts: readonly RiskDraft[], ctx: EditContext): SuggestedRisksAdded {
  const catalogueIds = new Set(registerByCatalogueId(plan).keys());
  const titles = new Set(plan.risks.items.map((r) => sameTitle(r.title)));
  const added: Risk[] = [];
  let skipped = 0;
  for (const draft of drafts) {
    const risk = riskFromDraft(draft, [...plan.risks.items, ...added], ctx);
    const identity = catalogueIdOf(plan, risk);
    if ((identity && catalogueIds.has(identity)) || titles.has(sameTitle(risk.title))) {
      skipped += 1;
      continue;
    }
    if (identity) catalogueIds.add(identity);
    titles.add(sameTitle(risk.title));
    added.push(risk);
  }
  const start = plan.risks.items.length;
  const edits: PlanEdit[] = added.map((value, i) => ({ kind: 'insert', path: ['risks', 'items'], index: start + i, value }));
  return { edit: edits.length ? { kind: 'batch', edits } : null, risks: added, skipped };
}
