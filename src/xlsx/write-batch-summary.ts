import ExcelJS from 'exceljs';
import { cellAddress } from '../core/address';
import { FILL } from '../core/plan/write-plan';
import { COUNT_COLUMNS, FINDING_HEADERS, TABLE_HEADERS, type BatchOverview, type OverviewCell } from '../cli/batch-summary';
import { solidFill } from './cell-style';

export const OVERVIEW_SHEET = '汇总';
export const FINDINGS_SHEET = '问题清单';
export const TOTAL_ROW_LABEL = '合计（随筛选变化）';

const TABLE_WIDTHS = [26, 24, 16, 6, 10, 10, 30, 6, 6, 6, 7, 6, 10, 26, 40];
const FINDING_WIDTHS = [26, 24, 16, 8, 8, 24, 28, 60, 30];
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function writeCell(cell: ExcelJS.Cell, v: OverviewCell): void {
  if (v === null || typeof v === 'string' || typeof v === 'number') {
    cell.value = v;
    return;
  }
  // A relative HYPERLINK: it opens the annotated copy beside the overview in Excel, WPS and Calc.
  cell.value = { formula: `HYPERLINK(${quoted(v.file.replace(/\\/g, '/'))},${quoted(v.text)})`, result: v.text };
  cell.font = LINK_FONT;
}

/**
 * A sheet ready for Excel's filter and for print: bold wrapped headers centred over their columns,
 * the header row frozen and repeated on every printed page, an autofilter over the rows, long texts
 * wrapped, landscape and one page wide.
 */
function addGrid(wb: ExcelJS.Workbook, name: string, headers: readonly string[], rows: OverviewCell[][], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  headers.forEach((h, j) => {
    const cell = ws.getCell(1, j + 1);
    cell.value = h;
    cell.style = { font: { bold: true }, fill: solidFill(FILL.header), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  });
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      const cell = ws.getCell(i + 2, j + 1);
      writeCell(cell, v);
      cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' };
    });
  });
  widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: headers.length } };
  ws.pageSetup.printTitlesRow = '1:1';
  return ws;
}

/**
 * The batch overview as a workbook: 汇总 (a row per file and table, with totals that follow the
 * filter) and 问题清单 (every finding).
 */
export function batchSummaryWorkbook(overview: BatchOverview): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = addGrid(wb, OVERVIEW_SHEET, TABLE_HEADERS, overview.tables, TABLE_WIDTHS);
  const last = overview.tables.length + 1;
  const totals = ws.getRow(last + 2);
  totals.getCell(1).value = TOTAL_ROW_LABEL;
  for (const col of COUNT_COLUMNS) {
    const range = `${cellAddress(2, col + 1)}:${cellAddress(Math.max(2, last), col + 1)}`;
    const sum = overview.tables.reduce((s, r) => s + (typeof r[col] === 'number' ? r[col] : 0), 0);
    totals.getCell(col + 1).value = { formula: `SUBTOTAL(109,${range})`, result: sum };
  }
  totals.font = { bold: true };
  addGrid(wb, FINDINGS_SHEET, FINDING_HEADERS, overview.findings, FINDING_WIDTHS);
  return wb;
}
