/**
 * PlanEdit builders for the risk register. The register never mutates a plan: it asks these for
 * an edit and hands it to the document reducer, so undo/redo and the dirty flag cover every
 * change. Updates record one history entry per changed field (who, when, from, to).
 */
import type { Plan, Risk, RiskHistoryEntry } from '../plan/schema';
import type { PlanEdit } from '../plan/edit';
import type { RiskCatalogueEntry } from '../content/risk-catalogue';
import { blankDraft, draftFromCatalogue, riskFromDraft } from './new-risk';
import type { EditContext, RiskDraft } from './new-risk';
import type { RiskPatch } from './risk-validation';

export { validateRiskPatch } from './risk-validation';
export type { RiskPatch, RiskFieldProblem } from './risk-validation';
export type { EditContext, RiskDraft } from './new-risk';

const ITEMS = ['risks', 'items'] as const;
/** The schema keeps at most this many history entries per risk; the oldest give way first. */
export const HISTORY_MAX = 2000;
const HISTORY_VALUE_MAX = 2000;

function indexOfRisk(plan: Plan, riskId: string): number {
  const i = plan.risks.items.findIndex((r) => r.id === riskId);
  if (i < 0) throw new Error(`No risk ${riskId} in the register`);
  return i;
}

/** Inserts a complete risk at the end of the register. */
export function addRisk(risk: Risk, plan: Plan): PlanEdit {
  return { kind: 'insert', path: ITEMS, index: plan.risks.items.length, value: risk };
}

/** Adds a risk from a catalogue entry; returns the edit and the new risk (to select it). */
export function addRiskFromCatalogue(plan: Plan, entry: RiskCatalogueEntry, ctx: EditContext): { edit: PlanEdit; risk: Risk } {
  return addRiskFromDraft(plan, draftFromCatalogue(entry), ctx);
}

/** Adds a risk suggested by guidance or a capability gap. */
export function addRiskFromDraft(plan: Plan, draft: RiskDraft, ctx: EditContext): { edit: PlanEdit; risk: Risk } {
  const risk = riskFromDraft(draft, plan.risks.items, ctx);
  return { edit: addRisk(risk, plan), risk };
}

/** The risk part of a piece of wizard advice (shared/mandate's RiskDraft), described by shape only. */
export interface AdviceRisk {
  title: string;
  category: RiskDraft['category'];
  cause: string;
  consequence: string;
  likelihood: number;
  impact: number;
  mitigation: string;
}

/**
 * Adds the risk a piece of guidance suggests. The advice id becomes the sourceRef, which is how the
 * guidance engine knows the suggestion is already in the register.
 */
export function addRiskFromAdvice(plan: Plan, adviceId: string, suggested: AdviceRisk, ctx: EditContext): { edit: PlanEdit; risk: Risk } {
  return addRiskFromDraft(plan, { ...suggested, source: 'guidance', sourceRef: adviceId }, ctx);
}

/** Adds a blank risk for the planner to fill in. */
export function addBlankRisk(plan: Plan, ctx: EditContext): { edit: PlanEdit; risk: Risk } {
  return addRiskFromDraft(plan, blankDraft(), ctx);
}

