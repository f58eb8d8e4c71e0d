/**
 * Checks that go beyond the schema: ids must be unique within their list (they are the identity
 * of a clause, item or risk), and links must point at something that exists.
 */
import type { Plan } from './schema';

/** Adds a line to `problems` for each id used again within `items`. */
function collectDuplicates(path: string, items: readonly { id: string }[], problems: string[]): void {
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else problems.push(`${path}[${i}].id: "${id}" is also used by ${path}[${first}]; every id must be unique`);
  }
}

/** One readable line per id used twice within the same list, e.g. `risks.items[4].id: "risk-a" is also used by risks.items[1]`. */
export function findDuplicateIds(plan: Plan): string[] {
  const problems: string[] = [];
  collectDuplicates('mission.tripwires', plan.mission.tripwires, problems);
  collectDuplicates('mandate.clauses', plan.mandate.clauses, problems);
  collectDuplicates('capabilities.items', plan.capabilities.items, problems);
  collectDuplicates('risks.items', plan.risks.items, problems);
  // Most of these lists (a risk's actions, a factor's evidence) hold 0 or 1 entries: no path, no map.
  plan.risks.items.forEach((r, i) => r.actions.length > 1 && collectDuplicates(`risks.items[${i}].actions`, r.actions, problems));
  plan.situation.riskFactors.forEach((f, i) => f.evidence.length > 1 && collectDuplicates(`situation.riskFactors[${i}].evidence`, f.evidence, problems));
  return problems;
}

/** True when every link points at a known capability, none twice: the risk needs no repair. */
function linksAreSound(links: readonly string[], capabilityIds: ReadonlySet<string>): boolean {
  for (const id of links) if (!capabilityIds.has(id)) return false;
  // Checked without building anything: almost every risk is sound, and a plan has thousands.
  if (links.length < 2) return true;
  if (links.length === 2) return links[0] !== links[1];
  return new Set(links).size === links.length;
}

/** Drops risk -> capability links that point at no capability (or repeat), saying what was removed. */
export function repairLinks(plan: Plan): { plan: Plan; notices: string[] } {
  const capabilityIds = new Set(plan.capabilities.items.map((c) => c.id));
  if (plan.risks.items.every((risk) => linksAreSound(risk.linkedCapabilityIds, capabilityIds))) return { plan, notices: [] };
  const notices: string[] = [];
  const items = plan.risks.items.map((risk) => {
    if (linksAreSound(risk.linkedCapabilityIds, capabilityIds)) return risk;
    const kept = [...new Set(risk.linkedCapabilityIds.filter((id) => capabilityIds.has(id)))];
    const dangling = risk.linkedCapabilityIds.filter((id) => !capabilityIds.has(id)).length;
    if (dangling > 0) {
      const label = risk.ref || risk.title || risk.id;
      notices.push(`Risk ${label} was linked to ${dangling === 1 ? 'a capability that is' : `${dangling} capabilities that are`} no longer in the plan; ${dangling === 1 ? 'that link was' : 'those links were'} removed.`);
    }
    return { ...risk, linkedCapabilityIds: kept };
  });
  return { plan: { ...plan, risks: { ...plan.risks, items } }, notices };
}
