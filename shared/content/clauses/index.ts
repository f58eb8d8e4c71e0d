/** The preventive clause library: every template the app ships, in library order. */
import { CROSS_CUTTING_CLAUSES } from './cross-cutting';
import { DEPLOYMENT_CLAUSES } from './deployment';
import { POLITICAL_CLAUSES } from './political';
import { THEMATIC_CLAUSES } from './thematic';
import type { ClauseTemplate } from './types';

export * from './types';

/** Political first, then deployment, then cross-cutting, then the thematic and planning paragraphs. */
export const CLAUSE_LIBRARY: readonly ClauseTemplate[] = [...POLITICAL_CLAUSES, ...DEPLOYMENT_CLAUSES, ...CROSS_CUTTING_CLAUSES, ...THEMATIC_CLAUSES];

const byId = new Map(CLAUSE_LIBRARY.map((t) => [t.id, t]));

/** The template with this id, or undefined (a plan may name a template a newer app shipped). */
export function findClauseTemplate(id: string | null | undefined): ClauseTemplate | undefined {
  return id ? byId.get(id) : undefined;
}

/** The template with this id; throws for an id the library does not contain. */
export function clauseTemplate(id: string): ClauseTemplate {
  const found = byId.get(id);
  if (!found) throw new Error(`The clause library has no template "${id}".`);
  return found;
}
