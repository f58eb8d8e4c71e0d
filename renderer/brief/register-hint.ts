/** The hint under the brief's full-register choice: what is printed and what is left out. */
import type { Risk } from '../../shared/plan/schema';
import { BRIEFING_RISKS, printedRisks } from '../../shared/brief/printed-risks';
import { formatCount } from '../../shared/plan/labels';

/** The hint for the choice as it stands: with it off, how many risks print and how many are left out. */
export function registerHint(full: boolean, risks: readonly Risk[]): string {
  if (full) return `Every risk, closed ones too, in the register and Annex A (${formatCount(risks.length)} ${risks.length === 1 ? 'risk' : 'risks'}). A long register takes a while to print.`;
  const printed = printedRisks(risks, false);
  const left = printed.lowerLive + printed.closed;
  const rule = `Off, the brief prints the live risks with the highest residual scores, at most ${BRIEFING_RISKS}`;
  return left === 0 ? `${rule}: here every risk.` : `${rule}: here ${formatCount(printed.register.length)}, leaving out ${formatCount(left)} (the register’s CSV export holds them all).`;
}
