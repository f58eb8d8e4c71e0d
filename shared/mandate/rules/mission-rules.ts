/** Guidance on the mission design: type, form, posture, tripwires and the factors authorization depends on. */
import { findIndicator } from '../../content/risk-factors';
import { AUTHORIZATION_FACTORS } from '../../plan/schema';
import type { Finding, GuidanceRule } from '../guidance-types';
import { TARGETS, fitting, once, proposing, withRole } from './helpers';

const SEED_PD = 'Preventive deployments';

type AuthorizationFactor = (typeof AUTHORIZATION_FACTORS)[number];

const AUTHORIZATION_ADVICE: Record<AuthorizationFactor, { label: string; advice: string; riskId?: string }> = {
  internationalSupport: { label: 'International support', advice: 'Without broad support among Council members and contributors, authorization stalls and pledges stay on paper.', riskId: 'rsk-support-dependence' },
  mediaAttention: { label: 'Media attention', advice: 'Little public attention means little pressure to authorize and fund; plan how the warning signs reach the public.', riskId: 'rsk-slow-authorization' },
  patronLinks: { label: 'Links to power patrons', advice: 'A powerful patron shielding the potential perpetrator can block or water down authorization; engage the patron early.', riskId: 'rsk-slow-authorization' },
  regionalSupport: { label: 'Regional support', advice: 'Without the region behind it, the mission looks intrusive and loses a key source of pressure and troops.', riskId: 'rsk-support-dependence' },
  resources: { label: 'Resources', advice: 'Funding, equipping and deploying a new mission is slow; secure resources before the window closes.', riskId: 'rsk-slow-authorization' },
  likelyEffectiveness: { label: 'Likely effectiveness', advice: 'If the mission is unlikely to work, members will hesitate to authorize it; show how it changes perpetrators\' calculations.', riskId: 'rsk-no-enforcement' },
};

/** The catalogue risk a weak authorization factor suggests (read by the register's risk identity). */
export function authorizationRiskId(key: string): string | undefined {
  return (AUTHORIZATION_ADVICE as Record<string, { riskId?: string }>)[key]?.riskId;
}

const FORM_CLAUSE: Partial<Record<string, string>> = {
  'regional-office': 'pol-regional-mandate',
  'special-envoy': 'pol-special-envoy',
  'transformed-peacebuilding': 'pol-transformed-peacebuilding',
};

