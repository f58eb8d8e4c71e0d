/**
 * From a value typed into a register cell to a checked patch and its PlanEdit. Pure: the grid
 * shows `message` beside the cell when the value is refused, so nothing invalid reaches the plan.
 */
import type { PlanEdit } from '../../shared/plan/edit';
import type { Plan, Risk } from '../../shared/plan/schema';
import type { EditContext } from '../../shared/risks/new-risk';
import { updateRisk } from '../../shared/risks/risk-edits';
import { validateRiskPatch } from '../../shared/risks/risk-validation';
import type { RiskPatch } from '../../shared/risks/risk-validation';

/** Register columns edited in place, and the risk field each one writes. */
export const EDITABLE_FIELDS = {
  title: 'title',
  category: 'category',
  owner: 'owner',
  likelihood: 'likelihood',
  impact: 'impact',
  residualLikelihood: 'residualLikelihood',
  residualImpact: 'residualImpact',
  treatment: 'treatment',
  status: 'status',
  reviewDate: 'reviewDate',
} as const satisfies Record<string, keyof RiskPatch>;

const SCORE_FIELDS = new Set(['likelihood', 'impact', 'residualLikelihood', 'residualImpact', 'targetLikelihood', 'targetImpact']);
const TRIMMED_FIELDS = new Set(['title', 'owner']);

const FIELD_WORDS: Record<string, string> = {
  residualLikelihood: 'residual likelihood',
  residualImpact: 'residual impact',
  reviewDate: 'review date',
};

export type CellCommit = { ok: true; edit: PlanEdit | null; label: string } | { ok: false; message: string };

/** A typed cell value as the field's type: "4" → 4 for scores ("4.5" or "x" stay invalid). */
export function parseCellValue(field: keyof RiskPatch, raw: string): unknown {
  if (SCORE_FIELDS.has(field)) return /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (TRIMMED_FIELDS.has(field)) return raw.trim();
  return raw;
}

/** Checks and builds the edit for one changed field of one risk. */
export function commitRiskField(plan: Plan, risk: Risk, field: keyof RiskPatch, value: unknown, ctx: EditContext): CellCommit {
  const patch = { [field]: value } as RiskPatch;
  const problems = validateRiskPatch(patch, risk);
  if (problems.length > 0) return { ok: false, message: problems.map((p) => p.message).join(' ') };
  return { ok: true, edit: updateRisk(plan, risk.id, patch, ctx), label: `edit ${FIELD_WORDS[field] ?? field} of ${risk.ref}` };
}

/** Checks and builds the edit for a register cell; unknown columns are refused. */
export function commitRiskCell(plan: Plan, risk: Risk, columnId: string, raw: string, ctx: EditContext): CellCommit {
  const field = EDITABLE_FIELDS[columnId as keyof typeof EDITABLE_FIELDS];
  if (!field) return { ok: false, message: 'This column cannot be edited here.' };
  return commitRiskField(plan, risk, field, parseCellValue(field, raw), ctx);
}
