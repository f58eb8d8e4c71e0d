/** How register values read on screen, and the options of the register's selects. */
import { BAND_NAMES, RISK_CATEGORIES, RISK_SOURCES, RISK_STATUSES, TREATMENTS } from '../../shared/plan/schema';
import type { SelectOption } from '../components/select-field';

export const CATEGORY_LABELS: Record<(typeof RISK_CATEGORIES)[number], string> = {
  political: 'Political',
  operational: 'Operational',
  security: 'Security',
  protection: 'Protection',
  escalation: 'Escalation',
  resourcing: 'Resourcing',
  coordination: 'Coordination',
  reputational: 'Reputational',
};

export const STATUS_LABELS: Record<(typeof RISK_STATUSES)[number], string> = { open: 'Open', monitoring: 'Monitoring', closed: 'Closed' };

export const TREATMENT_LABELS: Record<(typeof TREATMENTS)[number], string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};

export const SOURCE_LABELS: Record<(typeof RISK_SOURCES)[number], string> = {
  catalogue: 'Catalogue',
  guidance: 'Guidance',
  capability: 'Capability gap',
  custom: 'Written here',
  import: 'CSV import',
};

export const BAND_LABELS: Record<(typeof BAND_NAMES)[number], string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

/** 1 rare … 5 almost certain, as the register's rating scale names them. */
export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_LABELS = ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

const options = <K extends string>(labels: Record<K, string>, order: readonly K[]): SelectOption[] => order.map((value) => ({ value, label: labels[value] }));

export const CATEGORY_OPTIONS = options(CATEGORY_LABELS, RISK_CATEGORIES);
export const STATUS_OPTIONS = options(STATUS_LABELS, RISK_STATUSES);
export const TREATMENT_OPTIONS = options(TREATMENT_LABELS, TREATMENTS);
export const BAND_OPTIONS = options(BAND_LABELS, BAND_NAMES);
export const SCORE_OPTIONS: SelectOption[] = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

/** A label for a value that may come from an older file and not be in the map. */
export const labelOf = <K extends string>(labels: Record<K, string>, value: string): string => labels[value as K] ?? value;
