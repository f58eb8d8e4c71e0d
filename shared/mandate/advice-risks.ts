/** The risks the wizard's advice suggests and the register does not hold yet, each once, ready to add together. */
import type { RiskDraft } from '../risks/new-risk';
import { adviceRiskRef } from './guidance';
import type { Advice } from './guidance-types';

export interface SuggestedRiskChoice {
  /** Stable within one list: the catalogue id, or the advice and title for a risk of no catalogue entry. */
  key: string;
  title: string;
  /** The advice that suggests it, for the planner deciding whether to keep it. */
  reason: string;
  draft: RiskDraft;
}

/** Open (not dismissed) advice's risks not in the register, first suggestion wins when two pieces of advice share one. */
export function adviceRiskChoices(advice: readonly Advice[]): SuggestedRiskChoice[] {
  const seen = new Set<string>();
  const out: SuggestedRiskChoice[] = [];
  for (const a of advice) {
    if (a.dismissed) continue;
    for (const r of a.risks) {
      const key = r.draft.catalogueId ?? `${a.id}:${r.draft.title}`;
      if (r.inRegister || seen.has(key)) continue;
      seen.add(key);
      const { catalogueId: _id, ...fields } = r.draft;
      void _id;
      out.push({ key, title: r.draft.title, reason: a.title, draft: { ...fields, source: 'guidance', sourceRef: adviceRiskRef(a, r.draft) } });
    }
  }
  return out;
}
