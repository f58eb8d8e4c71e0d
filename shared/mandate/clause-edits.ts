/**
 * Builders for mandate edits. They return PlanEdits for the document reducer (so undo/redo and
 * the dirty flag cover them) and never mutate the plan. Any change to a final mandate also puts
 * it back to draft, because "final" was only true of the text that was reviewed.
 */
import { clauseTemplate } from '../content/clauses';
import type { ClauseFamily, ClauseKind, Priority } from '../content/clauses';
import { newId } from '../plan/ids';
import type { PlanEdit } from '../plan/edit';
import type { Clause, Instrument, Mandate, Plan } from '../plan/schema';
import { fail, ok } from '../result';
import type { Result } from '../result';
import { INSTRUMENT_PROFILES, planInstrument } from './authority';
import { clauseFromTemplate, paramSpecsFor } from './clause-factory';
import { factFor, paramLink } from './plan-facts';
import { clauseRoles } from './clause-roles';
import { blockingAdvice, evaluateGuidance } from './guidance';

const CLAUSES = ['mandate', 'clauses'] as const;
const PARAM_NAME = /^[a-z][a-z0-9_]{0,40}$/;

function indexOf(plan: Plan, clauseId: string): number {
  const i = plan.mandate.clauses.findIndex((c) => c.id === clauseId);
  if (i === -1) throw new Error(`The mandate has no clause ${clauseId}.`);
  return i;
}

/** Wraps edits so that editing a final mandate returns it to draft in the same undo step. */
function withDraft(plan: Plan, edits: PlanEdit[]): PlanEdit {
  const all = plan.mandate.status === 'final' ? [...edits, { kind: 'set', path: ['mandate', 'status'], value: 'draft' } as const] : edits;
  return all.length === 1 ? all[0]! : { kind: 'batch', edits: all };
}

/** Where a new clause of this kind goes: after the last preambular paragraph, or before "remains seized". */
export function defaultInsertIndex(plan: Plan, kind: ClauseKind): number {
  const clauses = plan.mandate.clauses;
  if (kind === 'preambular') {
    const last = clauses.map((c) => c.kind).lastIndexOf('preambular');
    return last + 1;
  }
  const closing = clauses.findIndex((c) => c.kind === 'operative' && clauseRoles(c).has('closing'));
  return closing === -1 ? clauses.length : closing;
}

/** Adds a clause from a library template with parameters filled from the plan where it can. */
export function addClauseFromTemplate(plan: Plan, templateId: string, options: { id?: string; index?: number; params?: Record<string, string> } = {}): PlanEdit {
  const template = clauseTemplate(templateId);
  const clause = clauseFromTemplate(plan, template, { ...(options.id ? { id: options.id } : {}), ...(options.params ? { params: options.params } : {}) });
  return withDraft(plan, [{ kind: 'insert', path: CLAUSES, index: options.index ?? defaultInsertIndex(plan, template.kind), value: clause }]);
}

export interface CustomClauseInput {
  kind: ClauseKind;
  family?: ClauseFamily;
  opening: string;
  text: string;
  priority?: Priority;
  /** True for an operative clause that authorises a task (reporting and end date then follow the mandate). */
  task?: boolean;
  id?: string;
  index?: number;
}

/** Adds a clause the planner wrote; {name} placeholders in it become parameters to fill. */
export function addCustomClause(plan: Plan, input: CustomClauseInput): PlanEdit {
  const clause: Clause = {
    id: input.id ?? newId('cl'),
    family: input.family ?? 'cross-cutting',
    kind: input.kind,
    templateId: null,
    opening: input.opening,
    text: input.text,
    params: {},
    priority: input.priority ?? 'important',
    task: input.task && input.kind === 'operative' ? { reportingIntervalDays: null, reviewDate: '' } : null,
  };
  return withDraft(plan, [{ kind: 'insert', path: CLAUSES, index: input.index ?? defaultInsertIndex(plan, input.kind), value: clause }]);
}

export type ClausePatch = Partial<Pick<Clause, 'opening' | 'text' | 'priority' | 'task' | 'family' | 'kind'>>;

/** Changes one or more fields of a clause as a single undo step. */
export function updateClause(plan: Plan, clauseId: string, patch: ClausePatch): PlanEdit {
  const i = indexOf(plan, clauseId);
  const edits: PlanEdit[] = Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ kind: 'set', path: [...CLAUSES, i, field], value }));
  return withDraft(plan, edits);
}

