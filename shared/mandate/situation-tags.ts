/**
 * Reads the situation and mission design as tags that clause templates require or favour. Each
 * tag is true, false or null ("not yet known"), so an unassessed plan does not rule clauses out.
 */
import { SITUATION_TAGS } from '../content/clauses';
import type { SituationTag } from '../content/clauses';
import type { Plan } from '../plan/schema';

export type TagState = boolean | null;

export const TAG_LABELS: Record<SituationTag, string> = {
  'in-area': 'an in-area visible presence',
  'over-the-horizon': 'an over-the-horizon posture',
  'host-consents': 'host-state consent',
  'host-requested': 'a request from the host state',
  'host-regime-perpetrator': 'the host regime among potential perpetrators',
  'non-state-perpetrator': 'non-state perpetrators inside the territory',
  'cross-border-threat': 'a threat from across the border',
  'spillover-risk': 'a risk of spill-over',
  'pillar-2': 'a Pillar II context as the planner chose it (the seed’s usage: atrocity risk remote)',
  'pillar-3': 'atrocities imminent or ongoing (a Pillar III context)',
  'atrocities-ongoing': 'atrocities already under way',
  'armed-conflict': 'an armed conflict',
  'existing-presence': 'a mission already on the ground',
  'objectives-reconcilable': 'reconcilable objectives between the parties',
  'power-imbalance': 'a strong power imbalance against the victims',
  'elections-ahead': 'elections or a census as a trigger',
  incitement: 'incitement or hate propaganda',
  'regional-office': 'a regional office',
};

/** True when the plan's mission includes a preventive deployment; null while undecided. */
export function hasDeployment(plan: Plan): boolean | null {
  const t = plan.mission.type;
  return t === 'undecided' ? null : t === 'preventive-deployment' || t === 'both';
}

/** True when the plan's mission includes a political mission; null while undecided. */
export function hasPolitical(plan: Plan): boolean | null {
  const t = plan.mission.type;
  return t === 'undecided' ? null : t === 'political' || t === 'both';
}

function ticked(plan: Plan, ...indicatorIds: string[]): boolean {
  return plan.situation.riskFactors.some((f) => f.indicators.some((id) => indicatorIds.includes(id)));
}

function posture(plan: Plan, wanted: 'in-area' | 'over-the-horizon'): TagState {
  const deployment = hasDeployment(plan);
  if (deployment === false) return false;
  if (plan.mission.posture === 'undecided') return null;
  return plan.mission.posture === wanted;
}

function pillar3(plan: Plan): TagState {
  const { atrocityStage: stage, r2pPillar: pillar } = plan.situation;
  if (stage === 'imminent' || stage === 'ongoing' || pillar === 'pillar-3') return true;
  if (stage === 'remote' || stage === 'emerging' || pillar === 'pillar-2') return false;
  return null;
}

function perpetrator(plan: Plan, kind: Plan['situation']['perpetrators'][number]): TagState {
  const list = plan.situation.perpetrators;
  if (list.includes(kind)) return true;
  return list.length ? false : null;
}

/** Whether one tag holds for the plan: true, false, or null when the planner has not said yet. */
export function evaluateTag(plan: Plan, tag: SituationTag): TagState {
  const s = plan.situation;
  switch (tag) {
    case 'in-area':
    case 'over-the-horizon':
      return posture(plan, tag);
    case 'host-consents':
      return s.hostConsent === 'unknown' ? null : s.hostConsent === 'requested' || s.hostConsent === 'consents';
    case 'host-requested':
      return s.hostConsent === 'unknown' ? null : s.hostConsent === 'requested';
    case 'host-regime-perpetrator':
      return perpetrator(plan, 'host-regime');
    case 'non-state-perpetrator':
      return perpetrator(plan, 'non-state-internal');
    case 'cross-border-threat':
      return ticked(plan, 'rf8-spillover') ? true : perpetrator(plan, 'cross-border-hostile');
    case 'spillover-risk':
      return s.spilloverRisk === 'unknown' ? null : s.spilloverRisk !== 'low';
    case 'pillar-3':
      return pillar3(plan);
    case 'pillar-2':
      // Only the planner's explicit choice: an unrated or "emerging" situation is never called remote.
      if (pillar3(plan) === true) return false;
      return s.r2pPillar === 'pillar-2' ? true : null;
    case 'atrocities-ongoing':
      return s.atrocityStage === 'unknown' ? null : s.atrocityStage === 'ongoing';
    case 'armed-conflict':
      return s.conflictContext === 'unknown' ? null : s.conflictContext === 'armed-conflict';
    case 'existing-presence':
      return s.existingPresence.exists;
    case 'objectives-reconcilable':
      return s.objectivesReconcilable === 'unknown' ? null : s.objectivesReconcilable !== 'no';
    case 'power-imbalance':
      return s.powerImbalance === 'unknown' ? null : s.powerImbalance === 'high';
    case 'elections-ahead':
      return ticked(plan, 'rf8-elections');
    case 'incitement':
      return ticked(plan, 'rf8-incitement', 'rf7-hate-rhetoric');
    case 'regional-office': {
      const political = hasPolitical(plan);
      if (political === false) return false;
      return plan.mission.politicalForm === 'undecided' ? null : plan.mission.politicalForm === 'regional-office';
    }
  }
}

/** Every tag evaluated once, for callers that test many templates against the same plan. */
export function situationTags(plan: Plan): ReadonlyMap<SituationTag, TagState> {
  return new Map(SITUATION_TAGS.map((tag) => [tag, evaluateTag(plan, tag)]));
}
