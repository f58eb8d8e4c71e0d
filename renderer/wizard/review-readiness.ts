/** Where the mandate stands, in the words of the review step's banner. */
import type { AssembledMandate } from '../../shared/mandate/assemble';
import { plural } from './labels';

/** Where the mandate stands, as one sentence for the banner. */
export function readiness(mandate: AssembledMandate, status: 'draft' | 'final'): { tone: 'final' | 'ready' | 'blocked'; title: string; detail: string } {
  const blocking = mandate.problems.filter((a) => a.severity === 'blocking').length;
  const warnings = mandate.problems.length - blocking;
  const warningText = warnings ? ` ${plural(warnings, 'warning')} remain${warnings === 1 ? 's' : ''} open; read ${warnings === 1 ? 'it' : 'them'} before you decide.` : '';
  if (status === 'final') return { tone: 'final', title: 'The mandate is final', detail: `Any change to its text returns it to draft.${warningText}` };
  if (!mandate.ready) return { tone: 'blocked', title: `Not ready: ${plural(blocking, 'blocking problem')}`, detail: 'Clear the blocking problems below to mark the mandate final.' };
  return { tone: 'ready', title: 'Ready to be marked final', detail: `No blocking problem remains.${warningText}` };
}
