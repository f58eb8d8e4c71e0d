/** The register as the planner left it (sort, filters, shown columns, heat-map rating), kept while the plan stays open. */
import type { HeatMapKind } from '../../shared/risks/heat-map';
import { keptViews } from '../components/grid/kept-view';
import type { TableView } from '../components/grid/kept-view';

export interface RegisterView {
  table: TableView;
  heatKind: HeatMapKind;
}

const views = keptViews<RegisterView>();

/** The register view kept for this plan, if the planner has been in the register. */
export const keptRegisterView = (docId: string): RegisterView | undefined => views.get(docId, 'register');

/** Keeps the register view for the next visit with the same plan. */
export const keepRegisterView = (docId: string, view: RegisterView): void => views.set(docId, 'register', view);
