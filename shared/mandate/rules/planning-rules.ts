/**
 * Planning completeness: end state and exit criteria, benchmarks tied to the risk factors,
 * phasing, force generation and enablers, and the status agreement. The seed risks that apply to
 * the design are suggested here as a backstop, so none is left to be found only in the catalogue.
 */
import { riskFactor } from '../../content/risk-factors';
import { formatDate } from '../templating';
import { mandateEndDate } from '../timeline';
import { planningOf } from '../../plan/planning';
import type { Finding, GuidanceContext, GuidanceRule } from '../guidance-types';
import { TARGETS, fitting, once, proposing, withRole } from './helpers';

const MAPRO = { source: 'planning-practice', ref: 'MAPRO (2012): planning for transitions and end states should begin early' } as const;
const readable = (iso: string) => formatDate(iso) ?? iso;

interface SeedRisk {
  id: string;
  /** Why the risk applies, as the start of a sentence. */
  when: (ctx: GuidanceContext) => boolean;
}

const deployment = (ctx: GuidanceContext) => ctx.deployment === true;
const political = (ctx: GuidanceContext) => ctx.political === true;
const anyMission = (ctx: GuidanceContext) => ctx.plan.mission.type !== 'undecided';
const violationsRecord = (ctx: GuidanceContext) => ['moderate', 'high'].includes(ctx.plan.situation.riskFactors.find((f) => f.factor === 2)?.level ?? '');

/** The risks the USIP brief names, and the designs they apply to. */
const SEED_RISKS: readonly SeedRisk[] = [
  { id: 'rsk-regime-buys-time', when: (c) => anyMission(c) && c.tags.get('host-consents') === true && (c.tags.get('host-regime-perpetrator') === true || violationsRecord(c)) },
  { id: 'rsk-no-enforcement', when: political },
  { id: 'rsk-slow-authorization', when: (c) => anyMission(c) && !c.plan.situation.existingPresence.exists },
  { id: 'rsk-support-dependence', when: anyMission },
  { id: 'rsk-moral-hazard', when: deployment },
  { id: 'rsk-escalation-window', when: (c) => anyMission(c) && c.tags.get('pillar-2') !== true },
  { id: 'rsk-victim-retribution', when: (c) => deployment(c) && c.tags.get('power-imbalance') !== false },
  { id: 'rsk-domestic-opposition', when: deployment },
  { id: 'rsk-anti-coalition', when: deployment },
  { id: 'rsk-casualties', when: deployment },
  { id: 'rsk-equipment-loss', when: deployment },
  { id: 'rsk-root-causes', when: deployment },
  { id: 'rsk-bureaucratic-politics', when: anyMission },
  { id: 'rsk-settlement-vs-protection', when: (c) => anyMission(c) && c.tags.get('pillar-3') === true },
];

/** Catalogue ids of the seed risks that apply to the plan's design, in catalogue order. */
export function seedRisksFor(ctx: GuidanceContext): string[] {
  return SEED_RISKS.filter((r) => r.when(ctx)).map((r) => r.id);
}

