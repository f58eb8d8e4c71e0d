/** Shaping the checklists for display: due-date flags, what needs attention, what the catalogue still offers. */
import { CHECKLIST_CATALOGUE, isRelevantFor } from '../../shared/content/checklist-items';
import type { ChecklistCatalogueItem } from '../../shared/content/checklist-items';
import { dueSoon } from '../../shared/capabilities/readiness';
import type { DueSoon } from '../../shared/capabilities/readiness';
import type { CapabilityArea, CapabilityItem, Plan } from '../../shared/plan/schema';
import type { Readiness } from '../../shared/capabilities/readiness';

/** Days ahead in which an unfinished item counts as due soon. */
export const DUE_SOON_DAYS = 14;

/** "Overdue by 3 days", "Due today", "Due in 5 days". */
export function dueText(d: Pick<DueSoon, 'daysLeft'>): string {
  if (d.daysLeft < 0) return `Overdue by ${-d.daysLeft} ${d.daysLeft === -1 ? 'day' : 'days'}`;
  if (d.daysLeft === 0) return 'Due today';
  return `Due in ${d.daysLeft} ${d.daysLeft === 1 ? 'day' : 'days'}`;
}

/** Unfinished items due within DUE_SOON_DAYS or overdue, by item id. */
export function dueSoonById(items: readonly CapabilityItem[], today: string): Map<string, DueSoon> {
  return new Map(dueSoon(items, today, DUE_SOON_DAYS).map((d) => [d.item.id, d]));
}

/** Missing items that are due soon or overdue come first on the attention list; then the rest due soon. */
export function attentionList(items: readonly CapabilityItem[], today: string): DueSoon[] {
  const list = dueSoon(items, today, DUE_SOON_DAYS);
  return [...list.filter((d) => d.item.status === 'missing'), ...list.filter((d) => d.item.status !== 'missing')];
}

export interface CatalogueChoice {
  entry: ChecklistCatalogueItem;
  /** False when the item is not usually needed for the plan's mission type or posture. */
  relevant: boolean;
}

/** Catalogue items of an area not yet on the checklist; relevant ones first. */
export function catalogueChoices(plan: Plan, area: CapabilityArea): CatalogueChoice[] {
  const present = new Set(plan.capabilities.items.map((i) => i.catalogueId));
  const choices = CHECKLIST_CATALOGUE.filter((e) => e.area === area && !present.has(e.id)).map((entry) => ({ entry, relevant: isRelevantFor(entry, plan.mission) }));
  return [...choices.filter((c) => c.relevant), ...choices.filter((c) => !c.relevant)];
}

/** The catalogue items relevant to the plan's mission, for filling an empty checklist in one go. */
export const relevantCatalogue = (plan: Plan): ChecklistCatalogueItem[] => CHECKLIST_CATALOGUE.filter((e) => isRelevantFor(e, plan.mission));

/** "5 in place · 2 partial · 1 missing" under a readiness figure (empty kinds left out). */
export const readinessCounts = (r: Readiness) =>
  [
    `${r.inPlace} in place`,
    `${r.partial} partial`,
    `${r.missing} missing`,
    r.unassessed ? `${r.unassessed} unassessed` : '',
    r.notApplicable ? `${r.notApplicable} not applicable` : '',
  ]
    .filter(Boolean)
    .join(' · ');