/** The overrides a clause has now, spelled out for a clause from before facts followed the plan. */
function currentOverrides(plan: Plan, clause: Clause): string[] {
  if (clause.overrides) return clause.overrides;
  return paramSpecsFor(clause).filter((spec) => paramLink(plan, clause, spec).state === 'overridden').map((spec) => spec.name);
}

/**
 * Sets one parameter value; the name must be a valid placeholder name. Typing a value into a
 * parameter that follows a plan fact makes it this clause's own (an override); typing the fact
 * itself makes it follow again. Either way the value is the planner's, so no longer a suggestion.
 */
export function setClauseParam(plan: Plan, clauseId: string, name: string, value: string): PlanEdit {
  if (!PARAM_NAME.test(name)) throw new Error(`"${name}" is not a parameter name (lower-case letters, digits and _).`);
  const i = indexOf(plan, clauseId);
  const clause = plan.mandate.clauses[i]!;
  const spec = paramSpecsFor(clause).find((s) => s.name === name);
  let overrides = currentOverrides(plan, clause).filter((n) => n !== name);
  if (spec?.fromPlan) {
    const fact = factFor(plan, clause, spec.fromPlan);
    if (value !== fact && !(fact === '' && value.trim() === '')) overrides = [...overrides, name];
  }
  const next: Clause = { ...clause, params: { ...clause.params, [name]: value }, overrides, suggested: (clause.suggested ?? []).filter((n) => n !== name) };
  return withDraft(plan, [{ kind: 'set', path: [...CLAUSES, i], value: next }]);
}

/** Lets one parameter follow the plan's fact again, dropping the clause's own value. */
export function followPlanFact(plan: Plan, clauseId: string, name: string): PlanEdit | null {
  const i = indexOf(plan, clauseId);
  const clause = plan.mandate.clauses[i]!;
  const spec = paramSpecsFor(clause).find((s) => s.name === name);
  if (!spec?.fromPlan) return null;
  const fact = factFor(plan, clause, spec.fromPlan);
  const next: Clause = { ...clause, params: { ...clause.params, [name]: fact }, overrides: currentOverrides(plan, clause).filter((n) => n !== name) };
  return withDraft(plan, [{ kind: 'set', path: [...CLAUSES, i], value: next }]);
}

/** Confirms the values the app proposed for a clause (all of them, or the one named). */
export function confirmSuggestions(plan: Plan, clauseId: string, name?: string): PlanEdit | null {
  const i = indexOf(plan, clauseId);
  const clause = plan.mandate.clauses[i]!;
  const left = name ? (clause.suggested ?? []).filter((n) => n !== name) : [];
  if ((clause.suggested ?? []).length === left.length) return null;
  return withDraft(plan, [{ kind: 'set', path: [...CLAUSES, i], value: { ...clause, suggested: left } }]);
}

/** Attaches "Acting under Chapter VII …" to one operative paragraph, or takes it off. */
export function setChapterVii(plan: Plan, clauseId: string, on: boolean): PlanEdit {
  const i = indexOf(plan, clauseId);
  const { chapterVii: _drop, ...rest } = plan.mandate.clauses[i]!;
  return withDraft(plan, [{ kind: 'set', path: [...CLAUSES, i], value: on ? { ...rest, chapterVii: true } : rest }]);
}

/** Sets or clears the task marking, with its own reporting interval and review date (null/'' follow the mandate). */
export function setClauseTask(plan: Plan, clauseId: string, task: Clause['task']): PlanEdit {
  return updateClause(plan, clauseId, { task });
}

/** Puts a library clause's wording and opening back to the template's, keeping its parameter values. */
export function resetClauseWording(plan: Plan, clauseId: string): PlanEdit {
  const clause = plan.mandate.clauses[indexOf(plan, clauseId)]!;
  if (!clause.templateId) throw new Error('A clause the planner wrote has no template wording to go back to.');
  const template = clauseTemplate(clause.templateId);
  return updateClause(plan, clauseId, { opening: template.opening, text: template.text });
}

/** Removes a clause. */
export function removeClause(plan: Plan, clauseId: string): PlanEdit {
  return withDraft(plan, [{ kind: 'remove', path: CLAUSES, index: indexOf(plan, clauseId) }]);
}