/** How a field value reads in the history list. */
export function describeValue(field: string, value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (field === 'acceptance') {
    const a = value as NonNullable<Risk['acceptance']>;
    text = `approved by ${a.approvedBy || '?'}${a.approvedOn ? ` on ${a.approvedOn}` : ''}${a.expiresOn ? `, expires ${a.expiresOn}` : ''}`;
  } else if (field === 'actions') {
    text = (value as Risk['actions']).map((a) => `[${a.done ? 'x' : ' '}] ${a.text}`).join('\n');
  } else if (Array.isArray(value)) text = value.join(', ');
  else text = JSON.stringify(value);
  return text.length > HISTORY_VALUE_MAX ? `${text.slice(0, HISTORY_VALUE_MAX - 1)}…` : text;
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** History entries for the fields a patch really changes. */
export function historyFor(risk: Risk, patch: RiskPatch, ctx: EditContext): RiskHistoryEntry[] {
  const at = ctx.now.toISOString();
  const entries: RiskHistoryEntry[] = [];
  for (const [field, to] of Object.entries(patch)) {
    if (field === 'id' || field === 'history') continue;
    const from = risk[field as keyof Risk];
    if (to === undefined || same(from, to)) continue;
    entries.push({ at, by: ctx.by, field, from: describeValue(field, from), to: describeValue(field, to) });
  }
  return entries;
}

function withHistory(history: readonly RiskHistoryEntry[], added: readonly RiskHistoryEntry[]): RiskHistoryEntry[] {
  const all = [...history, ...added];
  return all.length > HISTORY_MAX ? all.slice(all.length - HISTORY_MAX) : all;
}

function updateAt(plan: Plan, index: number, patch: RiskPatch, ctx: EditContext): PlanEdit[] {
  const risk = plan.risks.items[index]!;
  const entries = historyFor(risk, patch, ctx);
  if (entries.length === 0) return [];
  const edits: PlanEdit[] = entries.map((e) => ({
    kind: 'set',
    path: [...ITEMS, index, e.field],
    value: patch[e.field as keyof RiskPatch],
  }));
  edits.push({ kind: 'set', path: [...ITEMS, index, 'history'], value: withHistory(risk.history, entries) });
  return edits;
}

/**
 * Updates a risk's fields and records their history, as one undoable edit; null when nothing
 * changes. Validate the patch first with validateRiskPatch: this builder does not refuse values.
 */
export function updateRisk(plan: Plan, riskId: string, patch: RiskPatch, ctx: EditContext): PlanEdit | null {
  const edits = updateAt(plan, indexOfRisk(plan, riskId), patch, ctx);
  return edits.length ? { kind: 'batch', edits } : null;
}

/** Sets status and/or owner on many risks at once (multi-select in the register). */
export function bulkUpdateRisks(
  plan: Plan,
  riskIds: readonly string[],
  patch: Pick<RiskPatch, 'status' | 'owner'>,
  ctx: EditContext,
): PlanEdit | null {
  const edits = [...new Set(riskIds)].flatMap((id) => updateAt(plan, indexOfRisk(plan, id), patch, ctx));
  return edits.length ? { kind: 'batch', edits } : null;
}

/** Removes risks; indexes go highest first so each removal leaves the others in place. */
export function removeRisks(plan: Plan, riskIds: readonly string[]): PlanEdit {
  const indexes = [...new Set(riskIds)].map((id) => indexOfRisk(plan, id)).sort((a, b) => b - a);
  return { kind: 'batch', edits: indexes.map((index) => ({ kind: 'remove', path: ITEMS, index })) };
}

/** Links a capability item to a risk (no change when already linked). */
export function linkCapability(plan: Plan, riskId: string, capabilityId: string, ctx: EditContext): PlanEdit | null {
  const risk = plan.risks.items[indexOfRisk(plan, riskId)]!;
  if (risk.linkedCapabilityIds.includes(capabilityId)) return null;
  return updateRisk(plan, riskId, { linkedCapabilityIds: [...risk.linkedCapabilityIds, capabilityId] }, ctx);
}

/** Removes the link between a capability item and a risk. */
export function unlinkCapability(plan: Plan, riskId: string, capabilityId: string, ctx: EditContext): PlanEdit | null {
  const risk = plan.risks.items[indexOfRisk(plan, riskId)]!;
  if (!risk.linkedCapabilityIds.includes(capabilityId)) return null;
  return updateRisk(plan, riskId, { linkedCapabilityIds: risk.linkedCapabilityIds.filter((id) => id !== capabilityId) }, ctx);
}

/** Drops a capability from every risk that links it (used when the capability item is removed). */
export function unlinkCapabilityEverywhere(plan: Plan, capabilityId: string, ctx: EditContext): PlanEdit[] {
  return plan.risks.items.flatMap((risk, index) =>
    risk.linkedCapabilityIds.includes(capabilityId)
      ? updateAt(plan, index, { linkedCapabilityIds: risk.linkedCapabilityIds.filter((id) => id !== capabilityId) }, ctx)
      : [],
  );
}
