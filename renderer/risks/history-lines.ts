/** One history entry in words: "Likelihood: 3 → 4", or how the risk entered the register. */
import type { RiskHistoryEntry } from '../../shared/plan/schema';
import { riskFieldLabel } from '../../shared/risks/history-fields';

const LONG = 80;
const clip = (text: string) => (text.length > LONG ? `${text.slice(0, LONG - 1)}…` : text);

/** The sentence shown for a history entry; long texts are shortened. */
export function historyLine(entry: RiskHistoryEntry): string {
  if (entry.field === 'risk') return entry.to.charAt(0).toUpperCase() + entry.to.slice(1);
  const name = riskFieldLabel(entry.field);
  return `${name}: ${clip(entry.from) || '(empty)'} → ${clip(entry.to) || '(empty)'}`;
}
