/** The brief's document definition, measured with the fonts this renderer prints it in. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildBriefDocument } from '../../../shared/brief/build-brief';
import type { BriefOptionsInput } from '../../../shared/brief/options';
import type { Plan } from '../../../shared/plan/schema';
import { ROBOTO_METRICS } from './roboto-metrics';

/** Builds the brief for a plan with the planner's options (a fresh definition each call: pdfmake mutates it). */
export function briefDocument(plan: Plan, options: BriefOptionsInput): TDocumentDefinitions {
  return buildBriefDocument(plan, options, ROBOTO_METRICS);
}
