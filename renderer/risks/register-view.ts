/**
 * The register as the planner left it (sort, filters, shown columns, heat-map rating), kept while
 * the plan stays open, and the one-off request to show a risk's details when the register opens
 * (a checklist item's linked risk).
 */
import type { HeatMapKind } from '../../shared/risks/heat-map';
import { keptViews } from './grid/kept-view';
import type { TableView } from './grid/kept-view';

export interface RegisterView {
  table: TableView;
  heatKind: HeatMapKind;
}

const views = keptViews<RegisterView>();

/** The register view kept for this plan, if the planner has been in the register. */
export const keptRegisterView = (docId: string): RegisterView | undefined => views.get(docId, 'register');

/** Keeps the register view for the next visit with the same plan. */
export const keepRegisterView = (docId: string, view: RegisterView): void => views.set(docId, 'register', view);

let riskRequest: { docId: string; riskId: string } | null = null;

/** Asks the register to open this risk's details the next time it opens with this plan. */
export function requestRiskDetails(docId: string, riskId: string): void {
  riskRequest = { docId, riskId };
}

/** The risk the register was asked to show (once); a request made for another plan is dropped. */
export function takeRiskRequest(docId: string): string | null {
  const request = riskRequest;
  riskRequest = null;
  return request?.docId === docId ? request.riskId : null;
}
