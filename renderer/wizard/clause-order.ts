/** Pure helpers for the clause list: grouping, numbering as the mandate numbers them, drop positions. */
import { clauseRoles, orderClauses } from '../../shared/mandate/clause-roles';
import type { Clause } from '../../shared/plan/schema';

export interface ClauseGroups {
  preambular: Clause[];
  operative: Clause[];
}

/** The plan's clauses split by kind, each in the planner's order. */
export function groupClauses(clauses: readonly Clause[]): ClauseGroups {
  return { preambular: clauses.filter((c) => c.kind === 'preambular'), operative: clauses.filter((c) => c.kind === 'operative') };
}

/**
 * Short labels as the mandate numbers the paragraphs ("PP 2", "OP 5"): the same order the
 * guidance labels use, with a "remains seized" paragraph counted last wherever it sits.
 */
export function clauseNumbers(clauses: readonly Clause[]): Map<string, string> {
  const { preambular, operative } = orderClauses(clauses);
  const out = new Map<string, string>();
  preambular.forEach((c, i) => out.set(c.id, `PP ${i + 1}`));
  operative.forEach((c, i) => out.set(c.id, `OP ${i + 1}`));
  return out;
}

/** True for the closing paragraph the assembler always puts last. */
export const isClosing = (clause: Clause): boolean => clauseRoles(clause).has('closing');

/**
 * Where a dragged clause ends up among its own kind when dropped before or after the clause at
 * `target` (positions before the move): the item's own removal shifts later positions down.
 */
export function dropPosition(from: number, target: number, after: boolean): number {
  const slot = after ? target + 1 : target;
  return slot > from ? slot - 1 : slot;
}

/** The text with its visible gap markers ("[region?]") split out, so they can be highlighted. */
export function splitGaps(text: string): { text: string; gap: boolean }[] {
  const parts: { text: string; gap: boolean }[] = [];
  const re = /\[[a-z][a-z0-9_]{0,40}\?\]/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), gap: false });
    parts.push({ text: m[0], gap: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), gap: false });
  return parts;
}
