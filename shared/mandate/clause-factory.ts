/**
 * Turns a library template into a plan clause, filling parameters from what the plan already
 * says (mission name, personnel ceilings, dates, tripwires) so planners only type what is new.
 */
import { clauseTemplate, findClauseTemplate } from '../content/clauses';
import type { ClauseTemplate, ParamSpec, PlanSource, Priority } from '../content/clauses';
import { RISK_FACTORS } from '../content/risk-factors';
import { newId } from '../plan/ids';
import type { Clause, Plan } from '../plan/schema';
import { templateParams } from './templating';
import { mandateEndDate } from './timeline';
import { planningOf } from '../plan/planning';

/** "UN Preventive Mission in Veloria (UNPMV)" reads as "UNPMV" inside a paragraph. */
export function shortMissionName(name: string): string {
  const acronym = /\(([^()]{2,20})\)\s*$/.exec(name.trim());
  return acronym ? acronym[1]!.trim() : name.trim();
}

/** Lower-cases a leading capital unless the word is an acronym, for text that continues a sentence. */
function inSentence(text: string): string {
  const t = text.trim();
  return /^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t;
}

function numberOrEmpty(n: number | null): string {
  return n === null || n <= 0 ? '' : String(n);
}

/** The value a plan supplies for a parameter source, or '' when the plan has nothing yet. */
export function planValue(plan: Plan, source: PlanSource): string {
  const { mission, mandate, situation } = plan;
  switch (source) {
    case 'mission-name':
      return shortMissionName(plan.cover.missionName);
    case 'host-state':
      return (mission.hostState ?? '').trim() || plan.cover.countryRegion.trim();
    case 'country-region':
      return plan.cover.countryRegion.trim();
    case 'response-hours':
      return numberOrEmpty(mission.responseHours ?? null);
    case 'existing-mission':
      return situation.existingPresence.exists ? shortMissionName(situation.existingPresence.name) : '';
    case 'military-ceiling':
      return numberOrEmpty(mission.personnel.military);
    case 'police-ceiling':
      return numberOrEmpty(mission.personnel.police);
    case 'duration-months':
      return numberOrEmpty(mandate.durationMonths);
    case 'start-date':
      return mandate.startDate;
    case 'end-date':
      return mandateEndDate(mandate);
    case 'review-date':
      return mandate.reviewDate;
    case 'reporting-interval':
      return numberOrEmpty(mandate.reportingIntervalDays);
    case 'tripwires':
      // Only a public tripwire may be quoted in the mandate; the others stay in the plan and the brief.
      return mission.tripwires.filter((t) => t.disclosure === 'public').map((t) => inSentence(t.event)).filter(Boolean).join('\n');
    case 'high-risk-factors':
      return situation.riskFactors
        .filter((f) => f.level === 'high')
        .map((f) => inSentence(RISK_FACTORS[f.factor - 1]?.shortName ?? ''))
        .filter(Boolean)
        .join('\n');
    case 'end-state':
      return planningOf(mission).endState.trim();
    case 'exit-criteria':
      return planningOf(mission).exitCriteria.trim();
    case 'ioc-date':
      return planningOf(mission).iocDate;
    case 'foc-date':
      return planningOf(mission).focDate;
    case 'benchmarks':
      return planningOf(mission).benchmarks.map((b) => b.text.trim()).filter(Boolean).join('\n');
  }
}

/**
 * The value a source gives this clause. In a design with both a political mission and a force,
 * deployment paragraphs address the force by its own name and the others the political mission.
 */
export function factFor(plan: Plan, clause: Pick<Clause, 'family'>, source: PlanSource): string {
  if (source === 'mission-name' && clause.family === 'deployment' && plan.mission.type === 'both') {
    const force = shortMissionName(plan.mission.forceName ?? '');
    if (force) return force;
  }
  return planValue(plan, source);
}

/** Starting value for one parameter: from the plan, else the spec's default, else empty (a gap). */
export function initialParamValue(plan: Plan | null, spec: ParamSpec, family: Clause['family'] = 'cross-cutting'): string {
  const fromPlan = plan && spec.fromPlan ? factFor(plan, { family }, spec.fromPlan) : '';
  return fromPlan || spec.default || '';
}

/** Starting values for every parameter of a template. */
export function defaultParams(plan: Plan | null, template: ClauseTemplate): Record<string, string> {
  return Object.fromEntries(template.params.map((spec) => [spec.name, initialParamValue(plan, spec, template.family)]));
}

export interface FromTemplateOptions {
  id?: string;
  /** Values that override the defaults, e.g. the sample plan's filled parameters. */
  params?: Record<string, string>;
  priority?: Priority;
  /** Overrides the task marking a task template gets. */
  task?: Clause['task'];
}

/**
 * A plan clause built from a template (with no plan, only the specs' defaults fill parameters).
 * A task gets an empty reporting interval and review date, meaning it follows the mandate-wide
 * values until the planner sets its own.
 */
export function clauseFromTemplate(plan: Plan | null, templateOrId: ClauseTemplate | string, options: FromTemplateOptions = {}): Clause {
  const template = typeof templateOrId === 'string' ? clauseTemplate(templateOrId) : templateOrId;
  const given = options.params ?? {};
  // A value only the spec's default supplied is the app's proposal, shown as a suggestion until confirmed.
  const suggested = template.params
    .filter((spec) => spec.default && !Object.hasOwn(given, spec.name) && !(plan && spec.fromPlan && factFor(plan, template, spec.fromPlan)))
    .map((spec) => spec.name);
  // A value given for a fact the plan holds differently is the planner's own, so it stays put.
  const fact = (spec: ParamSpec) => (plan && spec.fromPlan ? factFor(plan, template, spec.fromPlan) : '');
  const overrides = template.params.filter((spec) => Object.hasOwn(given, spec.name) && fact(spec) !== '' && given[spec.name] !== fact(spec)).map((spec) => spec.name);
  return {
    id: options.id ?? newId('cl'),
    family: template.family,
    kind: template.kind,
    templateId: template.id,
    opening: template.opening,
    text: template.text,
    params: { ...defaultParams(plan, template), ...options.params },
    priority: options.priority ?? template.priority,
    task: options.task !== undefined ? options.task : template.authorisesTask ? { reportingIntervalDays: null, reviewDate: '' } : null,
    overrides,
    suggested,
  };
}

/**
 * The parameters a clause's form should offer: its template's specs, then a text field for each
 * placeholder the wording uses that no spec declares (all of them for a clause the planner wrote).
 */
export function paramSpecsFor(clause: Pick<Clause, 'templateId' | 'text'>): ParamSpec[] {
  const declared = findClauseTemplate(clause.templateId)?.params ?? [];
  const extra = templateParams(clause.text)
    .filter((name) => !declared.some((p) => p.name === name))
    .map((name): ParamSpec => ({ name, label: name.replace(/_/g, ' '), type: 'text', example: '', required: true }));
  return [...declared, ...extra];
}