export const MISSION_RULES: readonly GuidanceRule[] = [
  {
    id: 'mission-type-undecided',
    severity: 'blocking', step: 'mission',
    title: 'Mission type not chosen',
    summary: 'The plan does not say whether it is a political mission, a preventive deployment or both.',
    basis: { source: 'seed', ref: 'political missions persuade, preventive deployments deter' },
    target: TARGETS.missionType,
    check: ({ plan }) => once(plan.mission.type === 'undecided', 'Choose a political mission, a preventive deployment or both. The clause library, the advice and the mandate all depend on it.'),
  },
  {
    id: 'posture-undecided',
    severity: 'blocking', step: 'mission',
    title: 'Deployment posture not chosen',
    summary: 'A preventive deployment is planned without choosing in-area presence or over-the-horizon.',
    basis: { source: 'seed', ref: `${SEED_PD}: in-area presence or over-the-horizon force` },
    target: TARGETS.posture,
    check: ({ plan, deployment }) =>
      once(deployment === true && plan.mission.posture === 'undecided', 'Decide whether the force protects civilians through a visible presence in the area at risk, or is held over the horizon and committed when tripwires are crossed.'),
  },
  {
    id: 'oth-without-tripwires',
    severity: 'blocking', step: 'mission',
    title: 'Over-the-horizon force without tripwires',
    summary: 'An over-the-horizon posture is chosen but no tripwire is defined.',
    basis: { source: 'seed', ref: `${SEED_PD}: contingency force committed once tripwires are crossed` },
    riskId: 'rsk-deterrence-not-credible',
    target: TARGETS.tripwires,
    check: ({ plan, tags }) =>
      once(tags.get('over-the-horizon') === true && plan.mission.tripwires.length === 0, 'A force held over the horizon deters only if everyone knows what will bring it in. Define at least one tripwire: an observable event, who observes it, and the response it triggers.'),
  },
  {
    id: 'tripwire-incomplete',
    severity: 'blocking', step: 'mission',
    title: 'Tripwire not fully defined',
    summary: 'A tripwire lacks its event, its observer or the response it triggers.',
    basis: { source: 'planning-practice', ref: 'tripwire = observable event + observer + response' },
    target: TARGETS.tripwires,
    check: ({ plan }) =>
      plan.mission.tripwires.flatMap((t, i): Finding[] => {
        const missing = [!t.event.trim() && 'the event', !t.observer.trim() && 'who observes it', !t.response.trim() && 'the response'].filter(Boolean);
        if (!missing.length) return [];
        const name = t.event.trim() ? `"${t.event.trim()}"` : `Tripwire ${i + 1}`;
        return [{ subject: t.id, message: `${name} lacks ${missing.join(' and ')}. A tripwire nobody watches, or with no agreed response, does not deter.`, target: { kind: 'tripwire', id: t.id, step: 'mission', label: `Tripwire ${i + 1}` } }];
      }),
  },
  {
    id: 'triggers-as-tripwires',
    severity: 'info', step: 'mission',
    title: 'Triggering factors make good tripwires',
    summary: 'Triggering indicators are ticked but no tripwire watches factor 8.',
    basis: { source: 'un-framework', ref: 'factor 8, triggering factors' },
    target: TARGETS.tripwires,
    check: ({ plan, tags }) => {
      if (tags.get('over-the-horizon') !== true) return [];
      if (plan.mission.tripwires.some((t) => t.factor === 8)) return [];
      const hints = plan.situation.riskFactors
        .flatMap((f) => f.indicators)
        .map((id) => findIndicator(id))
        .filter((x) => x !== undefined && x.factor.number === 8 && x.indicator.tripwireHint)
        .map((x) => x!.indicator.tripwireHint!.toLowerCase());
      return once(hints.length > 0, `Triggering indicators are ticked but no tripwire watches them. Candidates: ${hints.join('; ')}.`);
    },
  },
  {
    id: 'deployment-commitments',
    severity: 'info', step: 'mission',
    title: 'A deterrent needs backing',
    summary: 'Any preventive deployment: solid commitments, a credible threat and a ladder of graduated signals.',
    basis: { source: 'seed', ref: `${SEED_PD}: credible threat of offensive action; solid commitments; flexible deterrent options; a robust force backs other efforts` },
    riskId: 'rsk-deterrence-not-credible',
    target: TARGETS.forceGeneration,
    check: (ctx) => {
      if (ctx.deployment !== true) return [];
      const message = 'A preventive deployment deters only while its threat of offensive action is credible. Secure firm commitments to reinforce it if compellence becomes necessary, define the tripwires, and prepare a menu of graduated military signals (the brief\'s "flexible deterrent options") up to explicit military warnings. A robust force raises the cost perpetrators expect and gives weight to economic, political and diplomatic efforts. If the force has to go on the offensive, deterrence has already failed.';
      const missing = fitting(ctx, ['dep-commitments', 'dep-escalation-ladder']);
      return [missing.length ? proposing(message, missing, { target: TARGETS.forceGeneration }) : { message }];
    },
  },
  {
    id: 'pillar3-political-only',
    severity: 'info', step: 'mission',
    title: 'Limits of a political mission in a Pillar III situation',
    summary: 'Atrocities are imminent or ongoing and only a political mission is planned.',
    basis: { source: 'seed', ref: 'Political missions: limited ability to protect in a Pillar III context' },
    riskId: 'rsk-no-enforcement',
    target: TARGETS.missionType,
    check: ({ plan, tags }) =>
      once(
        tags.get('pillar-3') === true && plan.mission.type === 'political',
        'A political mission can hardly protect people on its own once atrocities are imminent. Give it a protective civilian presence and early warning, let its analysis inform other Pillar III responses, and consider pairing it with a preventive deployment.',
      ),
  },
  {
    id: 'political-form-clause',
    severity: 'info', step: 'mission',
    title: 'The chosen form has its own paragraph',
    summary: 'A political-mission form is chosen but the mandate lacks the paragraph that sets it up.',
    basis: { source: 'seed', ref: 'Political missions: standing regional offices, special envoys, transformed peacebuilding missions' },
    target: TARGETS.politicalForm,
    check: (ctx) => {
      if (ctx.political !== true) return [];
      const id = FORM_CLAUSE[ctx.plan.mission.politicalForm];
      if (!id || ctx.clauses.some((v) => v.template?.id === id)) return [];
      // An office or peacebuilding mission already on the ground, being expanded, is that form already.
      if (id !== 'pol-special-envoy' && ctx.clauses.some((v) => v.template?.id === 'pol-expand-existing')) return [];
      const fit = fitting(ctx, [id]);
      if (!fit.length) return [{ message: 'A transformed peacebuilding mission starts from a mission already on the ground; record that mission in the situation first.', target: TARGETS.presence }];
      return [proposing('The form of the political mission is chosen, but no paragraph sets it up.', fit)];
    },
  },
  {
    id: 'light-footprint',
    severity: 'info', step: 'mission',
    title: 'A discreet, region-wide political mission',
    summary: 'Consent is shaky or resources are short: a political mission with a regional mandate is cheap, discreet and adaptable.',
    basis: { source: 'seed', ref: 'Political missions: less controversial with a region-wide mandate; discreet, cheap and adaptable' },
    target: TARGETS.missionType,
    check: (ctx) => {
      const { plan } = ctx;
      const consent = plan.situation.hostConsent;
      const why = [
        (consent === 'ambivalent' || consent === 'refuses') && 'the host hesitates',
        plan.mission.authorization.resources.rating === 'low' && 'resources are short',
        plan.mission.authorization.internationalSupport.rating === 'low' && 'international support is weak',
      ].filter((x): x is string => Boolean(x));
      if (!why.length || withRole(ctx, 'spillover-containment').some((v) => v.template?.id === 'pol-regional-mandate')) return [];
      const base = `Because ${why.join(' and ')}, weigh a political mission with a region-wide mandate: it is less controversial for any single state, discreet, cheap and quick to adapt.`;
      const fit = fitting(ctx, ['pol-regional-mandate']);
      return [fit.length ? proposing(base, fit) : { message: `${base} The plan has no political component yet: consider one under the mission type.` }];
    },
  },
  {
    id: 'complementary-measures',
    severity: 'info', step: 'mission',
    title: 'Tools are rarely used alone',
    summary: 'The host regime is a potential perpetrator, or atrocities are imminent: plan the measures that back the mission.',
    basis: { source: 'seed', ref: 'Introduction: missions are rarely used alone and complement other measures' },
    riskId: 'rsk-no-enforcement',
    target: TARGETS.library,
    check: (ctx) => {
      const why = ctx.tags.get('host-regime-perpetrator') === true || (ctx.tags.get('pillar-3') === true && ctx.plan.mission.type === 'political');
      if (!why || withRole(ctx, 'complementary-measures').length) return [];
      return [proposing('Plan the measures that back the mission and give its warnings weight: targeted sanctions, an arms embargo, referral for accountability, envoys, and pressure through patrons and neighbours.', fitting(ctx, ['cc-further-measures']), { severity: ctx.tags.get('host-regime-perpetrator') === true ? 'warning' : 'info' })];
    },
  },
  {
    id: 'elections-trigger',
    severity: 'info', step: 'mission',
    title: 'Elections ahead: cover the peak of risk',
    summary: 'Elections or a census are ticked as a trigger and the mandate does not address the electoral period.',
    basis: { source: 'un-framework', ref: 'triggering factors: elections and related measures (indicator 8.8)' },
    deploymentBasis: { source: 'precedent', ref: 'EUFOR RD Congo, resolution 1671 (2006): deployment limited to the electoral period' },
    target: TARGETS.library,
    check: (ctx) => {
      if (ctx.tags.get('elections-ahead') !== true) return [];
      const covered = ['pol-electoral-violence', 'dep-electoral-bridging'].some((id) => ctx.clauses.some((v) => v.template?.id === id));
      if (covered) return [];
      const fit = fitting(ctx, ['pol-electoral-violence', 'dep-electoral-bridging', 'pol-rumour-control']);
      return [proposing('Elections and censuses are classic triggers of atrocity crimes. Give the mission tasks for the electoral period: hate-speech monitoring, commitments by candidates, observers at known flashpoints, or a deployment limited to that period.', fit)];
    },
  },
  {
    id: 'contributor-stake',
    severity: 'info', step: 'mission',
    title: 'Contributors with a stake in the conflict',
    summary: 'A deployment where neighbours are involved or exposed to spill-over: troop contributors may have a stake in the outcome.',
    basis: { source: 'planning-practice', ref: 'force generation: contributors with a stake in the conflict' },
    riskId: 'rsk-contributor-stake',
    target: TARGETS.forceGeneration,
    check: ({ deployment, tags }) => {
      // Says only what the plan records: a threat from across the border involves neighbours; a spill-over risk only gives them a stake.
      const crossBorder = tags.get('cross-border-threat') === true;
      const why = crossBorder
        ? 'A threat from across the border involves neighbours and their allies, and they are often the first to offer troops.'
        : 'With a risk of spill-over, neighbouring states have a stake in the outcome, and they are often the first to offer troops.';
      return once(deployment === true && (crossBorder || tags.get('spillover-risk') === true), `${why} Check each pledge for a stake in the outcome and keep such contingents away from decisive positions.`);
    },
  },
  {
    id: 'violence-displaced',
    severity: 'info', step: 'mission',
    title: 'Violence may move outside the footprint',
    summary: 'Protection in fixed areas: perpetrators may shift to places the mission does not cover.',
    basis: { source: 'maro', ref: 'multiparty dynamic: perpetrators adapt to the intervener' },
    riskId: 'rsk-violence-displaced',
    target: TARGETS.library,
    check: (ctx) => {
      const fixed = ctx.tags.get('in-area') === true || ctx.clauses.some((v) => v.template?.id === 'dep-protect-sites' || v.template?.id === 'pol-protective-presence');
      const adaptable = ctx.tags.get('non-state-perpetrator') === true || ctx.tags.get('cross-border-threat') === true;
      if (!fixed || !adaptable) return [];
      return [proposing('Armed groups can avoid the areas the mission covers and strike elsewhere. Watch indicators beyond the footprint and keep a way to move to new hotspots.', fitting(ctx, ['pol-local-dialogue', 'dep-surveillance-witness']))];
    },
  },
  {
    id: 'authorization-weak',
    severity: 'warning', step: 'mission',
    title: 'Weak factor for authorization',
    summary: 'An authorization factor is rated low (for patron links: high).',
    basis: { source: 'seed', ref: `${SEED_PD}: authorization depends on support, media, patrons, region, resources, effectiveness` },
    target: TARGETS.authorization,
    check: ({ plan }) =>
      AUTHORIZATION_FACTORS.flatMap((key): Finding[] => {
        const rating = plan.mission.authorization[key].rating;
        const weak = key === 'patronLinks' ? rating === 'high' : rating === 'low';
        if (!weak) return [];
        const a = AUTHORIZATION_ADVICE[key];
        return [{ subject: key, title: `Weak for authorization: ${a.label.toLowerCase()}`, message: a.advice, ...(a.riskId ? { riskId: a.riskId } : {}), target: { kind: 'authorization', id: key, step: 'mission', label: a.label } }];
      }),
  },
  {
    id: 'authorization-unrated',
    severity: 'info', step: 'mission',
    title: 'Authorization factors not rated',
    summary: 'A mission type is chosen but none of the six authorization factors is rated.',
    basis: { source: 'seed', ref: `${SEED_PD}: what authorization depends on` },
    target: { kind: 'authorization', id: 'internationalSupport', step: 'mission', label: 'International support' },
    check: ({ plan }) =>
      once(
        plan.mission.type !== 'undecided' && AUTHORIZATION_FACTORS.every((k) => plan.mission.authorization[k].rating === 'unknown'),
        'Rate international support, media attention, patron links, regional support, resources and likely effectiveness: together they decide whether the mission can be authorized in time.',
      ),
  },
];