export const PLANNING_RULES: readonly GuidanceRule[] = [
  {
    id: 'end-state-missing',
    severity: 'warning', step: 'mission',
    title: 'No end state or exit criteria',
    summary: 'The plan does not say what condition ends the mission, or how it will be measured.',
    basis: MAPRO,
    riskId: 'rsk-root-causes',
    target: TARGETS.endState,
    check: (ctx) => {
      if (ctx.plan.mission.type === 'undecided') return [];
      const p = planningOf(ctx.plan.mission);
      const missing = [!p.endState.trim() && 'the end state', !p.exitCriteria.trim() && 'the exit criteria'].filter((x): x is string => Boolean(x));
      if (!missing.length) return [];
      return [{ message: `Still to set: ${missing.join(' and ')}. Say in what condition the mission is no longer needed and which measurable conditions allow it to draw down, so that contributors and the host know when it ends.`, target: p.endState.trim() ? TARGETS.exitCriteria : TARGETS.endState, ...(ctx.deployment === true ? {} : { riskId: 'rsk-support-dependence' }) }];
    },
  },
  {
    id: 'benchmarks-untied',
    severity: 'info', step: 'mission',
    title: 'Benchmarks tied to the risk factors',
    summary: 'No benchmark is set, or a benchmark is not tied to a Framework risk factor.',
    basis: { source: 'un-framework', ref: 'risk factors and indicators as the measure of progress' },
    target: TARGETS.benchmarks,
    check: (ctx) => {
      if (ctx.plan.mission.type === 'undecided') return [];
      const { benchmarks } = planningOf(ctx.plan.mission);
      if (!benchmarks.length) return [{ message: 'Set a few benchmarks that measure the risk itself, each tied to the factor and indicator it watches (for example: broadcast incitement against the group at risk falls below one incident a month, factor 8).' }];
      return benchmarks.flatMap((b, i): Finding[] =>
        b.factor === null
          ? [{ subject: b.id, severity: 'warning', message: `Benchmark ${i + 1}${b.text.trim() ? ` (“${b.text.trim()}”)` : ''} is not tied to a risk factor, so it cannot show whether the risk is falling.`, target: { ...TARGETS.benchmarks, id: `benchmark-${b.id}`, label: `Benchmark ${i + 1}` } }]
          : [],
      );
    },
  },
  {
    id: 'phasing-missing',
    severity: 'warning', step: 'mission',
    title: 'Phasing of the deployment',
    summary: 'A deployment without dates for initial and full operating capability, or with dates that do not fit.',
    basis: { source: 'planning-practice', ref: 'start-up, initial and full operating capability' },
    riskId: 'rsk-escalation-window',
    target: TARGETS.phasing,
    check: (ctx) => {
      if (ctx.deployment !== true) return [];
      const p = planningOf(ctx.plan.mission);
      if (!p.iocDate && !p.focDate && !withRole(ctx, 'phasing').length) return [{ message: 'Set when the force reaches initial and full operating capability. The gap between authorization and full strength is the window in which perpetrators are most tempted to act.' }];
      const out: Finding[] = [];
      if (p.iocDate && p.focDate && p.focDate < p.iocDate) out.push({ subject: 'order', message: `Full operating capability (${readable(p.focDate)}) comes before initial operating capability (${readable(p.iocDate)}).` });
      const end = mandateEndDate(ctx.plan.mandate);
      if (p.focDate && end && p.focDate > end) out.push({ subject: 'end', message: `Full operating capability (${readable(p.focDate)}) falls after the mandate ends (${readable(end)}).` });
      if (p.startUpDate && p.iocDate && p.iocDate < p.startUpDate) out.push({ subject: 'start', message: `Initial operating capability (${readable(p.iocDate)}) comes before start-up (${readable(p.startUpDate)}).` });
      return out;
    },
  },
  {
    id: 'force-generation-missing',
    severity: 'warning', step: 'mission',
    title: 'Force generation and enablers not planned',
    summary: 'A deployment with a personnel ceiling but no word on pledges, readiness or enablers.',
    basis: { source: 'seed', ref: 'Risks: authorizing, funding and equipping a mission is burdensome and slow' },
    riskId: 'rsk-slow-authorization',
    target: TARGETS.forceGeneration,
    check: (ctx) => {
      if (ctx.deployment !== true) return [];
      const p = planningOf(ctx.plan.mission);
      const missing = [!p.forceGeneration.trim() && 'who has pledged troops and police and when they are ready', !p.enablers.trim() && 'the enablers the concept needs (air mobility, surveillance, medical evacuation, engineering)'].filter((x): x is string => Boolean(x));
      return once(missing.length > 0, `Still to plan: ${missing.join('; and ')}. A ceiling is not a force until units are pledged and can move.`, p.forceGeneration.trim() ? { target: { ...TARGETS.forceGeneration, id: 'mission.planning.enablers', label: 'Enablers' } } : {});
    },
  },
  {
    id: 'status-agreement-missing',
    severity: 'warning', step: 'mission',
    title: 'No status agreement',
    summary: 'The status-of-forces or status-of-mission agreement is not negotiated and no paragraph asks for it.',
    basis: { source: 'council-practice', ref: 'status-of-forces and status-of-mission agreements concluded within a set period' },
    target: TARGETS.statusAgreement,
    check: (ctx) => {
      if (ctx.plan.mission.type === 'undecided') return [];
      const p = planningOf(ctx.plan.mission);
      if (p.statusAgreement !== 'unknown' && p.statusAgreement !== 'not-started') return [];
      if (withRole(ctx, 'status-agreement').length) return [];
      const kind = ctx.deployment === true ? 'status-of-forces' : 'status-of-mission';
      const fit = fitting(ctx, [ctx.deployment === true ? 'dep-sofa' : 'pol-soma']);
      return [proposing(`No ${kind} agreement is negotiated yet. Without it the mission's legal protection, freedom of movement and use of land depend on day-to-day goodwill; ask for one within a set period.`, fit, { severity: ctx.deployment === true ? 'warning' : 'info', target: TARGETS.statusAgreement })];
    },
  },
  {
    id: 'seed-risks',
    severity: 'info', step: 'mission',
    title: 'Risks this design carries',
    summary: 'The risks the USIP brief names for the chosen design that are not yet in the register and no other advice suggests.',
    basis: { source: 'seed', ref: 'risks of political missions and of preventive deployments' },
    politicalBasis: { source: 'seed', ref: 'risks of political missions' },
    deploymentBasis: { source: 'seed', ref: 'risks of preventive deployments' },
    target: { kind: 'field', id: 'risks', step: 'mission', label: 'Risk register' },
    // The engine keeps only the risks neither in the register nor suggested by other advice.
    check: (ctx) => {
      const ids = seedRisksFor(ctx);
      const design = ctx.deployment === true && ctx.political === true ? 'a political mission with a preventive deployment' : ctx.deployment === true ? 'a preventive deployment' : 'a political mission';
      return once(ids.length > 0, `The USIP brief names these risks for ${design}, and they apply to this situation. Add them to the register and rate them for the situation.`, { riskIds: ids });
    },
  },
];

/** Rule ids whose findings give way when another piece of advice suggests the same risk. */
export const BACKSTOP_RULES: ReadonlySet<string> = new Set(['seed-risks']);

/** Factor names for benchmark labels. */
export const factorName = (n: number): string => riskFactor(n).shortName;