/**
 * Moves a clause to a position among the clauses of its own kind (0 = first preambular or first
 * operative paragraph), as the review lists them. Null when it is already there.
 */
export function moveClause(plan: Plan, clauseId: string, toPosition: number): PlanEdit | null {
  const from = indexOf(plan, clauseId);
  const kind = plan.mandate.clauses[from]!.kind;
  const sameKind = plan.mandate.clauses.flatMap((c, i) => (c.kind === kind ? [i] : []));
  const target = Math.max(0, Math.min(Math.trunc(toPosition), sameKind.length - 1));
  const to = sameKind[target]!;
  if (to === from) return null;
  return withDraft(plan, [{ kind: 'move', path: CLAUSES, from, to }]);
}

/** Moves a clause one place up or down among its own kind, for keyboard reordering; null at either end. */
export function nudgeClause(plan: Plan, clauseId: string, direction: 'up' | 'down'): PlanEdit | null {
  const from = indexOf(plan, clauseId);
  const kind = plan.mandate.clauses[from]!.kind;
  const position = plan.mandate.clauses.filter((c, i) => c.kind === kind && i < from).length;
  const next = direction === 'up' ? position - 1 : position + 1;
  const count = plan.mandate.clauses.filter((c) => c.kind === kind).length;
  return next < 0 || next >= count ? null : moveClause(plan, clauseId, next);
}

export type MandateField = 'authority' | 'durationMonths' | 'startDate' | 'reviewDate' | 'reportingIntervalDays' | 'instrument' | 'consentBasis';

/** Sets a mandate-wide field (authority, duration, dates, reporting interval, instrument, consent basis). */
export function setMandateField<K extends MandateField>(plan: Plan, field: K, value: Mandate[K]): PlanEdit {
  // The instrument and consent basis are optional fields, so they are set with the whole mandate.
  if (!Object.hasOwn(plan.mandate, field)) return withDraft(plan, [{ kind: 'set', path: ['mandate'], value: { ...plan.mandate, [field]: value, ...(plan.mandate.status === 'final' ? { status: 'draft' } : {}) } }]);
  return withDraft(plan, [{ kind: 'set', path: ['mandate', field], value }]);
}

/**
 * Switches the instrument, and the mandating body with it when the body was the old instrument's
 * default. Clauses and their values are untouched: the wording of each instrument is rendered from them.
 */
export function setInstrument(plan: Plan, instrument: Instrument): PlanEdit {
  const before = INSTRUMENT_PROFILES[planInstrument(plan)].body;
  const authority = plan.mandate.authority.trim() === '' || plan.mandate.authority.trim() === before ? INSTRUMENT_PROFILES[instrument].body : plan.mandate.authority;
  return { kind: 'set', path: ['mandate'], value: { ...plan.mandate, instrument, authority, status: 'draft' } };
}

/** Marks the mandate final, refused while guidance reports a blocking problem. */
export function finaliseMandate(plan: Plan): Result<PlanEdit> {
  const blocking = blockingAdvice(evaluateGuidance(plan));
  if (blocking.length) {
    return fail('NOT_ALLOWED', `The mandate cannot be marked final while ${blocking.length} blocking problem${blocking.length === 1 ? '' : 's'} remain${blocking.length === 1 ? 's' : ''}.`, blocking.slice(0, 5).map((a) => `${a.title}: ${a.message}`));
  }
  return ok({ kind: 'set', path: ['mandate', 'status'], value: 'final' });
}

/** Returns a final mandate to draft. */
export function reopenMandate(): PlanEdit {
  return { kind: 'set', path: ['mandate', 'status'], value: 'draft' };
}

/** Records that the planner acknowledged a piece of advice; blocking advice stays visible regardless. */
export function dismissAdvice(plan: Plan, adviceId: string): PlanEdit | null {
  if (plan.guidance.dismissed.includes(adviceId)) return null;
  return { kind: 'insert', path: ['guidance', 'dismissed'], index: plan.guidance.dismissed.length, value: adviceId };
}

/** Shows a dismissed piece of advice again. */
export function restoreAdvice(plan: Plan, adviceId: string): PlanEdit | null {
  const i = plan.guidance.dismissed.indexOf(adviceId);
  return i === -1 ? null : { kind: 'remove', path: ['guidance', 'dismissed'], index: i };
}
