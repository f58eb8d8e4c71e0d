/**
 * The wizard's choices for the plan's enum values, in the order the forms offer them. Their words
 * come from shared/plan/labels.ts, so the screen and the brief say the same thing.
 */
import { CLAUSE_FAMILIES, CLAUSE_KINDS } from '../../shared/plan/schema';
import type { Situation } from '../../shared/plan/schema';
import type { Priority } from '../../shared/content/clauses';
import { RISK_FACTORS } from '../../shared/content/risk-factors';
import {
  CLAUSE_FAMILY_LABELS,
  CLAUSE_KIND_LABELS,
  CONFLICT_LABELS,
  CONSENT_LABELS,
  FACTOR_LEVEL_LABELS,
  IMPARTIALITY_DETAILS,
  IMPARTIALITY_LABELS,
  LEVEL_LABELS,
  MISSION_TYPE_DETAILS,
  MISSION_TYPE_LABELS,
  PERPETRATOR_DETAILS,
  PERPETRATOR_LABELS,
  PILLAR_DETAILS,
  PILLAR_LABELS,
  POLITICAL_FORM_LABELS,
  POSTURE_DETAILS,
  POSTURE_LABELS,
  PRIORITY_LABELS,
  RATING_LABELS,
  STAGE_LABELS,
  TRI_STATE_LABELS,
} from '../../shared/plan/labels';
import type { Choice } from '../components/choice-group';

export type { Choice };
export { AUTHORIZATION_DETAILS, AUTHORIZATION_LABELS, CLAUSE_FAMILY_LABELS as FAMILY_LABELS, CLAUSE_KIND_LABELS as KIND_LABELS, SEVERITY_LABELS, plural, sentence } from '../../shared/plan/labels';

/** The choices for `values`, worded by `labels`, with a line of `details` where there is one. */
export function choicesOf<T extends string>(values: readonly T[], labels: Record<T, string>, details: Partial<Record<T, string>> = {}): readonly Choice<T>[] {
  return values.map((value) => {
    const detail = details[value];
    return detail ? { value, label: labels[value], detail } : { value, label: labels[value] };
  });
}

export type FactorLevel = Situation['riskFactors'][number]['level'];
export const PILLAR_CHOICES = choicesOf(['pillar-2', 'pillar-3', 'unknown'], PILLAR_LABELS, PILLAR_DETAILS);
export const STAGE_CHOICES = choicesOf(['remote', 'emerging', 'imminent', 'ongoing', 'unknown'], STAGE_LABELS);
export const CONFLICT_CHOICES = choicesOf(['peace', 'armed-conflict', 'unknown'], CONFLICT_LABELS);
export const CONSENT_CHOICES = choicesOf(['requested', 'consents', 'ambivalent', 'refuses', 'unknown'], CONSENT_LABELS);
export const PERPETRATOR_CHOICES = choicesOf(['non-state-internal', 'cross-border-hostile', 'host-regime'], PERPETRATOR_LABELS, PERPETRATOR_DETAILS);
export const TRI_STATE_CHOICES = choicesOf(['yes', 'partly', 'no', 'unknown'], TRI_STATE_LABELS);
export const LEVEL_CHOICES = choicesOf(['low', 'moderate', 'high', 'unknown'], LEVEL_LABELS);
export const FACTOR_LEVEL_CHOICES = choicesOf<FactorLevel>(['not-present', 'low', 'moderate', 'high', 'unknown'], FACTOR_LEVEL_LABELS);
export const IMPARTIALITY_CHOICES = choicesOf(['impartial', 'protection-first', 'undecided'], IMPARTIALITY_LABELS, IMPARTIALITY_DETAILS);
export const MISSION_TYPE_CHOICES = choicesOf(['political', 'preventive-deployment', 'both', 'undecided'], MISSION_TYPE_LABELS, MISSION_TYPE_DETAILS);
export const POLITICAL_FORM_CHOICES = choicesOf(['regional-office', 'special-envoy', 'transformed-peacebuilding', 'other', 'undecided'], POLITICAL_FORM_LABELS);
export const POSTURE_CHOICES = choicesOf(['in-area', 'over-the-horizon', 'undecided'], POSTURE_LABELS, POSTURE_DETAILS);
export const RATING_CHOICES = choicesOf(['low', 'medium', 'high', 'unknown'], RATING_LABELS);
export const PRIORITY_CHOICES = choicesOf<Priority>(['essential', 'important', 'optional'], PRIORITY_LABELS);

/** The 14 risk factors as a select offers them: "9. Intergroup tensions". */
export const FACTOR_OPTIONS = RISK_FACTORS.map((f) => ({ value: String(f.number), label: `${f.number}. ${f.shortName}` }));

/** The clause library's and the custom clause form's selects. */
export const FAMILY_OPTIONS = choicesOf(CLAUSE_FAMILIES, CLAUSE_FAMILY_LABELS);
export const KIND_OPTIONS = choicesOf(CLAUSE_KINDS, CLAUSE_KIND_LABELS);
