/**
 * What each clause in a plan does for the mandate (reporting, protection, tripwires…). Library
 * clauses carry their roles; for clauses the planner wrote, the wording is read with a few
 * deliberately narrow patterns, so a custom reporting paragraph is not generated a second time.
 */
import { findClauseTemplate } from '../content/clauses';
import type { ClauseRole } from '../content/clauses';
import type { Clause } from '../plan/schema';

const CUSTOM_PATTERNS: [ClauseRole, (opening: string, text: string) => boolean][] = [
  ['reporting', (o, t) => /^requests\b/i.test(o) && /\breport\b/i.test(t)],
  ['duration', (o, t) => /^(decides|extends)\b/i.test(o) && /\b(period of|until|months)\b/i.test(t) && !/seized/i.test(t)],
  ['review', (_o, t) => /\breview\b/i.test(t) && /\bmandate\b/i.test(t)],
  ['closing', (_o, t) => /seized of the matter/i.test(t)],
  ['threat-determination', (o, t) => /^determining\b/i.test(o) && /threat to (international|regional) peace/i.test(t)],
  ['chapter-vii', (o, t) => /^acting\b/i.test(o) && /chapter vii/i.test(t)],
  ['force-authorization', (o, t) => /^authorizes\b/i.test(o) && /all necessary (means|measures)/i.test(t)],
  ['atrocity-prevention', (_o, t) => /atrocit|genocide|crimes against humanity|ethnic cleansing/i.test(t)],
  ['protection', (_o, t) => /protect\w*\s+(of\s+)?civilians|civilians\s+under\s+threat/i.test(t)],
  ['mediation', (_o, t) => /mediat|good offices/i.test(t)],
  ['tripwires', (_o, t) => /tripwire/i.test(t)],
  ['escalation-ladder', (_o, t) => /graduated|escalation ladder/i.test(t)],
  ['transition', (_o, t) => /transition|hand(ing)?\s+over/i.test(t)],
  ['border-monitoring', (_o, t) => /border/i.test(t) && /monitor/i.test(t)],
  ['spillover-containment', (_o, t) => /spill-?over|spreading to neighbouring/i.test(t)],
  ['gender-protection', (_o, t) => /women.s protection advisers?|gender[- ]responsive|gender considerations/i.test(t)],
  ['child-protection', (_o, t) => /child protection advisers?|grave violations against children|resolution 1612/i.test(t)],
  ['crsv', (_o, t) => /conflict-related sexual violence|resolution 1960/i.test(t)],
  ['hrddp', (_o, t) => /due diligence/i.test(t)],
  ['sea', (_o, t) => /sexual exploitation and abuse/i.test(t)],
  ['cmcoord', (_o, t) => /last resort/i.test(t) && /humanitarian/i.test(t)],
  ['source-protection', (_o, t) => /reprisals?|confidentiality of (its )?sources/i.test(t)],
  ['status-agreement', (_o, t) => /status[- ]of[- ](forces|mission) agreement/i.test(t)],
  // Support the Human Rights Due Diligence Policy covers: advising, training, equipping or backing host forces.
  ['host-force-support', (_o, t) => /\b(advise|advising|train|training|mentor|equip|support|assist)\w*\b[^.;]{0,60}\b(police|security|armed|defence|defense|military) forces\b/i.test(t) && !/due diligence/i.test(t)],
];

/** The roles a clause plays: its template's, or those its own wording shows for a custom clause. */
export function clauseRoles(clause: Pick<Clause, 'templateId' | 'opening' | 'text'>): ReadonlySet<ClauseRole> {
  const template = findClauseTemplate(clause.templateId);
  if (template) return new Set(template.roles);
  return new Set(CUSTOM_PATTERNS.filter(([, test]) => test(clause.opening, clause.text)).map(([role]) => role));
}

/** Where a preambular paragraph goes: the determination of a threat and then "Acting under Chapter VII" close the preamble. */
function preambleRank(clause: Pick<Clause, 'templateId' | 'opening' | 'text'>): number {
  const roles = clauseRoles(clause);
  return roles.has('chapter-vii') ? 2 : roles.has('threat-determination') ? 1 : 0;
}

/**
 * Clauses in mandate order: preambular paragraphs in the planner's order except that the threat
 * determination and "Acting under Chapter VII" close the preamble, then operative ones with any
 * closing paragraph ("remains seized of the matter") moved last, wherever the planner placed it.
 */
export function orderClauses<T extends Pick<Clause, 'kind' | 'templateId' | 'opening' | 'text'>>(clauses: readonly T[]): { preambular: T[]; operative: T[] } {
  // Array.prototype.sort is stable, so the planner's order holds within each rank.
  const preambular = clauses.filter((c) => c.kind === 'preambular').sort((a, b) => preambleRank(a) - preambleRank(b));
  const operative = clauses.filter((c) => c.kind === 'operative');
  const closing = operative.filter((c) => clauseRoles(c).has('closing'));
  return { preambular, operative: [...operative.filter((c) => !closing.includes(c)), ...closing] };
}
