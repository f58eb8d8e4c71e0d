/** Small pieces every rule file uses: one-finding results, per-clause findings, targets and clause suggestions. */
import { findClauseTemplate } from '../../content/clauses';
import type { ClauseRole, ClauseTemplate } from '../../content/clauses';
import type { AdviceTarget, ClauseSuggestion, Finding, GuidanceContext, PlanClauseView, WizardStep } from '../guidance-types';

/** One finding when `fires`, none otherwise. */
export const once = (fires: boolean, message: string, extra: Omit<Finding, 'message'> = {}): Finding[] => (fires ? [{ message, ...extra }] : []);

/** A finding for every clause `fn` has something to say about, each pointing at its clause. */
export const perClause = (views: readonly PlanClauseView[], fn: (v: PlanClauseView) => string | null): Finding[] =>
  views.flatMap((v) => {
    const message = fn(v);
    return message ? [{ subject: v.clause.id, message, target: clauseTarget(v) }] : [];
  });

export const field = (id: string, step: WizardStep, label: string): AdviceTarget => ({ kind: 'field', id, step, label });

/** The controls advice most often points to, named as the wizard names them. */
export const TARGETS = {
  pillar: field('situation.r2pPillar', 'situation', 'R2P pillar context'),
  stage: field('situation.atrocityStage', 'situation', 'How close atrocity crimes are'),
  conflict: field('situation.conflictContext', 'situation', 'Conflict context'),
  consent: field('situation.hostConsent', 'situation', 'Host-state consent'),
  perpetrators: field('situation.perpetrators', 'situation', 'Potential perpetrators'),
  presence: field('situation.existingPresence', 'situation', 'Mission already on the ground'),
  objectives: field('situation.objectivesReconcilable', 'situation', 'Reconcilable objectives'),
  maroActors: field('situation.maro.perpetrators', 'risk-factors', 'Who is who'),
  impartiality: field('situation.maro.impartialityStance', 'risk-factors', 'Stance on impartiality'),
  escalation: field('situation.maro.escalationResponse', 'risk-factors', 'Expected escalation response'),
  missionType: field('mission.type', 'mission', 'Mission type'),
  politicalForm: field('mission.politicalForm', 'mission', 'Form of the political mission'),
  posture: field('mission.posture', 'mission', 'Posture of the deployment'),
  tripwires: field('mission.tripwires', 'mission', 'Tripwires'),
  authorization: field('mission.authorization', 'mission', 'Outlook for authorization'),
  personnel: field('mission.personnel', 'mission', 'Personnel'),
  endState: field('mission.planning.endState', 'mission', 'End state'),
  exitCriteria: field('mission.planning.exitCriteria', 'mission', 'Exit criteria'),
  benchmarks: field('mission.planning.benchmarks', 'mission', 'Benchmarks'),
  phasing: field('mission.planning.phasing', 'mission', 'Phasing'),
  forceGeneration: field('mission.planning.forceGeneration', 'mission', 'Force generation and enablers'),
  statusAgreement: field('mission.planning.statusAgreement', 'mission', 'Status agreement'),
  authority: field('mandate.authority', 'review', 'Mandating authority'),
  duration: field('mandate.durationMonths', 'review', 'Duration'),
  startDate: field('mandate.startDate', 'review', 'Start date'),
  reviewDate: field('mandate.reviewDate', 'review', 'Review date'),
  reporting: field('mandate.reportingIntervalDays', 'review', 'Reporting interval'),
  library: { kind: 'library', id: 'library', step: 'clauses', label: 'Clause library' } as AdviceTarget,
} as const;

export const factorTarget = (n: number, name: string): AdviceTarget => ({ kind: 'risk-factor', id: `factor-${n}`, step: 'risk-factors', label: `Factor ${n}: ${name}` });

export const clauseTarget = (v: PlanClauseView): AdviceTarget => ({ kind: 'clause', id: v.clause.id, step: 'clauses', label: v.label.replace(/^./, (c) => c.toUpperCase()) });

export const libraryTarget = (t: ClauseSuggestion): AdviceTarget => ({ kind: 'library', id: t.templateId, step: 'clauses', label: `Add “${t.title}” from the library` });

/**
 * The templates among `ids` that fit the plan and are not in its mandate yet: written for its
 * mission type and not ruled out by the situation. Advice never proposes a clause the library
 * would mark as unsuited, nor one the planner already added.
 */
export function fitting(ctx: GuidanceContext, ids: readonly string[]): ClauseSuggestion[] {
  const type = ctx.plan.mission.type;
  return ids
    .map((id) => findClauseTemplate(id))
    .filter((t): t is ClauseTemplate => t !== undefined)
    .filter((t) => (type === 'political' || type === 'preventive-deployment' ? t.missionTypes.includes(type) : true))
    .filter((t) => t.requires.every((tag) => ctx.tags.get(tag) !== false))
    .filter((t) => !ctx.clauses.some((v) => v.template?.id === t.id))
    .map((t) => ({ templateId: t.id, title: t.title }));
}

/** "“A”, “B” or “C”", for a message that names the clauses it proposes. */
export function titles(list: readonly ClauseSuggestion[]): string {
  const quoted = list.map((s) => `“${s.title}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** A finding that proposes library clauses: names them, links to the first, and carries them all. */
export function proposing(message: string, suggestions: readonly ClauseSuggestion[], extra: Omit<Finding, 'message'> = {}): Finding {
  const add = suggestions.length ? ` Add ${titles(suggestions)} from the library.` : '';
  return { message: `${message}${add}`, clauses: suggestions, ...(suggestions[0] ? { target: libraryTarget(suggestions[0]) } : {}), ...extra };
}

/** Clauses of the mandate that play the role. */
export const withRole = (ctx: GuidanceContext, role: ClauseRole): PlanClauseView[] => ctx.clauses.filter((v) => v.roles.has(role));
