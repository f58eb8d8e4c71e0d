/** Column widths of the grid as inline flex styles (set through the CSSOM, so the strict CSP allows them). */
import type { CSSProperties } from 'react';
import type { GridColumnMeta } from './grid-features';

const styles = new WeakMap<GridColumnMeta, CSSProperties>();

/**
 * The flex style that gives a header or body cell its column's width: one object per column, so
 * a re-render of the rows finds every cell's style unchanged.
 */
export function cellStyle(meta: GridColumnMeta): CSSProperties {
  let style = styles.get(meta);
  if (!style) {
    style = meta.grow ? { flex: `1 0 ${meta.width}px`, minWidth: meta.width } : { flex: `0 0 ${meta.width}px`, width: meta.width };
    styles.set(meta, style);
  }
  return style;
}

/** The narrowest the grid can be before it scrolls sideways. */
export function gridMinWidth(metas: readonly GridColumnMeta[]): number {
  return metas.reduce((sum, m) => sum + m.width, 0);
}

/** Header height in px; the virtualizer needs it to know where the first row starts. */
export const HEADER_HEIGHT = 44;
