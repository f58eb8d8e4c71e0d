/** Guidance on the mission design: type, posture, tripwires and the factors authorization depends on. */
import { findIndicator } from '../../content/risk-factors';
import { AUTHORIZATION_FACTORS } from '../../plan/schema';
import type { Finding, GuidanceRule } from '../guidance-types';

const once = (fires: boolean, message: string, extra: Omit<Finding, 'message'> = {}): Finding[] => (fires ? [{ message, ...extra }] : []);
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

export const MISSION_RULES: readonly GuidanceRule[] = [
  {
    id: 'mission-type-undecided',
    severity: 'blocking', step: 'mission',
    title: 'Mission type not chosen',
    summary: 'The plan does not say whether it is a political mission, a preventive deployment or both.',
    basis: { source: 'seed', ref: 'political missions persuade, preventive deployments deter' },
    check: ({ plan }) =>
      once(plan.mission.type === 'undecided', 'Choose a political mission, a preventive deployment or both. The clause library, the advice and the mandate all depend on it.', { target: { kind: 'field', id: 'mission.type' } }),
  },
  {
    id: 'posture-undecided',
    severity: 'blocking', step: 'mission',
    title: 'Deployment posture not chosen',
    summary: 'A preventive deployment is planned without choosing in-area presence or over-the-horizon.',
    basis: { source: 'seed', ref: `${SEED_PD}: in-area presence or over-the-horizon force` },
    check: ({ plan, deployment }) =>
      once(deployment === true && plan.mission.posture === 'undecided', 'Decide whether the force protects civilians through a visible presence in the area at risk, or is held over the horizon and committed when tripwires are crossed.', { target: { kind: 'field', id: 'mission.posture' } }),
  },
  {
    id: 'oth-without-tripwires',
    severity: 'blocking', step: 'mission',
    title: 'Over-the-horizon force without tripwires',
    summary: 'An over-the-horizon posture is chosen but no tripwire is defined.',
    basis: { source: 'seed', ref: `${SEED_PD}: contingency force committed once tripwires are crossed` },
    riskId: 'rsk-deterrence-not-credible',
    check: ({ plan, tags }) =>
      once(tags.get('over-the-horizon') === true && plan.mission.tripwires.length === 0, 'A force held over the horizon deters only if everyone knows what will bring it in. Define at least one tripwire: an observable event, who observes it, and the response it triggers.', { target: { kind: 'field', id: 'mission.tripwires' } }),
  },
  {
    id: 'tripwire-incomplete',
    severity: 'blocking', step: 'mission',
    title: 'Tripwire not fully defined',
    summary: 'A tripwire lacks its event, its observer or the response it triggers.',
    basis: { source: 'planning-practice', ref: 'tripwire = observable event + observer + response' },
    check: ({ plan }) =>
      plan.mission.tripwires.flatMap((t, i): Finding[] => {
        const missing = [!t.event.trim() && 'the event', !t.observer.trim() && 'who observes it', !t.response.trim() && 'the response'].filter(Boolean);
        if (!missing.length) return [];
        const name = t.event.trim() ? `"${t.event.trim()}"` : `Tripwire ${i + 1}`;
        return [{ subject: t.id, message: `${name} lacks ${missing.join(' and ')}. A tripwire nobody watches, or with no agreed response, does not deter.`, target: { kind: 'tripwire', id: t.id } }];
      }),
  },
  {
    id: 'triggers-as-tripwires',
    severity: 'info', step: 'mission',
    title: 'Triggering factors make good tripwires',
    summary: 'Triggering indicators are ticked but no tripwire watches factor 8.',
    basis: { source: 'un-framework', ref: 'factor 8, triggering factors' },
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
    summary: 'Any preventive deployment: solid commitments, a credible threat and an escalation ladder.',
    basis: { source: 'seed', ref: `${SEED_PD}: credible threat of offensive action; solid commitments` },
    riskId: 'rsk-deterrence-not-credible',
    check: ({ deployment }) =>
      once(
        deployment === true,
        'A preventive deployment deters only while its threat of offensive action is credible. Secure firm commitments to reinforce it if compellence becomes necessary, define the tripwires, and set a ladder of steps up to explicit military warnings. If the force has to go on the offensive, deterrence has already failed.',
      ),
  },
  {
    id: 'pillar3-political-only',
    severity: 'info', step: 'mission',
    title: 'Limits of a political mission in a Pillar III situation',
    summary: 'Atrocities are imminent or ongoing and only a political mission is planned.',
    basis: { source: 'seed', ref: 'Political missions: limited ability to protect in a Pillar III context' },
    riskId: 'rsk-no-enforcement',
    check: ({ plan, tags }) =>
      once(
        tags.get('pillar-3') === true && plan.mission.type === 'political',
        'A political mission can hardly protect people on its own once atrocities are imminent. Give it a protective civilian presence and early warning, let its analysis inform other Pillar III responses, and consider pairing it with a preventive deployment.',
      ),
  },
  {
    id: 'authorization-weak',
    severity: 'warning', step: 'mission',
    title: 'Weak factor for authorization',
    summary: 'An authorization factor is rated low (for patron links: high).',
    basis: { source: 'seed', ref: `${SEED_PD}: authorization depends on support, media, patrons, region, resources, effectiveness` },
    check: ({ plan }) =>
      AUTHORIZATION_FACTORS.flatMap((key): Finding[] => {
        const rating = plan.mission.authorization[key].rating;
        const weak = key === 'patronLinks' ? rating === 'high' : rating === 'low';
        if (!weak) return [];
        const a = AUTHORIZATION_ADVICE[key];
        return [{ subject: key, title: `Weak for authorization: ${a.label.toLowerCase()}`, message: a.advice, ...(a.riskId ? { riskId: a.riskId } : {}), target: { kind: 'authorization', id: key } }];
      }),
  },
  {
    id: 'authorization-unrated',
    severity: 'info', step: 'mission',
    title: 'Authorization factors not rated',
    summary: 'A mission type is chosen but none of the six authorization factors is rated.',
    basis: { source: 'seed', ref: `${SEED_PD}: what authorization depends on` },
    check: ({ plan }) =>
      once(
        plan.mission.type !== 'undecided' && AUTHORIZATION_FACTORS.every((k) => plan.mission.authorization[k].rating === 'unknown'),
        'Rate international support, media attention, patron links, regional support, resources and likely effectiveness: together they decide whether the mission can be authorized in time.',
      ),
  },
];
