/** Guidance on the choice of clauses: what the situation calls for and what does not fit it. */
import { TAG_LABELS } from '../situation-tags';
import type { Finding, GuidanceRule, PlanClauseView } from '../guidance-types';
import { TARGETS, fitting, once, perClause, proposing } from './helpers';

const MISSION_WORDS = { political: 'political missions', 'preventive-deployment': 'preventive deployments' } as const;


export const CLAUSE_RULES: readonly GuidanceRule[] = [
  {
    id: 'mandate-empty',
    severity: 'blocking', step: 'clauses',
    title: 'The mandate has no clauses',
    summary: 'No preambular or operative paragraph has been added.',
    basis: { source: 'council-practice', ref: 'shape of a mandate' },
    target: TARGETS.library,
    check: ({ clauses }) => once(clauses.length === 0, 'Pick clauses from the library or write your own; the library is filtered to your mission type and situation.'),
  },
  {
    id: 'no-operative-clause',
    severity: 'blocking', step: 'clauses',
    title: 'No operative paragraph',
    summary: 'Clauses exist but none is operative, so the mandate decides nothing.',
    basis: { source: 'council-practice', ref: 'numbered operative paragraphs opening with a verb' },
    target: TARGETS.library,
    check: ({ clauses }) => once(clauses.length > 0 && !clauses.some((v) => v.clause.kind === 'operative'), 'Preambular paragraphs only set the scene; add operative paragraphs that decide, authorize and request.'),
  },
  {
    id: 'prevention-not-written-in',
    severity: 'warning', step: 'clauses',
    title: 'Atrocity prevention not written into the mandate',
    summary: 'No clause names the prevention of atrocity crimes.',
    basis: { source: 'seed', ref: 'Conclusions: atrocity prevention written into mandates early' },
    target: TARGETS.library,
    check: (ctx) => {
      if (!ctx.clauses.length || ctx.roles.has('atrocity-prevention')) return [];
      const expand = ctx.plan.situation.existingPresence.exists;
      return [proposing(`No paragraph makes the prevention of atrocity crimes a task. Writing it in early lets the mission adjust quickly if the situation escalates${expand ? '; for the mission already present, expand its mandate accordingly' : ''}.`, fitting(ctx, expand ? ['pol-expand-existing', 'cc-atrocity-prevention-core'] : ['cc-atrocity-prevention-core']))];
    },
  },
  {
    id: 'objectives-irreconcilable',
    severity: 'warning', step: 'clauses',
    title: 'Objectives irreconcilable: mediation is weak',
    summary: 'The parties\' objectives are not reconcilable, so mediation clauses will carry little weight.',
    basis: { source: 'seed', ref: 'Political missions: mediation only useful when objectives are reconcilable' },
    target: TARGETS.objectives,
    check: ({ plan, clauses }) => {
      if (plan.situation.objectivesReconcilable !== 'no') return [];
      const mediation = clauses.filter((v) => v.roles.has('mediation'));
      // An envoy is also the light presence a reluctant host may accept: keep it for pressure and warning rather than drop it.
      const envoy = mediation.some((v) => v.template?.id === 'pol-special-envoy') ? ' An envoy can still carry diplomatic pressure and warnings to those preparing violence.' : '';
      const named = mediation.length ? ` Reconsider ${mediation.map((v) => v.label).join(', ')}.${envoy}` : '';
      const first = mediation[0];
      return [{ message: `Mediation helps only when the parties' aims can be reconciled. Favour deterrence, witness (monitoring and public reporting) and direct protection instead.${named}`, ...(first ? { target: { kind: 'clause', id: first.clause.id, step: 'clauses', label: first.label } } : {}) }];
    },
  },
  {
    id: 'protection-missing',
    severity: 'warning', step: 'clauses',
    title: 'No protection-of-civilians clause',
    summary: 'Atrocities are imminent or the victims are far weaker, yet no clause protects civilians.',
    basis: { source: 'un-poc', ref: 'physical protection (tier 2) in pre-emption and response' },
    politicalBasis: { source: 'un-poc', ref: 'protection through dialogue and a protective environment (tiers 1 and 3) by civilian presence' },
    target: TARGETS.library,
    check: (ctx) => {
      const { tags, roles, clauses } = ctx;
      const why = [tags.get('pillar-3') === true && 'atrocities are imminent or ongoing', tags.get('power-imbalance') === true && 'the potential victims are far weaker than the perpetrators'].filter(Boolean);
      if (!clauses.length || !why.length || roles.has('protection')) return [];
      const message = `${why.join(' and ')}, but no paragraph tasks the mission with protecting civilians.`.replace(/^./, (c) => c.toUpperCase());
      return [proposing(message, fitting(ctx, ['dep-poc-all-necessary', 'dep-protect-sites', 'pol-protective-presence', 'pol-protective-accompaniment']))];
    },
  },
  {
    id: 'spillover-unaddressed',
    severity: 'warning', step: 'clauses',
    title: 'Spill-over or cross-border threat not addressed',
    summary: 'Spill-over risk or cross-border perpetrators, and no border-monitoring or containment clause.',
    basis: { source: 'precedent', ref: 'UNPREDEP: monitoring and reporting developments in the border areas' },
    politicalBasis: { source: 'seed', ref: 'Political missions: region-wide mandates (UN Regional Office for West Africa)' },
    riskId: 'rsk-spillover',
    target: TARGETS.library,
    check: (ctx) => {
      const { tags, roles, clauses } = ctx;
      if (!clauses.length || !(tags.get('spillover-risk') === true || tags.get('cross-border-threat') === true) || roles.has('border-monitoring') || roles.has('spillover-containment')) return [];
      return [proposing('The situation carries a risk of spill-over or a threat from across the border, but no paragraph watches the border areas or contains the violence.', fitting(ctx, ['dep-border-monitoring', 'dep-contain-spillover', 'pol-regional-mandate']))];
    },
  },
  {
    id: 'escalation-ladder-missing',
    severity: 'warning', step: 'clauses',
    title: 'No escalation ladder',
    summary: 'A preventive deployment without a clause setting graduated steps up to explicit military warnings.',
    basis: { source: 'seed', ref: 'Preventive deployments: explicit military threats if undesired actions continue' },
    target: TARGETS.library,
    check: (ctx) =>
      ctx.clauses.length > 0 && ctx.deployment === true && !ctx.roles.has('escalation-ladder')
        ? [proposing('Set out the graduated steps the force takes if preparations for violence continue, from warnings to explicit military threats, so deterrence does not jump straight to force.', fitting(ctx, ['dep-escalation-ladder']))]
        : [],
  },
  {
    id: 'tripwire-clause-missing',
    severity: 'warning', step: 'clauses',
    title: 'Commitment procedure not in the mandate',
    summary: 'An over-the-horizon posture, but no clause states how the force is committed.',
    basis: { source: 'seed', ref: 'Preventive deployments: over-the-horizon force and tripwires' },
    target: TARGETS.library,
    check: (ctx) =>
      ctx.clauses.length > 0 && ctx.tags.get('over-the-horizon') === true && !ctx.roles.has('tripwires')
        ? [proposing('The force is held over the horizon but no paragraph says how and on what kind of events it is committed. Keep the detailed tripwires in the plan and the rules of engagement; the mandate states the procedure.', fitting(ctx, ['dep-tripwire-rules', 'dep-oth-force']))]
        : [],
  },
  {
    id: 'victim-retribution',
    severity: 'info', step: 'clauses',
    title: 'Protected communities may retaliate',
    summary: 'A deployment protecting a much weaker group: plan against retribution by those protected.',
    basis: { source: 'seed', ref: 'Risks of preventive deployments: intended victims empowered to retaliate' },
    riskId: 'rsk-victim-retribution',
    target: TARGETS.library,
    check: (ctx) =>
      ctx.deployment === true && ctx.tags.get('power-imbalance') === true
        ? [proposing('People who feel shielded by the force may take revenge themselves. Call on all communities to refrain from reprisals and watch for them.', fitting(ctx, ['dep-no-reprisals']))]
        : [],
  },
  {
    id: 'family-missing',
    severity: 'warning', step: 'clauses',
    title: 'Mission type without its clauses',
    summary: 'The mission type includes a political mission or a deployment but no clause of that family.',
    basis: { source: 'planning-practice', ref: 'mandate matches mission design' },
    target: TARGETS.library,
    check: (ctx) => {
      const { clauses, deployment, political } = ctx;
      if (!clauses.length) return [];
      const has = (family: string) => clauses.some((v) => v.clause.family === family);
      const out: Finding[] = [];
      if (deployment === true && !has('deployment')) out.push(proposing('The plan includes a preventive deployment but no deployment clause establishes or tasks the force.', fitting(ctx, ['dep-establish']), { subject: 'deployment' }));
      if (political === true && !has('political')) out.push(proposing('The plan includes a political mission but no political-mission clause gives it tasks.', fitting(ctx, ['pol-early-warning', 'pol-hr-monitoring']), { subject: 'political' }));
      return out;
    },
  },
  {
    id: 'force-not-established',
    severity: 'warning', step: 'clauses',
    title: 'A force tasked but never established',
    summary: 'Deployment clauses task a force, but no paragraph establishes or authorizes it.',
    basis: { source: 'council-practice', ref: 'a mandate establishes the mission before tasking it (resolutions 1270, 1996)' },
    target: TARGETS.library,
    check: (ctx) => {
      const tasking = ctx.clauses.filter((v) => v.clause.family === 'deployment' && !v.roles.has('force-establishment'));
      if (ctx.deployment !== true || !tasking.length || ctx.roles.has('force-establishment')) return [];
      return [proposing(`${tasking[0]!.label} and other deployment paragraphs task a force that no paragraph establishes.`, fitting(ctx, ['dep-establish']))];
    },
  },
  {
    id: 'transition-missing',
    severity: 'info', step: 'clauses',
    title: 'No exit through a political mission',
    summary: 'A deployment with no clause planning the handover to a political mission.',
    basis: { source: 'seed', ref: 'successful deployments may transform into political missions' },
    riskId: 'rsk-root-causes',
    target: TARGETS.library,
    check: (ctx) =>
      ctx.clauses.length > 0 && ctx.deployment === true && !ctx.roles.has('transition')
        ? [proposing('A deployment can hold violence off without removing its causes. Ask for options to hand over to a political mission once the risk recedes.', fitting(ctx, ['cc-transition']))]
        : [],
  },
  {
    id: 'clause-mission-mismatch',
    severity: 'warning', step: 'clauses',
    title: 'Clause meant for another mission type',
    summary: 'A library clause written for political missions is used in a deployment-only plan, or the reverse.',
    basis: { source: 'planning-practice', ref: 'mandate matches mission design' },
    target: TARGETS.missionType,
    check: ({ plan, clauses }) => {
      const type = plan.mission.type;
      if (type !== 'political' && type !== 'preventive-deployment') return [];
      return perClause(clauses, (v) =>
        v.template && !v.template.missionTypes.includes(type) ? `${v.label} is written for ${v.template.missionTypes.map((t) => MISSION_WORDS[t]).join(' and ')}, but the plan is for ${MISSION_WORDS[type]} only.` : null,
      );
    },
  },
  {
    id: 'clause-situation-mismatch',
    severity: 'warning', step: 'clauses',
    title: 'Clause does not fit the situation',
    summary: 'A library clause needs a condition the situation rules out (e.g. mediation with irreconcilable aims).',
    basis: { source: 'planning-practice', ref: 'clause applicability' },
    target: TARGETS.library,
    check: ({ tags, clauses }) =>
      perClause(clauses, (v) => {
        const unmet = (v.template?.requires ?? []).filter((t) => tags.get(t) === false);
        return unmet.length ? `${v.label} needs ${unmet.map((t) => TAG_LABELS[t]).join(' and ')}, which the situation assessment rules out.` : null;
      }),
  },
  {
    id: 'duplicate-clause',
    severity: 'warning', step: 'clauses',
    title: 'Same clause twice',
    summary: 'Two clauses come from the same template with the same parameters.',
    basis: { source: 'council-practice', ref: 'each paragraph says one thing once' },
    target: TARGETS.library,
    check: ({ clauses }) => {
      const seen = new Map<string, PlanClauseView>();
      return perClause(clauses, (v) => {
        if (!v.template) return null;
        const key = `${v.template.id}|${v.rendered.text}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, v);
          return null;
        }
        return `${v.label} repeats ${first.label}.`;
      });
    },
  },
  {
    id: 'opening-form',
    severity: 'warning', step: 'clauses',
    title: 'Opening word in the wrong form',
    summary: 'An operative paragraph opens with a participle, or a preambular one with a present-tense verb.',
    basis: { source: 'council-practice', ref: 'preambular participles, operative verbs' },
    target: TARGETS.library,
    check: ({ clauses }) =>
      perClause(clauses, (v) => {
        const first = v.clause.opening.trim().split(/\s+/)[0] ?? '';
        if (!first) return null;
        if (v.clause.kind === 'operative' && /ing$/i.test(first)) return `${v.label} opens with "${first}", a participle; operative paragraphs open with a verb such as Decides, Authorizes or Requests.`;
        if (v.clause.kind === 'preambular' && /s$/i.test(first) && !/(ss|ous)$/i.test(first)) return `${v.label} opens with "${first}"; preambular paragraphs open with a participle such as Recalling, Reaffirming or Expressing concern.`;
        return null;
      }),
  },
];
