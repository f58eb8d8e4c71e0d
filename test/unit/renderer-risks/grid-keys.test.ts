import { describe, expect, it } from 'vitest';
import { clampPosition, moveActive } from '../../../renderer/components/grid/grid-keys';

const key = (k: string, ctrl = false) => ({ key: k, ctrlKey: ctrl, metaKey: false });
const bounds = { rows: 10, cols: 4, page: 3 };

describe('moving the active cell of a data grid', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveActive({ row: 2, col: 1 }, key('ArrowDown'), bounds)).toEqual({ row: 3, col: 1 });
    expect(moveActive({ row: 2, col: 1 }, key('ArrowLeft'), bounds)).toEqual({ row: 2, col: 0 });
    expect(moveActive({ row: 0, col: 0 }, key('ArrowUp'), bounds)).toEqual({ row: 0, col: 0 });
    expect(moveActive({ row: 9, col: 3 }, key('ArrowRight'), bounds)).toEqual({ row: 9, col: 3 });
  });

  it('goes to the row ends with Home and End, and to the corners with Ctrl', () => {
    expect(moveActive({ row: 4, col: 2 }, key('Home'), bounds)).toEqual({ row: 4, col: 0 });
    expect(moveActive({ row: 4, col: 2 }, key('End'), bounds)).toEqual({ row: 4, col: 3 });
    expect(moveActive({ row: 4, col: 2 }, key('Home', true), bounds)).toEqual({ row: 0, col: 0 });
    expect(moveActive({ row: 4, col: 2 }, key('End', true), bounds)).toEqual({ row: 9, col: 3 });
  });

  it('pages by a screenful without leaving the grid', () => {
    expect(moveActive({ row: 4, col: 1 }, key('PageDown'), bounds)).toEqual({ row: 7, col: 1 });
    expect(moveActive({ row: 8, col: 1 }, key('PageDown'), bounds)).toEqual({ row: 9, col: 1 });
    expect(moveActive({ row: 1, col: 1 }, key('PageUp'), bounds)).toEqual({ row: 0, col: 1 });
  });

  it('ignores keys that do not navigate, and an empty grid', () => {
    expect(moveActive({ row: 0, col: 0 }, key('Enter'), bounds)).toBeNull();
    expect(moveActive({ row: 0, col: 0 }, key('a'), bounds)).toBeNull();
    expect(moveActive({ row: 0, col: 0 }, key('ArrowDown'), { rows: 0, cols: 4, page: 3 })).toBeNull();
  });

  it('keeps a remembered position inside a grid that shrank', () => {
    expect(clampPosition({ row: 8, col: 5 }, { rows: 3, cols: 4 })).toEqual({ row: 2, col: 3 });
    expect(clampPosition({ row: 8, col: 5 }, { rows: 0, cols: 0 })).toEqual({ row: 0, col: 0 });
  });
});
