/**
 * The capability checklists the app ships: what a mission needs to see, to be trained for and to
 * coordinate in order to prevent atrocities. Our wording, from DOMAIN.md "Capability checklists"
 * and the conclusions of the USIP Peace Brief (2012). Critical items carry the risk their absence
 * creates, so a gap in the checklist can become a linked risk in the register.
 */
import type { CapabilityArea, Mission, MissionType } from '../plan/schema';
import type { RiskCategory, Score } from './risk-catalogue';
import { SURVEILLANCE } from './checklists/surveillance';
import { TRAINING } from './checklists/training';
import { COORDINATION } from './checklists/coordination';

export type Posture = Mission['posture'];

/** The risk a missing critical capability creates, ready to become a register draft. */
export interface SuggestedRiskTemplate {
  title: string;
  category: RiskCategory;
  cause: string;
  consequence: string;
  likelihood: Score;
  impact: Score;
  mitigation: string;
  /** The risk catalogue entry this gap feeds, when there is one. */
  riskCatalogueId: string | null;
}

export interface ChecklistCatalogueItem {
  id: string;
  area: CapabilityArea;
  title: string;
  description: string;
  critical: boolean;
  /** Present exactly when the item is critical. */
  suggestedRisk: SuggestedRiskTemplate | null;
  /** Where the item is relevant; absent means every mission. */
  relevantWhen: { missionTypes?: readonly MissionType[]; postures?: readonly Posture[] } | null;
}

export const CHECKLIST_CATALOGUE: readonly ChecklistCatalogueItem[] = [...SURVEILLANCE, ...TRAINING, ...COORDINATION];

const byId = new Map(CHECKLIST_CATALOGUE.map((e) => [e.id, e]));

/** The catalogue item with this id, if it exists. */
export function checklistCatalogueItem(id: string): ChecklistCatalogueItem | undefined {
  return byId.get(id);
}

/** Whether a catalogue item matters for a mission of this type and posture. */
export function isRelevantFor(item: ChecklistCatalogueItem, mission: Pick<Mission, 'type' | 'posture'>): boolean {
  const when = item.relevantWhen;
  if (!when) return true;
  if (when.missionTypes && !when.missionTypes.includes(mission.type)) return false;
  if (when.postures && !when.postures.includes(mission.posture)) return false;
  return true;
}
