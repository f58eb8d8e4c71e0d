/** Guidance from the situation assessment, the risk factors and the MARO dynamics. */
import { riskFactor } from '../../content/risk-factors';
import type { Finding, GuidanceRule } from '../guidance-types';

const once = (fires: boolean, message: string, extra: Omit<Finding, 'message'> = {}): Finding[] => (fires ? [{ message, ...extra }] : []);
const SEED_END = 'Conclusions';

export const SITUATION_RULES: readonly GuidanceRule[] = [
  {
    id: 'situation-unassessed',
    severity: 'warning', step: 'situation',
    title: 'Situation not yet assessed',
    summary: 'The R2P context, atrocity stage, host consent or potential perpetrators are still unknown.',
    basis: { source: 'planning-practice', ref: 'situation assessment before mission design' },
    check: ({ plan }) => {
      const s = plan.situation;
      const missing = [
        s.r2pPillar === 'unknown' && 'the R2P pillar context',
        s.atrocityStage === 'unknown' && 'how close atrocities are',
        s.hostConsent === 'unknown' && 'host-state consent',
        s.perpetrators.length === 0 && 'the potential perpetrators',
      ].filter((x): x is string => Boolean(x));
      return once(missing.length > 0, `Still to assess: ${missing.join(', ')}. The advice and the clause library depend on these answers.`);
    },
  },
  {
    id: 'host-regime-perpetrator',
    severity: 'warning', step: 'situation',
    title: 'Host regime among potential perpetrators',
    summary: 'The host regime or its forces may commit the crimes: consensual tools have limited utility.',
    basis: { source: 'seed', ref: `Summary and ${SEED_END}: utility limited when the regime is responsible` },
    riskId: 'rsk-regime-buys-time',
    check: ({ tags }) =>
      once(
        tags.get('host-regime-perpetrator') === true,
        'Political missions and preventive deployments rely on consent, so they do little when the host regime itself threatens civilians. Pair the mission with complementary measures (targeted sanctions, accountability, pressure through the regime\'s patrons), keep monitoring independent of host escorts, and plan for the regime accepting the mission only to buy time or deflect criticism.',
      ),
  },
  {
    id: 'no-consent-no-presence',
    severity: 'warning', step: 'situation',
    title: 'No consent and no presence on the ground',
    summary: 'The host refuses or hesitates and no mission is on the ground: success hinges on rare consent.',
    basis: { source: 'seed', ref: `${SEED_END}: success hinges on rare host consent` },
    riskId: 'rsk-consent-withdrawn',
    check: ({ plan }) => {
      const consent = plan.situation.hostConsent;
      return once(
        (consent === 'refuses' || consent === 'ambivalent') && !plan.situation.existingPresence.exists,
        `The host state ${consent === 'refuses' ? 'refuses' : 'is ambivalent about'} a mission and no international presence is on the ground. Without consent neither tool is likely to deploy in time; plan how consent will be won (regional pressure, patrons, a light first step such as an envoy) and what happens if it is withdrawn.`,
      );
    },
  },
  {
    id: 'existing-presence-expand',
    severity: 'info', step: 'situation',
    title: 'Build on the mission already on the ground',
    summary: 'A mission is already present: expanding its mandate and capacity has the largest utility.',
    basis: { source: 'seed', ref: `${SEED_END}: largest utility when a mission is already established` },
    check: ({ plan, clauses }) => {
      const p = plan.situation.existingPresence;
      const name = p.name.trim() || 'the existing mission';
      const expanding = clauses.find((v) => v.template?.id === 'pol-expand-existing');
      const gap = p.atrocityPreventionInMandate
        ? ''
        : expanding
          ? ` Its mandate does not yet include atrocity prevention; ${expanding.label} writes it in.`
          : ' Its mandate does not yet include atrocity prevention: write it in now, so the mission can adjust quickly if the situation escalates.';
      return once(p.exists, `Expanding the mandate and capacity of ${name} is usually faster and more credible than a new mission.${gap}`);
    },
  },
  {
    id: 'imminent-protection-first',
    severity: 'warning', step: 'situation',
    title: 'Atrocities imminent or ongoing: protection first',
    summary: 'Pillar III context: the mission may have to give up impartiality, and protection must not wait for a settlement.',
    basis: { source: 'seed', ref: `${SEED_END} and political missions: impartiality and settlement objectives subordinated` },
    riskId: 'rsk-settlement-vs-protection',
    check: ({ plan, tags }) => {
      if (tags.get('pillar-3') !== true) return [];
      const stance = plan.situation.maro.impartialityStance;
      const base = 'With atrocities imminent or under way, settlement objectives come second: protection of civilians must not wait for a political agreement, and stopping perpetrators will make the mission a party in their eyes.';
      if (stance === 'protection-first') return [{ message: `${base} The plan already puts protection first; keep the mandate wording consistent with that.`, severity: 'info' }];
      return [{ message: `${base} The impartiality stance is "${stance}": decide now whether the mission may relinquish impartiality to protect civilians.` }];
    },
  },
  {
    id: 'non-state-doctrine',
    severity: 'info', step: 'situation',
    title: 'Non-state perpetrators need their own doctrine',
    summary: 'Non-state actors are potential perpetrators: check training and doctrine cover them.',
    basis: { source: 'seed', ref: `${SEED_END}: doctrine should focus on non-state perpetrators` },
    check: ({ tags }) =>
      once(
        tags.get('non-state-perpetrator') === true,
        'Most doctrine assumes state perpetrators. Check that training, rules of engagement and indicator analysis cover armed groups and militias inside the territory.',
      ),
  },
  {
    id: 'risk-factors-unassessed',
    severity: 'warning', step: 'risk-factors',
    title: 'Risk factors not rated',
    summary: 'Some or all of the 14 Framework risk factors are still unknown.',
    basis: { source: 'un-framework', ref: 'the 14 risk factors' },
    check: ({ crimes }) => {
      const unknown = crimes.unknownFactors;
      if (unknown.length === 14) return [{ message: 'None of the 14 Framework risk factors is rated yet. Rate each factor, even as "not present", so the crime picture and the advice rest on an assessment.' }];
      return once(unknown.length > 0, `Not yet rated: ${unknown.map((n) => `${n} (${riskFactor(n).shortName.toLowerCase()})`).join(', ')}.`, { severity: 'info' });
    },
  },
  {
    id: 'crime-picture',
    severity: 'info', step: 'risk-factors',
    title: 'What the risk factors point to',
    summary: 'The rated factors point to one or more atrocity crimes at a moderate or high level.',
    basis: { source: 'un-framework', ref: 'common factors 1–8, crime-specific factors 9–14' },
    check: ({ crimes }) => {
      const pointed = crimes.crimes.filter((c) => c.pointsTo);
      if (!pointed.length) return [];
      const high = pointed.some((c) => c.level === 'high');
      return [{ message: `${crimes.summary} Make sure the mandate's monitoring and protection tasks match the crimes the pattern points to.`, severity: high ? 'warning' : 'info' }];
    },
  },
  {
    id: 'escalation-response-empty',
    severity: 'warning', step: 'risk-factors',
    title: 'Expected escalation not considered',
    summary: 'Atrocities are imminent or ongoing but the expected escalation response is blank.',
    basis: { source: 'maro', ref: 'escalation dynamics: perpetrators may accelerate as intervention looms' },
    riskId: 'rsk-escalation-window',
    check: ({ plan, tags }) =>
      once(
        tags.get('pillar-3') === true && !plan.situation.maro.escalationResponse.trim(),
        'Perpetrators may speed up killings when they see an intervention coming. Describe how they are likely to react to the mission being announced and deployed, and how the plan covers that window.',
        { target: { kind: 'field', id: 'situation.maro.escalationResponse' } },
      ),
  },
  {
    id: 'maro-actors-blank',
    severity: 'info', step: 'risk-factors',
    title: 'Who is who in the situation',
    summary: 'Perpetrators, victims, interveners or bystanders are not described.',
    basis: { source: 'maro', ref: 'multiparty dynamics' },
    check: ({ plan }) => {
      const m = plan.situation.maro;
      const blank = (['perpetrators', 'victims', 'interveners', 'bystanders'] as const).filter((k) => !m[k].trim());
      return once(blank.length > 0, `Atrocity situations involve several parties who all adapt to each other. Still to describe: ${blank.join(', ')}.`);
    },
  },
];
