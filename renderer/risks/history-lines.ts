/** One history entry in words: "Likelihood: 3 → 4", or how the risk entered the register. */
import type { RiskHistoryEntry } from '../../shared/plan/schema';

const FIELD_NAMES: Record<string, string> = {
  ref: 'Reference',
  title: 'Title',
  category: 'Category',
  cause: 'Cause',
  consequence: 'Consequence',
  likelihood: 'Likelihood',
  impact: 'Impact',
  residualLikelihood: 'Residual likelihood',
  residualImpact: 'Residual impact',
  targetLikelihood: 'Target likelihood',
  targetImpact: 'Target impact',
  owner: 'Owner',
  treatment: 'Treatment',
  mitigation: 'Mitigation',
  actions: 'Actions',
  status: 'Status',
  reviewDate: 'Next review',
  acceptance: 'Acceptance',
  linkedCapabilityIds: 'Linked capabilities',
  source: 'Source',
  sourceRef: 'Source reference',
};

const LONG = 80;
const clip = (text: string) => (text.length > LONG ? `${text.slice(0, LONG - 1)}…` : text);

/** The sentence shown for a history entry; long texts are shortened. */
export function historyLine(entry: RiskHistoryEntry): string {
  if (entry.field === 'risk') return entry.to.charAt(0).toUpperCase() + entry.to.slice(1);
  const name = FIELD_NAMES[entry.field] ?? entry.field;
  return `${name}: ${clip(entry.from) || '(empty)'} → ${clip(entry.to) || '(empty)'}`;
}
