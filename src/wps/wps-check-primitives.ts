import type { CheckPrimitives } from '../addin/check-sequence';
import { typedEntries } from '../addin/typed-entries';
import { cellArea } from '../excel/a1';
import { formulas, values2, type EtApplication, type EtWorkbook } from './et-facade';
import { applyWpsPlan } from './wps-apply-plan';
import { cellAt, sheetNamed } from './wps-cells';
import { clearWpsResult } from './wps-clear-plan';
import type { OwnWrites } from './wps-own-writes';
import { readWpsSnapshot } from './wps-read-snapshot';

/**
 * The check sequence's operations on the workbook open in WPS. ET calls are synchronous; each
 * operation runs inside `own`, so the change events of its writes are not taken as the user's. The
 * summary sheet a clear empties is written into again.
 */
export function wpsCheckPrimitives(app: EtApplication, book: EtWorkbook, own: OwnWrites): CheckPrimitives {
  let keptSummarySheet: string | null = null;
  return {
    read: async () => readWpsSnapshot(book),
    clearPrevious: async () => own.run(() => {
      const cleared = clearWpsResult(app, book, { keepSheets: true });
      keptSummarySheet = cleared.keptSummarySheet;
      return cleared;
    }),
    readKept: async (kept) => kept.entries.flatMap((c) => {
      const ws = sheetNamed(book, c.sheet);
      if (!ws) return [];
      const cell = cellAt(ws, c.row, c.col);
      return typedEntries(c.sheet, cellArea(c), values2(cell, 1, 1), formulas(cell, 1, 1));
    }),
    emptyKept: async (kept) => own.run(() => {
      for (const c of kept.cells) {
        const ws = sheetNamed(book, c.sheet);
        if (ws) cellAt(ws, c.row, c.col).ClearContents();
      }
    }),
    apply: async (plan) => own.run(() => applyWpsPlan(app, book, plan, { keptSummarySheet })),
  };
}
