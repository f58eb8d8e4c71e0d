/**
 * Checks that go beyond the schema: ids must be unique within their list (they are the identity
 * of a clause, item or risk), and links must point at something that exists.
 */
import type { Plan } from './schema';

/** Adds a line to `problems` for each id used again within `items`. */
function collectDuplicates(path: string, items: readonly { id: string }[], problems: string[]): void {
  // Most lists (a risk's actions, a factor's evidence) hold 0 or 1 entries: no map needed.
  if (items.length < 2) return;
  const firstIndex = new Map<string, number>();
  items.forEach(({ id }, i) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else problems.push(`${path}[${i}].id: "${id}" is also used by ${path}[${first}]; every id must be unique`);
  });
}

/** One readable line per id used twice within the same list, e.g. `risks.items[4].id: "risk-a" is also used by risks.items[1]`. */
export function findDuplicateIds(plan: Plan): string[] {
  const problems: string[] = [];
  collectDuplicates('mission.tripwires', plan.mission.tripwires, problems);
  collectDuplicates('mandate.clauses', plan.mandate.clauses, problems);
  collectDuplicates('capabilities.items', plan.capabilities.items, problems);
  collectDuplicates('risks.items', plan.risks.items, problems);
  plan.risks.items.forEach((r, i) => collectDuplicates(`risks.items[${i}].actions`, r.actions, problems));
  plan.situation.riskFactors.forEach((f, i) => collectDuplicates(`situation.riskFactors[${i}].evidence`, f.evidence, problems));
  return problems;
}

/** Drops risk -> capability links that point at no capability (or repeat), saying what was removed. */
export function repairLinks(plan: Plan): { plan: Plan; notices: string[] } {
  const capabilityIds = new Set(plan.capabilities.items.map((c) => c.id));
  const notices: string[] = [];
  let changed = false;
  const items = plan.risks.items.map((risk) => {
    const kept = [...new Set(risk.linkedCapabilityIds.filter((id) => capabilityIds.has(id)))];
    if (kept.length === risk.linkedCapabilityIds.length) return risk;
    changed = true;
    const dangling = risk.linkedCapabilityIds.filter((id) => !capabilityIds.has(id)).length;
    if (dangling > 0) {
      const label = risk.ref || risk.title || risk.id;
      notices.push(`Risk ${label} was linked to ${dangling === 1 ? 'a capability that is' : `${dangling} capabilities that are`} no longer in the plan; ${dangling === 1 ? 'that link was' : 'those links were'} removed.`);
    }
    return { ...risk, linkedCapabilityIds: kept };
  });
  return changed ? { plan: { ...plan, risks: { ...plan.risks, items } }, notices } : { plan, notices };
}
