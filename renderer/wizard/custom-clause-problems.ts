/** What keeps a custom clause from being added: checked before it reaches the plan. */
import type { ClauseKind } from '../../shared/content/clauses';

/** What is missing from a custom clause before it can be added, in plain words. */
export function customClauseProblems(draft: { opening: string; text: string; kind: ClauseKind }): string[] {
  const problems: string[] = [];
  if (!draft.opening.trim()) problems.push(draft.kind === 'operative' ? 'Give the opening verb, e.g. Requests.' : 'Give the opening participle, e.g. Recalling.');
  if (!draft.text.trim()) problems.push('Write the text of the paragraph.');
  return problems;
}
