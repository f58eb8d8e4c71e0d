/**
 * The conflict view's words, as pure functions: who and when a side made a change (as far as the
 * file knows: a time and where, never a person), a conflicting value in a line or a block of text,
 * and which conflicts a planner may settle by writing the value themselves.
 */
import type { MergeChoice, MergeProposal } from '../../../shared/ipc';
import { plural } from '../../../shared/plan/labels';
import { formatTimestamp } from '../../components/format-date';

export type MergeConflict = MergeProposal['conflicts'][number];
type ChangeInfo = MergeConflict['oursChange'];
type Json = MergeConflict['ours'];

/** Where a change was made, from the `via` the history stores with it. */
function whereWords(via: string): string {
  if (via === 'app') return 'in Mandate Planner';
  if (via === 'merge') return 'when a merge was settled';
  if (via === 'catch-up') return 'outside Mandate Planner (the file was edited by hand or by an older version)';
  if (via === 'start') return 'in the file both copies came from';
  if (via.startsWith('cli ')) return `on the command line (${via.slice(4)})`;
  return 'by another program';
}

/** "Changed 2 December 2026 at 15:10, in Mandate Planner", or what little the file says. */
export function changeWords(info: ChangeInfo): string {
  if (!info) return 'The file does not say when this was changed.';
  const where = whereWords(info.via);
  return info.at ? `Changed ${formatTimestamp(info.at)}, ${where}.` : `Changed at a time the file does not record, ${where}.`;
}

/** A value as the planner reads it: text as is, a whole entry by its name, a deletion as such. */
export function valueWords(value: Json, deleted: boolean): string {
  if (deleted) return 'Deleted';
  if (value === null) return '(none)';
  if (typeof value === 'string') return value.trim() === '' ? '(empty)' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return plural(value.length, 'entry', 'entries');
  const ref = typeof value['ref'] === 'string' ? value['ref'] : '';
  const title = ['title', 'text', 'event', 'opening', 'name'].map((k) => value[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const name = [ref, title ? `“${title}”` : ''].filter(Boolean).join(' ');
  return name ? `The whole entry: ${name}` : `The whole entry (${plural(Object.keys(value).length, 'field')})`;
}

/** Only text can be written by hand: a number, a list or a whole entry is kept from one side. */
export const canEdit = (conflict: MergeConflict): boolean => conflict.deleted === null && typeof conflict.ours === 'string' && typeof conflict.theirs === 'string';

/** What the planner has decided for one conflict so far; `pick` is '' until they choose. */
export interface Decision {
  pick: MergeChoice['pick'] | '';
  /** The text being written when `pick` is 'edited'. */
  value: string;
}

/** The choices to send, or the ids of conflicts still undecided (nothing is chosen silently). */
export function choicesFrom(conflicts: readonly MergeConflict[], decisions: ReadonlyMap<string, Decision>): { choices: MergeChoice[] } | { undecided: string[] } {
  const undecided = conflicts.filter((c) => (decisions.get(c.id)?.pick ?? '') === '').map((c) => c.id);
  if (undecided.length > 0) return { undecided };
  return {
    choices: conflicts.map((c) => {
      const d = decisions.get(c.id)!;
      return d.pick === 'edited' ? { id: c.id, pick: 'edited', value: d.value } : { id: c.id, pick: d.pick as 'ours' | 'theirs' };
    }),
  };
}

/** The status line after a merge was applied. */
export function mergedStatus(fileName: string, proposal: MergeProposal): string {
  const decided = proposal.conflicts.length > 0 ? `, ${plural(proposal.conflicts.length, 'conflict')} decided` : '';
  return `Merged “${fileName}”: ${plural(proposal.theirs.length, 'change')} from it${decided}. Nothing is written until you save; Undo takes the whole merge back.`;
}
