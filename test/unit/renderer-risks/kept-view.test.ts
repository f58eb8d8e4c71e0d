import { describe, expect, it } from 'vitest';
import { keptViews, tableView } from '../../../renderer/components/grid/kept-view';
import { keepRegisterView, keptRegisterView } from '../../../renderer/risks/register-view';
import { requestRiskDetails, takeRiskRequest } from '../../../renderer/state/risk-request';

const view = (globalFilter: string) => tableView({ globalFilter, sorting: [{ id: 'inherent', desc: true }] });

describe('table views kept for the session', () => {
  it('gives back how each table of the open plan was left', () => {
    const views = keptViews<ReturnType<typeof tableView>>();
    views.set('doc-1', 'register', view('Brigades'));
    views.set('doc-1', 'checklist:training', view(''));
    expect(views.get('doc-1', 'register')?.globalFilter).toBe('Brigades');
    expect(views.get('doc-1', 'checklist:training')?.sorting).toEqual([{ id: 'inherent', desc: true }]);
    expect(views.get('doc-1', 'checklist:coordination')).toBeUndefined();
  });

  it('starts another plan from the defaults and forgets the one before', () => {
    const views = keptViews<ReturnType<typeof tableView>>();
    views.set('doc-1', 'register', view('Brigades'));
    expect(views.get('doc-2', 'register')).toBeUndefined();
    views.set('doc-2', 'register', view('Östmark'));
    expect(views.get('doc-1', 'register')).toBeUndefined();
    expect(views.get('doc-2', 'register')?.globalFilter).toBe('Östmark');
  });

  it('keeps sort, filters and columns of a table state, and nothing else', () => {
    const state = {
      sorting: [{ id: 'ref', desc: false }],
      columnFilters: [{ id: 'cell', value: { kind: 'residual', likelihood: 3, impact: 4 } }],
      globalFilter: 'R-00',
      columnVisibility: { owner: false },
      rowSelection: { 'risk-1': true },
    };
    expect(tableView(state)).toEqual({ sorting: state.sorting, columnFilters: state.columnFilters, globalFilter: 'R-00', columnVisibility: { owner: false } });
    expect(tableView({})).toEqual({ sorting: [], columnFilters: [], globalFilter: '', columnVisibility: {} });
  });
});

describe('the register view and a request to show a risk', () => {
  it('keeps the heat-map rating with the register view of the same plan', () => {
    keepRegisterView('doc-a', { table: view('x'), heatKind: 'residual' });
    expect(keptRegisterView('doc-a')?.heatKind).toBe('residual');
    expect(keptRegisterView('doc-b')).toBeUndefined();
  });

  it('hands a requested risk over once, and only to the plan it was asked for', () => {
    requestRiskDetails('doc-a', 'risk-sample-03');
    expect(takeRiskRequest('doc-a')).toBe('risk-sample-03');
    expect(takeRiskRequest('doc-a')).toBeNull();
    requestRiskDetails('doc-a', 'risk-sample-03');
    expect(takeRiskRequest('doc-b')).toBeNull();
    expect(takeRiskRequest('doc-a')).toBeNull();
  });
});
