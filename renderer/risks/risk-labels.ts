/** How register values read on screen, and the options of the register's selects. */
import { BAND_NAMES, RISK_CATEGORIES, RISK_STATUSES, TREATMENTS } from '../../shared/plan/schema';
import { BAND_LABELS, RISK_CATEGORY_LABELS, RISK_STATUS_LABELS, TREATMENT_LABELS } from '../../shared/plan/labels';
import type { SelectOption } from '../components/select-field';

// One wording for screen and print: the labels live with the plan schema.
export {
  RISK_SOURCE_LABELS as SOURCE_LABELS,
  RISK_CATEGORY_LABELS as CATEGORY_LABELS,
  RISK_STATUS_LABELS as STATUS_LABELS,
  TREATMENT_LABELS,
  BAND_LABELS,
  LIKELIHOOD_LABELS,
  IMPACT_LABELS,
} from '../../shared/plan/labels';

const options = <K extends string>(labels: Record<K, string>, order: readonly K[]): SelectOption[] => order.map((value) => ({ value, label: labels[value] }));

export const CATEGORY_OPTIONS = options(RISK_CATEGORY_LABELS, RISK_CATEGORIES);
export const STATUS_OPTIONS = options(RISK_STATUS_LABELS, RISK_STATUSES);
export const TREATMENT_OPTIONS = options(TREATMENT_LABELS, TREATMENTS);
export const BAND_OPTIONS = options(BAND_LABELS, BAND_NAMES);

/** A label for a value that may come from an older file and not be in the map. */
export const labelOf = <K extends string>(labels: Record<K, string>, value: string): string => labels[value as K] ?? value;

/** The options of a 1–5 rating select: "4 · Likely". */
export const ratingScale = (labels: readonly string[]) => labels.map((label, n) => ({ value: String(n + 1), label: `${n + 1} · ${label}` }));
