/**
 * Which risks the brief prints. A brief goes round a briefing room, where the risks still live and
 * most exposed are read; a register of thousands is worked in a spreadsheet. So by default the
 * register and Annex A print the live (open or monitored) risks with the highest residual scores,
 * at most BRIEFING_RISKS of them, and say how many more the plan holds and where they are. The full
 * register, every risk with the closed ones, is the planner's explicit choice (`fullRegister`).
 */
import type { Risk } from '../plan/schema';
import { formatCount } from '../plan/labels';
import { registerOrder } from './risks';

/** How many live risks a default brief prints: about three pages of register and a dozen of annex. */
export const BRIEFING_RISKS = 50;

export interface PrintedRisks {
  /** The printed risks in register order (highest residual score first). */
  register: Risk[];
  /** The same risks in reference order, as Annex A prints them. */
  annex: Risk[];
  /** Live risks left out because their residual scores are lower than every printed one's. */
  lowerLive: number;
  /** Closed risks left out. */
  closed: number;
}

/** Where the risks a brief leaves out can be read: the same words in the register and the annex. */
export const FULL_REGISTER_POINTER =
  'Every risk is in the register’s CSV export (Risks area, “Export CSV”, or the command “mandate-planner risks export”); a brief with the full register prints them all.';

const byRef = (a: Risk, b: Risk) => a.ref.localeCompare(b.ref, 'en', { numeric: true });

/** The risks a brief prints under the briefing rule, or all of them with `full`. */
export function printedRisks(risks: readonly Risk[], full: boolean): PrintedRisks {
  const ordered = registerOrder(risks);
  if (full) return { register: ordered, annex: [...risks].sort(byRef), lowerLive: 0, closed: 0 };
  const live = ordered.filter((r) => r.status !== 'closed');
  const register = live.slice(0, BRIEFING_RISKS);
  return { register, annex: [...register].sort(byRef), lowerLive: live.length - register.length, closed: ordered.length - live.length };
}

/** What a brief under the briefing rule left out, in words, or '' when it printed every risk. */
export function leftOutNote(printed: PrintedRisks): string {
  const parts: string[] = [];
  if (printed.lowerLive > 0) parts.push(`${formatCount(printed.lowerLive)} live ${printed.lowerLive === 1 ? 'risk' : 'risks'} with lower residual scores`);
  if (printed.closed > 0) parts.push(`${formatCount(printed.closed)} closed ${printed.closed === 1 ? 'risk' : 'risks'}`);
  if (parts.length === 0) return '';
  const shown = printed.register.length;
  if (shown === 0) return `No risk is live; not printed: ${parts.join(' and ')}. ${FULL_REGISTER_POINTER}`;
  return `This brief prints the ${formatCount(shown)} live ${shown === 1 ? 'risk' : 'risks'} with the highest residual scores; not printed: ${parts.join(' and ')}. ${FULL_REGISTER_POINTER}`;
}
