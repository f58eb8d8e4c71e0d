/**
 * The plan size the scale benchmark is held to: 5,000 risks, 300 capability items and 500 clauses,
 * grown from the sample plan so every field is realistic (texts, actions, history, links).
 */
import type { CapabilityItem, Clause, Plan } from '../../shared/plan/schema';
import { planWithRisks } from './_large-plan';

export const SCALE = { risks: 5_000, capabilities: 300, clauses: 500 } as const;

/** The sample plan grown to the given counts; risks link to the grown capability items. */
export function planAtScale(counts: { risks: number; capabilities: number; clauses: number } = SCALE): Plan {
  const plan = planWithRisks(counts.risks);
  const itemTemplates = plan.capabilities.items;
  const items: CapabilityItem[] = Array.from({ length: counts.capabilities }, (_, i) => {
    const t = itemTemplates[i % itemTemplates.length]!;
    return { ...t, id: `cap-bench-${i}`, title: `${t.title} (${i + 1})`, catalogueId: null };
  });
  const clauseTemplates = plan.mandate.clauses;
  const clauses: Clause[] = Array.from({ length: counts.clauses }, (_, i) => {
    const t = clauseTemplates[i % clauseTemplates.length]!;
    return { ...t, id: `cl-bench-${i}` };
  });
  const risks = plan.risks.items.map((risk, i) => ({
    ...risk,
    linkedCapabilityIds: items.length > 0 ? [items[i % items.length]!.id] : [],
  }));
  return {
    ...plan,
    mandate: { ...plan.mandate, clauses },
    capabilities: { items },
    risks: { ...plan.risks, items: risks },
  };
}
