/** The risk detail panel beside the register: which risk is open, where it sits, what gets focus. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { Risk } from '../../shared/plan/schema';
import { takeRiskRequest } from '../state/risk-request';
import type { RegisterTable } from './use-register-table';

export type FocusTarget = 'heading' | 'title';

export interface RiskPanel {
  /** The open risk, gone when it is removed (or undone) from the plan. */
  openRisk: Risk | undefined;
  top: number;
  /** Bumped on every open, so the panel moves focus even when the same risk opens again. */
  focusRequest: { n: number; on: FocusTarget };
  /** Asks the grid to scroll a row into view (bumped per request, like focus). */
  reveal: { rowId: string; n: number } | undefined;
  open(id: string, on?: FocusTarget): void;
  /** Opens a risk's details and scrolls the register to its row. */
  openInRegister(id: string): void;
  /** The grid's active row moved: an open panel follows it. */
  follow(id: string): void;
  close(): void;
}

/**
 * The panel's state for the register `items`. `root` is the area's root (the panel starts under
 * the title bar above it); `gridScroll` the grid's scroll box, where focus returns on close.
 */
export function useRiskPanel(items: readonly Risk[], root: RefObject<HTMLElement | null>, gridScroll: RefObject<HTMLElement | null>): RiskPanel {
  const [openId, setOpenId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ rowId: string; n: number } | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState<{ n: number; on: FocusTarget }>({ n: 0, on: 'heading' });
  const [top, setTop] = useState(0);
  const openRisk = useMemo(() => (openId ? items.find((r) => r.id === openId) : undefined), [openId, items]);

  const open = useCallback((id: string, on: FocusTarget = 'heading') => {
    // The panel starts under the title bar: measured when it opens, not on every render.
    setTop(root.current?.closest('main')?.getBoundingClientRect().top ?? 0);
    setOpenId(id);
    setFocusRequest((r) => ({ n: r.n + 1, on }));
  }, [root]);
  const openInRegister = useCallback(
    (id: string) => {
      open(id);
      setReveal((r) => ({ rowId: id, n: (r?.n ?? 0) + 1 }));
    },
    [open],
  );

  return {
    openRisk,
    top,
    focusRequest,
    reveal,
    open,
    openInRegister,
    follow: (id) => {
      if (openId && id !== openId) setOpenId(id);
    },
    close: () => {
      setOpenId(null);
      // Back to where the planner was in the register, as a dialog would return focus.
      gridScroll.current?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    },
  };
}

/** A linked risk picked in the checklists (state/risk-request.ts): its details open as the register appears. */
export function useRequestedRisk(docId: string, items: readonly Risk[], table: RegisterTable, openInRegister: (id: string) => void): void {
  useEffect(() => {
    const requested = takeRiskRequest(docId);
    if (requested && items.some((r) => r.id === requested)) {
      // Filters kept from an earlier visit may hide it, but the planner came to see this risk.
      if (!table.getRowModel().rows.some((r) => r.id === requested)) {
        table.resetColumnFilters(true);
        table.setGlobalFilter('');
      }
      openInRegister(requested);
    }
    // Only on arrival: later changes of the plan are not requests.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
