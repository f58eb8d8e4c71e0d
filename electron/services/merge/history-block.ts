/**
 * The `history` block's place in the file text: always the last key, after the plan exactly as it
 * is written without one (docs/merge.md §2). Splitting it off by position keeps opening as fast as
 * before: the plan part is parsed and checked as it always was, the block on its own.
 */
import { storedHistorySchema } from './plan-history';
import type { StoredHistory } from './plan-history';

/** How the block begins; JSON strings escape newlines, so this can only be the top level's last key. */
const MARK = ',\n  "history": ';
const PLAN_END = '\n}\n';

export interface SplitText {
  /** The plan's own text, as it would be written without history. */
  planText: string;
  history: StoredHistory | null;
  /** There was a block, but not one this version can read (damaged, or a newer kind). */
  unreadable: boolean;
}

/** The plan text and its history block, from a file's text. */
export function splitHistory(text: string): SplitText {
  const at = text.lastIndexOf(MARK);
  const end = text.trimEnd();
  if (at < 0 || !end.endsWith('}')) return { planText: text, history: null, unreadable: false };
  let block: unknown;
  try {
    block = JSON.parse(end.slice(at + MARK.length, -1));
  } catch {
    // Not a block of ours after all (or a damaged one): the whole text goes to the plan parser, which decides.
    return { planText: text, history: null, unreadable: false };
  }
  const parsed = storedHistorySchema.safeParse(block);
  return { planText: `${text.slice(0, at)}${PLAN_END}`, history: parsed.success ? parsed.data : null, unreadable: !parsed.success };
}

/** The file text: the plan's text with the history block as its last key. */
export function joinHistory(planText: string, block: StoredHistory): string {
  if (!planText.endsWith(PLAN_END)) throw new Error('plan text does not end as serializePlan writes it');
  const body = JSON.stringify(block, null, 2).replace(/\n/g, '\n  ');
  return `${planText.slice(0, -PLAN_END.length)}${MARK}${body}${PLAN_END}`;
}
