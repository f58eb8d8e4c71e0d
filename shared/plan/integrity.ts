/**
 * Checks that go beyond the schema: ids must be unique within their list (they are the identity
 * of a clause, item or risk), and links must point at something that exists.
 */
import type { Plan } from './schema';

interface IdList {
  path: string;
  ids: readonly string[];
}

function idLists(plan: Plan): IdList[] {
  return [
    { path: 'mission.tripwires', ids: plan.mission.tripwires.map((t) => t.id) },
    { path: 'mandate.clauses', ids: plan.mandate.clauses.map((c) => c.id) },
    { path: 'capabilities.items', ids: plan.capabilities.items.map((c) => c.id) },
    { path: 'risks.items', ids: plan.risks.items.map((r) => r.id) },
    ...plan.risks.items.map((r, i) => ({ path: `risks.items[${i}].actions`, ids: r.actions.map((a) => a.id) })),
    ...plan.situation.riskFactors.map((f, i) => ({ path: `situation.riskFactors[${i}].evidence`, ids: f.evidence.map((e) => e.id) })),
  ];
}

/** One readable line per id used twice within the same list, e.g. `risks.items[4].id: "risk-a" is also used by risks.items[1]`. */
export function findDuplicateIds(plan: Plan): string[] {
  const problems: string[] = [];
  for (const list of idLists(plan)) {
    const firstIndex = new Map<string, number>();
    list.ids.forEach((id, i) => {
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, i);
      else problems.push(`${list.path}[${i}].id: "${id}" is also used by ${list.path}[${first}]; every id must be unique`);
    });
  }
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
