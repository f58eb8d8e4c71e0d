/** A library clause as it would read in this plan. */
import { defaultParams } from '../../shared/mandate/clause-factory';
import type { ClauseMatch } from '../../shared/mandate/filter';
import { renderClauseText } from '../../shared/mandate/templating';
import type { Plan } from '../../shared/plan/schema';

/** How a template would read if added now: parameters the plan can fill are filled, the rest show as gaps. */
export function libraryPreview(plan: Plan, match: ClauseMatch): string {
  const { template } = match;
  return renderClauseText(template.text, defaultParams(plan, template), template.params).text;
}
