import fc from 'fast-check';
import { cellKey } from '../../../src/harness/fake-excel';
import { areaContains } from '../../../src/excel/a1';
import { gridLayout, step } from '../../../src/harness/grid/grid-layout';

describe('harness grid layout', () => {
  it('draws the used area with blank rows and columns past it, and at least a screenful', () => {
    const small = gridLayout(null, []);
    expect([small.rows, small.cols]).toEqual([30, 10]);
    const big = gridLayout({ top: 1, left: 1, bottom: 800, right: 12 }, []);
    expect(big.rows).toBeGreaterThan(800);
    expect(big.cols).toBeGreaterThan(12);
  });

  it('spans each merged area from its top-left cell and hides the cells under it', () => {
    const layout = gridLayout({ top: 1, left: 1, bottom: 9, right: 7 }, [{ top: 2, left: 1, bottom: 4, right: 3 }]);
    expect(layout.spans.get(cellKey(2, 1))).toEqual({ rowSpan: 3, colSpan: 3 });
    expect(layout.covered.has(cellKey(2, 1))).toBe(false);
    expect(layout.covered.has(cellKey(4, 3))).toBe(true);
    expect(layout.covered.size).toBe(8);
  });

  it('covers exactly the cells of the merges but their top-left ones, for any set of disjoint merges', () => {
    const merge = fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 8 }), h: fc.integer({ min: 0, max: 4 }), w: fc.integer({ min: 0, max: 3 }) })
      .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
    fc.assert(fc.property(fc.array(merge, { maxLength: 6 }), (areas) => {
      const disjoint = areas.filter((a, i) => areas.slice(0, i).every((b) => a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left));
      const layout = gridLayout(null, disjoint);
      const cells = disjoint.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
      expect(layout.covered.size).toBe(cells - disjoint.length);
      for (const a of disjoint) expect(areaContains(a, a.bottom, a.right)).toBe(true);
    }));
  });

  it('moves the active cell with the arrow keys, never above row 1 or left of column A', () => {
    expect(step(5, 3, 'ArrowUp')).toEqual({ row: 4, col: 3 });
    expect(step(5, 3, 'ArrowRight')).toEqual({ row: 5, col: 4 });
    expect(step(1, 1, 'ArrowUp')).toEqual({ row: 1, col: 1 });
    expect(step(1, 1, 'ArrowLeft')).toEqual({ row: 1, col: 1 });
    expect(step(1, 1, 'Enter')).toBeNull();
  });
});
