/** The risk catalogue as the add dialog lists it: filtered by mission and search, marked when already in the register. */
import { RISK_CATALOGUE, riskCatalogueFor } from '../../shared/content/risk-catalogue';
import type { RiskCatalogueEntry } from '../../shared/content/risk-catalogue';
import type { Plan } from '../../shared/plan/schema';
import { registerByCatalogueId } from '../../shared/mandate/risk-identity';

export interface CatalogueRow {
  entry: RiskCatalogueEntry;
  /** References of register risks that are this entry, whether added from the catalogue, advice or a capability gap. */
  inRegister: string[];
}

/** Catalogue entries matching the search (title, cause, consequence, category), for the plan's mission or all. */
export function catalogueRows(plan: Plan, search: string, allMissions: boolean): CatalogueRow[] {
  const refs = registerByCatalogueId(plan);
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const entries = allMissions ? RISK_CATALOGUE : riskCatalogueFor(plan.mission.type);
  return entries
    .filter((e) => {
      const text = `${e.title} ${e.cause} ${e.consequence} ${e.category}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((entry) => ({ entry, inRegister: [...(refs.get(entry.id) ?? [])] }));
}
