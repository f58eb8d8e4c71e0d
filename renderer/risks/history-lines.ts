/** One history entry in words: "Likelihood: 3 → 4", or how the risk entered the register. */
import type { Plan, RiskHistoryEntry } from '../../shared/plan/schema';
import { creationText } from '../../shared/risks/creation-text';
import { riskFieldLabel } from '../../shared/risks/history-fields';

const LONG = 80;
const clip = (text: string) => (text.length > LONG ? `${text.slice(0, LONG - 1)}…` : text);

/**
 * The sentence shown for a history entry; long texts are shortened. How the risk was added names
 * the checklist item by its title, as the brief does, never by its internal id.
 */
export function historyLine(entry: RiskHistoryEntry, plan: Pick<Plan, 'capabilities'>): string {
  if (entry.field === 'risk') {
    const text = creationText(plan, entry.to);
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  const name = riskFieldLabel(entry.field);
  return `${name}: ${clip(entry.from) || '(empty)'} → ${clip(entry.to) || '(empty)'}`;
}
