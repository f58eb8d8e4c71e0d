/** Guidance from the situation assessment, the risk factors and the MARO dynamics. */
import { riskFactor } from '../../content/risk-factors';
import { IMPARTIALITY_LABELS } from '../../plan/labels';
import type { GuidanceRule } from '../guidance-types';
import { TARGETS, factorTarget, fitting, once, proposing, withRole } from './helpers';

const SEED_END = 'Conclusions';

export const SITUATION_RULES: readonly GuidanceRule[] = [
  {
    id: 'situation-unassessed',
    severity: 'warning', step: 'situation',
    title: 'Situation not yet assessed',
    summary: 'The R2P context, atrocity stage, host consent or potential perpetrators are still unknown.',
    basis: { source: 'planning-practice', ref: 'situation assessment before mission design' },
    target: TARGETS.pillar,
    check: ({ plan }) => {
      const s = plan.situation;
      const missing = [
        s.r2pPillar === 'unknown' && { what: 'the R2P pillar context', target: TARGETS.pillar },
        s.atrocityStage === 'unknown' && { what: 'how close atrocities are', target: TARGETS.stage },
        s.hostConsent === 'unknown' && { what: 'host-state consent', target: TARGETS.consent },
        s.perpetrators.length === 0 && { what: 'the potential perpetrators', target: TARGETS.perpetrators },
      ].filter((x): x is { what: string; target: (typeof TARGETS)['pillar'] } => Boolean(x));
      return once(missing.length > 0, `Still to assess: ${missing.map((m) => m.what).join(', ')}. The advice and the clause library depend on these answers.`, { target: missing[0]?.target ?? TARGETS.pillar });
    },
  },
  {
    id: 'host-regime-perpetrator',
    severity: 'warning', step: 'situation',
    title: 'Host regime among potential perpetrators',
    summary: 'The host regime or its forces may commit the crimes: consensual tools have limited utility.',
    basis: { source: 'seed', ref: `Summary and ${SEED_END}: utility limited when the regime is responsible` },
    riskId: 'rsk-regime-buys-time',
    target: TARGETS.perpetrators,
    check: (ctx) => {
      if (ctx.tags.get('host-regime-perpetrator') !== true) return [];
      const base = 'Political missions and preventive deployments rely on consent, so they do little when the host regime itself threatens civilians. Pair the mission with complementary measures (targeted sanctions, accountability, pressure through the regime\'s patrons), keep monitoring independent of host escorts, and plan for the regime accepting the mission only to buy time or deflect criticism.';
      const independent = withRole(ctx, 'complementary-measures').length > 0 && ctx.clauses.some((v) => v.template?.id === 'cc-host-cooperation');
      if (independent) return [{ message: `${base} The mandate already holds further measures and demands freedom of movement; keep them.`, severity: 'info' }];
      return [proposing(base, fitting(ctx, ['cc-host-cooperation']))];
    },
  },
  {
    id: 'no-consent-no-presence',
    severity: 'warning', step: 'situation',
    title: 'No consent and no presence on the ground',
    summary: 'The host refuses or hesitates and no mission is on the ground: success hinges on rare consent.',
    basis: { source: 'seed', ref: `${SEED_END}: success hinges on rare host consent; a rapid political mission may be the only tool accepted` },
    riskId: 'rsk-consent-withdrawn',
    target: TARGETS.consent,
    check: (ctx) => {
      const { plan } = ctx;
      const consent = plan.situation.hostConsent;
      if (!((consent === 'refuses' || consent === 'ambivalent') && !plan.situation.existingPresence.exists)) return [];
      const base = `The host state ${consent === 'refuses' ? 'refuses' : 'is ambivalent about'} a mission and no international presence is on the ground. Without consent neither tool is likely to deploy in time; plan how consent will be won (regional pressure, patrons) and what happens if it is withdrawn. In a non-permissive setting a rapid political mission, such as a special envoy, may be the only presence the host accepts.`;
      const envoy = fitting(ctx, ['pol-special-envoy']);
      if (envoy.length) return [proposing(base, envoy)];
      if (ctx.political === true) return [{ message: base }];
      return [{ message: `${base} The plan has no political component yet: consider one under the mission type.`, target: TARGETS.missionType }];
    },
  },
  {
    id: 'existing-presence-expand',
    severity: 'info', step: 'situation',
    title: 'Build on the mission already on the ground',
    summary: 'A mission is already present: expanding its mandate and capacity has the largest utility.',
    basis: { source: 'seed', ref: `${SEED_END}: largest utility when a mission is already established` },
    target: TARGETS.presence,
    check: (ctx) => {
      const p = ctx.plan.situation.existingPresence;
      if (!p.exists) return [];
      const name = p.name.trim() || 'the existing mission';
      const expanding = ctx.clauses.find((v) => v.template?.id === 'pol-expand-existing');
      const base = `Expanding the mandate and capacity of ${name} is usually faster and more credible than a new mission.`;
      if (p.atrocityPreventionInMandate) return [{ message: base }];
      if (expanding) return [{ message: `${base} Its mandate does not yet include atrocity prevention; ${expanding.label} writes it in.` }];
      return [proposing(`${base} Its mandate does not yet include atrocity prevention: write it in now, so the mission can adjust quickly if the situation escalates.`, fitting(ctx, ['pol-expand-existing']))];
    },
  },
  {
    id: 'imminent-protection-first',
    severity: 'warning', step: 'situation',
    title: 'Atrocities imminent or ongoing: protection first',
    summary: 'Pillar III context: protection must not wait for a settlement, and the mission cannot remain passive.',
    basis: { source: 'seed', ref: `${SEED_END} and political missions: impartiality and settlement objectives subordinated; missions cannot remain passive` },
    riskId: 'rsk-settlement-vs-protection',
    target: TARGETS.impartiality,
    check: (ctx) => {
      if (ctx.tags.get('pillar-3') !== true) return [];
      const stance = ctx.plan.situation.maro.impartialityStance;
      const base = 'With atrocities imminent or under way, settlement objectives come second: protection of civilians must not wait for a political agreement, and neither a civilian nor a military mission can remain passive. Stopping perpetrators will make the mission a party in their eyes; the USIP brief calls this relinquishing impartiality, while UN doctrine reads acting against any party that attacks civilians as impartial implementation of the mandate.';
      const missing = fitting(ctx, ['cc-no-passivity', 'dep-protection-before-impartiality']);
      const passivityCovered = withRole(ctx, 'no-passivity').length > 0 || ctx.clauses.some((v) => v.template?.id === 'dep-protection-before-impartiality');
      if (stance === 'protection-first' && passivityCovered) return [{ message: `${base} The plan already puts protection first and the mandate says so; keep the wording consistent.`, severity: 'info' }];
      if (stance === 'protection-first') return [proposing(`${base} The plan puts protection first; say so in the mandate.`, missing, { severity: 'info' })];
      return [{ message: `${base} The stance on impartiality is “${IMPARTIALITY_LABELS[stance]}”: decide now whether the mission acts against any party that attacks civilians.` }];
    },
  },
  {
    id: 'non-state-doctrine',
    severity: 'info', step: 'situation',
    title: 'Non-state perpetrators need their own doctrine',
    summary: 'Non-state actors are potential perpetrators: check training and doctrine cover them.',
    basis: { source: 'seed', ref: `${SEED_END}: doctrine should focus on non-state perpetrators` },
    target: { kind: 'capability', id: 'chk-trn-doctrine', step: 'situation', label: 'Training checklist: doctrine' },
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
    target: factorTarget(1, 'armed conflict or other forms of instability'),
    check: ({ crimes }) => {
      const unknown = crimes.unknownFactors;
      const first = unknown[0];
      const target = first ? factorTarget(first, riskFactor(first).shortName.toLowerCase()) : undefined;
      if (unknown.length === 14) return [{ message: 'None of the 14 Framework risk factors is rated yet. Rate each factor, even as "not present", so the crime picture and the advice rest on an assessment.', ...(target ? { target } : {}) }];
      return once(unknown.length > 0, `Not yet rated: ${unknown.map((n) => `${n} (${riskFactor(n).shortName.toLowerCase()})`).join(', ')}.`, { severity: 'info', ...(target ? { target } : {}) });
    },
  },
  {
    id: 'crime-picture',
    severity: 'info', step: 'risk-factors',
    title: 'What the risk factors point to',
    summary: 'The rated factors point to one or more atrocity crimes at a moderate or high level.',
    basis: { source: 'un-framework', ref: 'common factors 1–8, crime-specific factors 9–14' },
    target: { kind: 'library', id: 'library', step: 'clauses', label: 'Monitoring and protection clauses in the library' },
    check: ({ crimes, roles }) => {
      const pointed = crimes.crimes.filter((c) => c.pointsTo);
      if (!pointed.length) return [];
      const high = pointed.some((c) => c.level === 'high');
      // Once the mandate monitors and protects, what is left is a reminder, not a warning.
      const answered = roles.has('monitoring') && roles.has('protection');
      return [{ message: `${crimes.summary} Make sure the mandate's monitoring and protection tasks match the crimes the pattern points to.`, severity: high && !answered ? 'warning' : 'info' }];
    },
  },
  {
    id: 'escalation-response-empty',
    severity: 'warning', step: 'risk-factors',
    title: 'Expected escalation not considered',
    summary: 'Atrocities are imminent or ongoing but the expected escalation response is blank.',
    basis: { source: 'maro', ref: 'escalation dynamics: perpetrators may accelerate as intervention looms' },
    riskId: 'rsk-escalation-window',
    target: TARGETS.escalation,
    check: ({ plan, tags }) =>
      once(
        tags.get('pillar-3') === true && !plan.situation.maro.escalationResponse.trim(),
        'Perpetrators may speed up killings when they see an intervention coming. Describe how they are likely to react to the mission being announced and deployed, and how the plan covers that window.',
      ),
  },
  {
    id: 'maro-actors-blank',
    severity: 'info', step: 'risk-factors',
    title: 'Who is who in the situation',
    summary: 'Perpetrators, victims, interveners or bystanders are not described.',
    basis: { source: 'seed', ref: 'Political missions: map the capabilities, interests and strategies of powerful players; MARO multiparty dynamics' },
    target: TARGETS.maroActors,
    check: ({ plan }) => {
      const m = plan.situation.maro;
      const blank = (['perpetrators', 'victims', 'interveners', 'bystanders'] as const).filter((k) => !m[k].trim());
      return once(
        blank.length > 0,
        `Atrocity situations involve several parties who all adapt to each other. Still to describe: ${blank.join(', ')}. For each powerful player, note what it can do, what it wants, how it is likely to act and who can influence it.`,
        { target: { ...TARGETS.maroActors, id: `situation.maro.${blank[0] ?? 'perpetrators'}` } },
      );
    },
  },
];
