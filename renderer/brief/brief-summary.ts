/** One line describing the brief about to be exported. */
import type { Plan } from '../../shared/plan/schema';

/** e.g. "14 pages · A4 · RESTRICTED"; the page count is left out while it is not known. */
export function briefSummary(plan: Plan, pageCount: number | null): string {
  const marking = plan.brief.classification.trim() || plan.cover.classification.trim() || 'no marking';
  const parts = [plan.brief.paper, marking];
  if (plan.brief.sections.length === 0) parts.unshift('no sections chosen');
  else if (pageCount !== null) parts.unshift(pageCount === 1 ? '1 page' : `${pageCount} pages`);
  return parts.join(' · ');
}
