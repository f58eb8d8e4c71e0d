/**
 * Which catalogue risk a register entry is, however it was added: from the catalogue, from a piece
 * of advice (new entries keep the catalogue id; older ones name the advice or rule) or from a
 * capability gap (through its checklist item's catalogue risk). The same risk suggested twice is
 * then recognised as one, so nothing is added to the register a second time.
 */
import { checklistCatalogueItem } from '../content/checklist-items';
import { riskCatalogueEntry } from '../content/risk-catalogue';
import type { Plan, Risk } from '../plan/schema';
import { CLAUSE_RULES } from './rules/clause-rules';
import { MISSION_RULES, authorizationRiskId } from './rules/mission-rules';
import { PLANNING_RULES } from './rules/planning-rules';
import { REVIEW_RULES } from './rules/review-rules';
import { SITUATION_RULES } from './rules/situation-rules';
import { THEMATIC_RULES } from './rules/thematic-rules';

const RULE_RISK = new Map(
  [...SITUATION_RULES, ...MISSION_RULES, ...PLANNING_RULES, ...CLAUSE_RULES, ...THEMATIC_RULES, ...REVIEW_RULES].filter((r) => r.riskId).map((r) => [r.id, r.riskId!]),
);

/** The catalogue id a guidance source reference stands for: the id itself, or its rule's risk. */
function fromGuidanceRef(ref: string): string | null {
  if (riskCatalogueEntry(ref)) return ref;
  const [ruleId, subject] = ref.split(':');
  if (ruleId === 'authorization-weak' && subject) return authorizationRiskId(subject) ?? null;
  return (ruleId && RULE_RISK.get(ruleId)) || null;
}

// Built once per checklist, so a 5,000-risk register is read in one pass, not once per risk.
const itemsById = new WeakMap<Plan['capabilities']['items'], ReadonlyMap<string, string | null>>();
function catalogueIdOfItem(plan: Plan, itemId: string): string | null | undefined {
  let map = itemsById.get(plan.capabilities.items);
  if (!map) {
    map = new Map(plan.capabilities.items.map((i) => [i.id, i.catalogueId]));
    itemsById.set(plan.capabilities.items, map);
  }
  return map.get(itemId);
}

/** The catalogue risk a register entry is, or null for a risk of the planner's own. */
export function catalogueIdOf(plan: Plan, risk: Risk): string | null {
  const ref = risk.sourceRef;
  if (!ref) return null;
  switch (risk.source) {
    case 'catalogue':
      return riskCatalogueEntry(ref) ? ref : null;
    case 'guidance':
      return fromGuidanceRef(ref);
    case 'capability': {
      const entry = checklistCatalogueItem(catalogueIdOfItem(plan, ref) ?? ref);
      return entry?.suggestedRisk?.riskCatalogueId ?? null;
    }
    default:
      return null;
  }
}

/** The register's references by catalogue id, e.g. rsk-spillover → ['R-008']. */
export function registerByCatalogueId(plan: Plan): ReadonlyMap<string, readonly string[]> {
  const refs = new Map<string, string[]>();
  for (const risk of plan.risks.items) {
    const id = catalogueIdOf(plan, risk);
    if (id) refs.set(id, [...(refs.get(id) ?? []), risk.ref]);
  }
  return refs;
}
