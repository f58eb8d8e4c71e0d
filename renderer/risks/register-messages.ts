/** The status-line sentences of the register's file and history commands. */
import { formatCount, plural } from '../../shared/plan/labels';
import type { RiskImportPlan } from '../../shared/risks/csv-merge';

/** After a CSV export; a protected plan's planner is told the CSV file is not protected. */
export function csvExported(rows: number, path: string, planProtected: boolean): string {
  const plainText = planProtected ? ' The plan is protected, but this CSV file is not: anyone who can read it can read the register.' : '';
  return `Exported ${formatCount(rows)} risks to ${path}.${plainText}`;
}

/** After a CSV import: what was added and updated, then the notices of the merge. */
export function csvImported(fileName: string, merge: Pick<RiskImportPlan, 'added' | 'updated' | 'notices'>): string {
  return `Imported “${fileName}”: ${plural(merge.added, 'risk')} added, ${formatCount(merge.updated)} updated. ${merge.notices.join(' ')}`.trim();
}

/** After clearing the history of every risk: how many entries, and that saving makes it final. */
export const historyCleared = (entries: number): string =>
  `Cleared ${plural(entries, 'change')} from the history of every risk. When you save, they are gone from the file and from its backup. Undo brings them back until then.`;

/** "Adds 3 new risks and updates 2 (1 unchanged)." */
export function describeMerge(merge: RiskImportPlan): string {
  const parts = [merge.added > 0 ? `adds ${plural(merge.added, 'new risk')}` : '', merge.updated > 0 ? `updates ${plural(merge.updated, 'risk')}` : ''].filter(Boolean);
  const unchanged = merge.unchanged > 0 ? ` (${plural(merge.unchanged, 'row')} already match the register)` : '';
  return parts.length ? `Importing ${parts.join(' and ')}${unchanged}.` : `The file changes nothing in the register${unchanged}.`;
}
