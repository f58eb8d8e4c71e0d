/** Guidance on the choice of clauses: what the situation calls for and what does not fit it. */
import { TAG_LABELS } from '../situation-tags';
import type { Finding, GuidanceRule, PlanClauseView } from '../guidance-types';

const once = (fires: boolean, message: string, extra: Omit<Finding, 'message'> = {}): Finding[] => (fires ? [{ message, ...extra }] : []);
const perClause = (views: readonly PlanClauseView[], fn: (v: PlanClauseView) => string | null): Finding[] =>
  views.flatMap((v) => {
    const message = fn(v);
    return message ? [{ subject: v.clause.id, message, target: { kind: 'clause' as const, id: v.clause.id } }] : [];
  });

const MISSION_WORDS = { political: 'political missions', 'preventive-deployment': 'preventive deployments' } as const;

export const CLAUSE_RULES: readonly GuidanceRule[] = [
  {
    id: 'mandate-empty',
    severity: 'blocking', step: 'clauses',
    title: 'The mandate has no clauses',
    summary: 'No preambular or operative paragraph has been added.',
    basis: { source: 'council-practice', ref: 'shape of a mandate' },
    check: ({ clauses }) => once(clauses.length === 0, 'Pick clauses from the library or write your own; the library is filtered to your mission type and situation.'),
  },
  {
    id: 'no-operative-clause',
    severity: 'blocking', step: 'clauses',
    title: 'No operative paragraph',
    summary: 'Clauses exist but none is operative, so the mandate decides nothing.',
    basis: { source: 'council-practice', ref: 'numbered operative paragraphs opening with a verb' },
    check: ({ clauses }) => once(clauses.length > 0 && !clauses.some((v) => v.clause.kind === 'operative'), 'Preambular paragraphs only set the scene; add operative paragraphs that decide, authorize and request.'),
  },
  {
    id: 'prevention-not-written-in',
    severity: 'warning', step: 'clauses',
    title: 'Atrocity prevention not written into the mandate',
    summary: 'No clause names the prevention of atrocity crimes.',
    basis: { source: 'seed', ref: 'Conclusions: atrocity prevention written into mandates early' },
    check: ({ clauses, roles, plan }) =>
      once(
        clauses.length > 0 && !roles.has('atrocity-prevention'),
        `No paragraph makes the prevention of atrocity crimes a task. Writing it in early lets the mission adjust quickly if the situation escalates${plan.situation.existingPresence.exists ? '; for the mission already present, expand its mandate accordingly' : ''}.`,
      ),
  },
  {
    id: 'objectives-irreconcilable',
    severity: 'warning', step: 'clauses',
    title: 'Objectives irreconcilable: mediation is weak',
    summary: 'The parties\' objectives are not reconcilable, so mediation clauses will carry little weight.',
    basis: { source: 'seed', ref: 'Political missions: mediation only useful when objectives are reconcilable' },
    check: ({ plan, clauses }) => {
      if (plan.situation.objectivesReconcilable !== 'no') return [];
      const mediation = clauses.filter((v) => v.roles.has('mediation')).map((v) => v.label);
      const named = mediation.length ? ` Reconsider ${mediation.join(', ')}.` : '';
      return [{ message: `Mediation helps only when the parties' aims can be reconciled. Favour deterrence, witness (monitoring and public reporting) and direct protection instead.${named}` }];
    },
  },
  {
    id: 'protection-missing',
    severity: 'warning', step: 'clauses',
    title: 'No protection-of-civilians clause',
    summary: 'Atrocities are imminent or the victims are far weaker, yet no clause protects civilians.',
    basis: { source: 'un-poc', ref: 'physical protection (tier 2) in pre-emption and response' },
    check: ({ tags, roles, clauses }) => {
      const why = [tags.get('pillar-3') === true && 'atrocities are imminent or ongoing', tags.get('power-imbalance') === true && 'the potential victims are far weaker than the perpetrators'].filter(Boolean);
      return once(clauses.length > 0 && why.length > 0 && !roles.has('protection'), `${why.join(' and ')}, but no paragraph tasks the mission with protecting civilians. Add protection clauses (presence, protection of sites, all necessary means for a deployment; protective presence and accompaniment for a political mission).`.replace(/^./, (c) => c.toUpperCase()));
    },
  },
  {
    id: 'spillover-unaddressed',
    severity: 'warning', step: 'clauses',
    title: 'Cross-border threat not addressed',
    summary: 'Spill-over risk or cross-border perpetrators, and no border-monitoring or containment clause.',
    basis: { source: 'precedent', ref: 'UNPREDEP, resolution 983 (1995): monitoring the border areas' },
    riskId: 'rsk-spillover',
    check: ({ tags, roles, clauses }) =>
      once(
        clauses.length > 0 && (tags.get('spillover-risk') === true || tags.get('cross-border-threat') === true) && !roles.has('border-monitoring') && !roles.has('spillover-containment'),
        'The situation carries a risk of spill-over or a threat from across the border, but no paragraph watches the border areas or contains the violence. Consider border monitoring and reporting, a containment task, or a region-wide mandate.',
      ),
  },
  {
    id: 'escalation-ladder-missing',
    severity: 'warning', step: 'clauses',
    title: 'No escalation ladder',
    summary: 'A preventive deployment without a clause setting graduated steps up to explicit military warnings.',
    basis: { source: 'seed', ref: 'Preventive deployments: explicit military threats if undesired actions continue' },
    check: ({ deployment, roles, clauses }) =>
      once(clauses.length > 0 && deployment === true && !roles.has('escalation-ladder'), 'Set out the graduated steps the force takes if preparations for violence continue, from warnings to explicit military threats, so deterrence does not jump straight to force.'),
  },
  {
    id: 'tripwire-clause-missing',
    severity: 'warning', step: 'clauses',
    title: 'Tripwires not in the mandate',
    summary: 'An over-the-horizon posture, but no clause states the tripwires that commit the force.',
    basis: { source: 'seed', ref: 'Preventive deployments: over-the-horizon force and tripwires' },
    check: ({ tags, roles, clauses }) =>
      once(clauses.length > 0 && tags.get('over-the-horizon') === true && !roles.has('tripwires'), 'The force is held over the horizon but no paragraph names the tripwires that bring it in; a threat nobody can read does not deter.'),
  },
  {
    id: 'victim-retribution',
    severity: 'info', step: 'clauses',
    title: 'Protected communities may retaliate',
    summary: 'A deployment protecting a much weaker group: plan against retribution by those protected.',
    basis: { source: 'seed', ref: 'Risks of preventive deployments: intended victims empowered to retaliate' },
    riskId: 'rsk-victim-retribution',
    check: ({ deployment, tags }) =>
      once(deployment === true && tags.get('power-imbalance') === true, 'People who feel shielded by the force may take revenge themselves. Call on all communities to refrain from reprisals and watch for them.'),
  },
  {
    id: 'family-missing',
    severity: 'warning', step: 'clauses',
    title: 'Mission type without its clauses',
    summary: 'The mission type includes a political mission or a deployment but no clause of that family.',
    basis: { source: 'planning-practice', ref: 'mandate matches mission design' },
    check: ({ clauses, deployment, political }) => {
      if (!clauses.length) return [];
      const has = (family: string) => clauses.some((v) => v.clause.family === family);
      const out: Finding[] = [];
      if (deployment === true && !has('deployment')) out.push({ subject: 'deployment', message: 'The plan includes a preventive deployment but no deployment clause establishes or tasks the force.' });
      if (political === true && !has('political')) out.push({ subject: 'political', message: 'The plan includes a political mission but no political-mission clause gives it tasks.' });
      return out;
    },
  },
  {
    id: 'transition-missing',
    severity: 'info', step: 'clauses',
    title: 'No exit through a political mission',
    summary: 'A deployment with no clause planning the handover to a political mission.',
    basis: { source: 'seed', ref: 'successful deployments may transform into political missions' },
    riskId: 'rsk-root-causes',
    check: ({ deployment, roles, clauses }) =>
      once(clauses.length > 0 && deployment === true && !roles.has('transition'), 'A deployment can hold violence off without removing its causes. Ask for options to hand over to a political mission once the risk recedes.'),
  },
  {
    id: 'clause-mission-mismatch',
    severity: 'warning', step: 'clauses',
    title: 'Clause meant for another mission type',
    summary: 'A library clause written for political missions is used in a deployment-only plan, or the reverse.',
    basis: { source: 'planning-practice', ref: 'mandate matches mission design' },
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
