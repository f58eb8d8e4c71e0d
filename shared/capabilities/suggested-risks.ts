/**
 * Capability gaps that should be in the risk register. A critical item that is missing or only
 * partly in place suggests a risk linked to it; an over-the-horizon force with no tripwire
 * observation on its checklist at all suggests one too, because that gap is easy to overlook.
 */
import type { CapabilityItem, Plan } from '../plan/schema';
import { checklistCatalogueItem, isRelevantFor } from '../content/checklist-items';
import type { SuggestedRiskTemplate } from '../content/checklist-items';
import type { RiskDraft } from '../risks/new-risk';
import { catalogueIdOf } from '../mandate/risk-identity';

export const TRIPWIRE_OBSERVATION_ID = 'chk-surv-tripwire-observation';

export interface CapabilityRiskSuggestion {
  /** Stable id, usable in plan.guidance.dismissed to hide the suggestion. */
  suggestionId: string;
  /** The capability item behind it, or null when the item is absent from the checklist. */
  capabilityId: string | null;
  reason: string;
  draft: RiskDraft;
}

/** The dismissal id for a suggestion about a capability item or catalogue entry. */
export const suggestionIdFor = (ref: string): string => `capability-risk:${ref}`;

function genericTemplate(item: CapabilityItem): SuggestedRiskTemplate {
  return {
    title: `If "${item.title}" is not in place, then the mission cannot do what it depends on`,
    category: 'operational',
    cause: item.gapNote || `${item.title} is ${item.status === 'partial' ? 'only partly in place' : 'missing'}.`,
    consequence: 'A critical capability gap weakens prevention and protection.',
    likelihood: 3,
    impact: 4,
    mitigation: '',
    riskCatalogueId: null,
  };
}

function toDraft(template: SuggestedRiskTemplate, item: CapabilityItem | null, partial: boolean): RiskDraft {
  return {
    title: template.title,
    category: template.category,
    cause: item?.gapNote ? `${template.cause} ${item.gapNote}` : template.cause,
    consequence: template.consequence,
    mitigation: template.mitigation,
    // A partial capability still covers some of the gap: one step less likely than a missing one.
    likelihood: partial ? Math.max(1, template.likelihood - 1) : template.likelihood,
    impact: template.impact,
    owner: item?.owner ?? '',
    source: 'capability',
    sourceRef: item?.id ?? TRIPWIRE_OBSERVATION_ID,
    linkedCapabilityIds: item ? [item.id] : [],
  };
}

/**
 * Risk drafts for the plan's capability gaps, leaving out gaps already covered by a risk (one that
 * links the item, names it as source, or is the same catalogue risk added from advice or the
 * catalogue) and suggestions the planner dismissed.
 */
export function suggestedRisks(plan: Plan): CapabilityRiskSuggestion[] {
  const covered = new Set<string>();
  for (const risk of plan.risks.items) {
    risk.linkedCapabilityIds.forEach((id) => covered.add(id));
    if (risk.source === 'capability' && risk.sourceRef) covered.add(risk.sourceRef);
  }
  const dismissed = new Set(plan.guidance.dismissed);
  // A catalogue risk already in the register from advice or the catalogue, tied to no checklist item,
  // is this gap's risk: it is not suggested a second time. One tied to another item stays that item's.
  const unlinked = new Set(plan.risks.items.filter((r) => r.linkedCapabilityIds.length === 0).map((r) => catalogueIdOf(plan, r)));
  const inRegister = (template: SuggestedRiskTemplate | null | undefined) => Boolean(template?.riskCatalogueId && unlinked.has(template.riskCatalogueId));
  const out: CapabilityRiskSuggestion[] = [];

  for (const item of plan.capabilities.items) {
    if (!item.critical || (item.status !== 'missing' && item.status !== 'partial') || covered.has(item.id)) continue;
    const entry = item.catalogueId ? checklistCatalogueItem(item.catalogueId) : undefined;
    if (entry && !isRelevantFor(entry, plan.mission)) continue;
    const suggestionId = suggestionIdFor(item.id);
    if (dismissed.has(suggestionId) || inRegister(entry?.suggestedRisk)) continue;
    const partial = item.status === 'partial';
    out.push({
      suggestionId,
      capabilityId: item.id,
      reason: `Critical capability "${item.title}" is ${partial ? 'only partly in place' : 'missing'}.`,
      draft: toDraft(entry?.suggestedRisk ?? genericTemplate(item), item, partial),
    });
  }

  const tripwireEntry = checklistCatalogueItem(TRIPWIRE_OBSERVATION_ID);
  const onChecklist = plan.capabilities.items.some((i) => i.catalogueId === TRIPWIRE_OBSERVATION_ID);
  const suggestionId = suggestionIdFor(TRIPWIRE_OBSERVATION_ID);
  if (plan.mission.posture === 'over-the-horizon' && !onChecklist && tripwireEntry?.suggestedRisk && !covered.has(TRIPWIRE_OBSERVATION_ID) && !dismissed.has(suggestionId) && !inRegister(tripwireEntry.suggestedRisk)) {
    out.push({
      suggestionId,
      capabilityId: null,
      reason: 'The force is held over the horizon, but the checklist has no item for observing its tripwires.',
      draft: toDraft(tripwireEntry.suggestedRisk, null, false),
    });
  }
  return out;
}
