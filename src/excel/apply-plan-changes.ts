/// <reference types="office-js" />
import type { PlanChanges } from '../core/plan/plan-changes';
import type { OwnedCell } from '../core/plan/write-plan';
import { cellKey } from './a1';
import { formulaInput, summaryInput } from '../addin/cell-input';
import { RequestBatcher } from './batcher';
import { REQUEST_BUDGET_BYTES } from './limits';
import { rangeOf, writeBytes } from './office-ops';
import { blocksOf } from './rectangles';

/**
 * A re-check's changes, written where the last result put them: the owned cells' formulas, values and
 * number formats in rectangular blocks, and the changed rows of 检查汇总. Styles, flags, notes and
 * the record stay as they are (the changes keep every position), so one batch usually carries it all.
 */
export async function applyPlanChanges(
  context: Excel.RequestContext, changes: PlanChanges, summarySheet: string | null, budgetBytes = REQUEST_BUDGET_BYTES,
): Promise<number> {
  const batcher = new RequestBatcher(context, budgetBytes);
  for (const { sheet, cells } of changes.sheets) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const byKey = new Map(cells.map((c) => [cellKey(c.row, c.col), c]));
    for (const b of blocksOf(cells)) {
      const rows = Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
        Array.from({ length: b.right - b.left + 1 }, (_, c) => byKey.get(cellKey(b.top + r, b.left + c)) as OwnedCell));
      const range = rangeOf(ws, b);
      // null leaves a cell's format as it is, as the whole write does for cells the plan gives none.
      const formats = rows.map((line) => line.map((c) => c.numFmt ?? null));
      if (formats.some((line) => line.some((x) => x !== null))) {
        await batcher.reserve(writeBytes(formats));
        range.numberFormat = formats;
      }
      const formulas = rows.map((line) => line.map((c) => formulaInput(c.value, c.formula)));
      await batcher.reserve(writeBytes(formulas));
      range.formulas = formulas;
    }
  }
  if (summarySheet !== null && changes.summaryRows.length > 0) {
    const ws = context.workbook.worksheets.getItem(summarySheet);
    for (const { row, cells } of changes.summaryRows) {
      if (cells.length === 0) continue;
      const data = [cells.map(summaryInput)];
      await batcher.reserve(writeBytes(data));
      rangeOf(ws, { top: row, left: 1, bottom: row, right: cells.length }).formulas = data as (string | number)[][];
    }
  }
  await batcher.flush();
  return batcher.syncs;
}
