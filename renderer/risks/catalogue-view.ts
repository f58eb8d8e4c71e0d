/** The risk catalogue as the add dialog lists it: filtered by mission and search, marked when already in the register. */
import { RISK_CATALOGUE, riskCatalogueFor } from '../../shared/content/risk-catalogue';
import type { RiskCatalogueEntry } from '../../shared/content/risk-catalogue';
import type { Plan } from '../../shared/plan/schema';

export interface CatalogueRow {
  entry: RiskCatalogueEntry;
  /** References of register risks added from this entry. */
  inRegister: string[];
}

/** Catalogue entries matching the search (title, cause, consequence, category), for the plan's mission or all. */
export function catalogueRows(plan: Plan, search: string, allMissions: boolean): CatalogueRow[] {
  const refs = new Map<string, string[]>();
  for (const risk of plan.risks.items) {
    if (risk.source === 'catalogue' && risk.sourceRef) refs.set(risk.sourceRef, [...(refs.get(risk.sourceRef) ?? []), risk.ref]);
  }
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const entries = allMissions ? RISK_CATALOGUE : riskCatalogueFor(plan.mission.type);
  return entries
    .filter((e) => {
      const text = `${e.title} ${e.cause} ${e.consequence} ${e.category}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((entry) => ({ entry, inRegister: refs.get(entry.id) ?? [] }));
}
