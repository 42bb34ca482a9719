/**
 * Write plans built by hand from a sample's known table areas, so the ExcelJS host is tested
 * without the plan builder: three owned columns right of the sheet's widest table (header, an input
 * cell, a formula, a result text), flags on merged titles, plain cells and a blank cell, a width
 * change on a table column, and a summary with links, numbers, formulas and two header rows.
 */
import { cellAddress } from '../../src/core/address';
import { FILL, OWNED_HEADER, SUMMARY_SHEET, type OwnedCell, type SheetOps, type SummaryCell, type WritePlan } from '../../src/core/plan/write-plan';
import type { RecordedInput } from '../../src/xlsx/read-inputs';
import type { ExpectedTable, Sample } from '../fixtures/sample-layout';

export interface HandPlanOptions {
  /** Values to put back into input cells, as `readInputs` returns them. */
  inputs?: RecordedInput[];
  /** Only the first n tables, to keep a test small. */
  tables?: number;
}

function ownedColumn(tables: ExpectedTable[], sheet: string): number {
  return Math.max(...tables.filter((t) => t.sheet === sheet).map((t) => t.area.right)) + 1;
}

export function handPlan(sample: Sample, options: HandPlanOptions = {}): WritePlan {
  const tables = sample.expected.slice(0, options.tables ?? sample.expected.length);
  const given = new Map((options.inputs ?? []).map((i) => [`${i.sheet}|${i.row}|${i.col}`, i.value]));
  const bySheet = new Map<string, SheetOps>();
  const summary: SummaryCell[][] = [['工作表', '表格', '名称', '错误', '总分']];
  const findings: SummaryCell[][] = [];

  tables.forEach((t, i) => {
    let ops = bySheet.get(t.sheet);
    if (!ops) {
      const first = ownedColumn(sample.expected, t.sheet);
      ops = {
        sheet: t.sheet,
        cells: [],
        flags: [],
        columnWidths: [
          { col: first, width: 12 },
          { col: first + 1, width: 10 },
          { col: first + 2, width: 40 },
          // A table column: its original width must come back.
          { col: t.area.left + 1, width: 33 },
        ],
      };
      bySheet.set(t.sheet, ops);
    }
    const first = ownedColumn(sample.expected, t.sheet);
    const { top, bottom, left, right } = t.area;
    const header = (col: number, value: string): OwnedCell => ({ row: top, col, value, bold: true, fill: FILL.header, wrap: true });
    ops.cells.push(header(first, OWNED_HEADER.actual), header(first + 1, OWNED_HEADER.score), header(first + 2, OWNED_HEADER.result));
    for (let row = top + 1; row <= bottom; row++) {
      const actual = cellAddress(row, first);
      ops.cells.push({
        row,
        col: first,
        value: given.get(`${t.sheet}|${row}|${first}`) ?? null,
        input: true,
        fill: FILL.input,
        ...(row % 2 === 0 ? { numFmt: '0%' } : {}),
      });
      ops.cells.push({ row, col: first + 1, formula: `IF(${actual}="","",ROUND(${actual}*10,2))`, value: '', numFmt: '0.00' });
      if (row % 3 === 0) ops.cells.push({ row, col: first + 2, value: `第${row}行：示例检查结果\n第二行`, wrap: true });
    }
    ops.flags.push({ row: top, col: left, severity: 'error', note: `表${i + 1}标题：错误\n建议：改正` });
    ops.flags.push({ row: top + 2, col: left + 1, severity: 'warning', note: '警告一条' });
    ops.flags.push({ row: bottom, col: right, severity: 'info', note: '提示一条' });
    summary.push([t.sheet, { text: `t${i + 1}`, link: { sheet: t.sheet, row: top, col: left } }, t.name, 1, { formula: `'${t.sheet}'!${cellAddress(top + 1, first + 1)}`, value: '' }]);
    findings.push([t.sheet, { text: cellAddress(bottom, right), link: { sheet: t.sheet, row: bottom, col: right } }, 'info', '提示一条']);
  });

  return {
    version: 1,
    sheets: [...bySheet.values()],
    summary: { name: SUMMARY_SHEET, rows: [...summary, [], ['工作表', '单元格', '严重程度', '说明'], ...findings], columnWidths: [16, 10, 30, 8, 8] },
    problems: [],
  };
}
