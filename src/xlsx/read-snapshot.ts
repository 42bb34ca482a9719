import { isAddinDataSheet } from '../addin/profile-sheet';
import ExcelJS from 'exceljs';
import type { Area, CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { cellContent, type CellContent } from './cell-content';
import { excelSerial } from './excel-serial';
import { asInputError, tooLargeError } from './input-error';
import { MAX_CELLS_PER_SHEET } from './read-limits';
import { renderCellText } from './render-cell-text';

const GENERAL = 'General';
/**
 * ExcelJS spells the built-in system date formats (ids 14 and 22) the en-US way; Excel shows them in
 * the system locale's form, and these workbooks are opened in Chinese Excel.
 */
const ZH_CN_SYSTEM_FORMATS: Record<string, string> = {
  'mm-dd-yy': 'yyyy/m/d',
  'm/d/yy "h":mm': 'yyyy/m/d h:mm',
};

function cellFormat(cell: ExcelJS.Cell | undefined): string {
  const numFmt = cell?.numFmt || GENERAL;
  return ZH_CN_SYSTEM_FORMATS[numFmt] ?? numFmt;
}

function isBlank(content: CellContent): boolean {
  return content === null || content === '';
}

/** ExcelJS answers a merged cell's `value` with the master's, so members must be told apart by type. */
function isMergeMember(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Merge;
}

interface Extent {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The used range (cells holding a value or a formula, and merged areas; formatting alone does not
 * count) and the merged areas. Merges are rebuilt from their member cells: ExcelJS's only public
 * list, `ws.model.merges`, serialises the whole sheet to build it.
 */
function scanSheet(ws: ExcelJS.Worksheet): { extent: Extent | null; merges: Area[] } {
  const extent: Extent = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  const include = (row: number, col: number): void => {
    extent.top = Math.min(extent.top, row);
    extent.left = Math.min(extent.left, col);
    extent.bottom = Math.max(extent.bottom, row);
    extent.right = Math.max(extent.right, col);
  };
  const merges = new Map<ExcelJS.Cell, Area>();
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (!isMergeMember(cell)) {
        // A formula with no cached result (a file never opened in Excel) still occupies its cell.
        if (cell.type === ExcelJS.ValueType.Formula || !isBlank(cellContent(cell))) include(rowNumber, colNumber);
        return;
      }
      const master = cell.master;
      let area = merges.get(master);
      if (!area) {
        const { row: top, col: left } = master.fullAddress;
        area = { top, left, bottom: top, right: left };
        merges.set(master, area);
        include(top, left);
      }
      area.bottom = Math.max(area.bottom, rowNumber);
      area.right = Math.max(area.right, colNumber);
      include(rowNumber, colNumber);
    });
  });
  const sorted = [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { extent: extent.bottom > 0 ? extent : null, merges: sorted };
}

function readCell(cell: ExcelJS.Cell | undefined, format: string, date1904: boolean): { value: CellValue; text: string } {
  if (!cell || isMergeMember(cell)) return { value: null, text: '' };
  const content = cellContent(cell);
  if (isBlank(content)) return { value: null, text: '' };
  if (content instanceof Date) return { value: excelSerial(content, date1904), text: renderCellText(content, format) };
  if (typeof content === 'object' && content !== null) return { value: content.error, text: content.error };
  return { value: content, text: renderCellText(content, format) };
}

/**
 * One worksheet as plain data over its used range. Values sit on a merged area's top-left cell
 * only; dates become Excel serial numbers in the workbook's date system.
 */
export function snapshotWorksheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const { extent, merges } = scanSheet(ws);
  if (!extent) return { name: ws.name, origin: { row: 1, col: 1 }, values: [], text: [], formats: [], merges };
  const { top, left, bottom, right } = extent;
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > MAX_CELLS_PER_SHEET) {
    throw tooLargeError({ kind: 'cells', sheet: ws.name, cells: height * width, limit: MAX_CELLS_PER_SHEET }, '');
  }
  const date1904 = ws.workbook.properties.date1904 === true;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.findRow(r);
    const rowValues: CellValue[] = [];
    const rowText: string[] = [];
    const rowFormats: string[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row?.findCell(c);
      const format = cellFormat(cell);
      const read = readCell(cell, format, date1904);
      rowValues.push(read.value);
      rowText.push(read.text);
      rowFormats.push(format);
    }
    values.push(rowValues);
    text.push(rowText);
    formats.push(rowFormats);
  }
  return { name: ws.name, origin: { row: top, col: left }, values, text, formats, merges };
}

export function snapshotWorkbook(wb: ExcelJS.Workbook, file: string): WorkbookSnapshot {
  try {
    // The add-in's own record is not the user's data.
    return { file, sheets: wb.worksheets.filter((ws) => !isAddinDataSheet(ws.name)).map((ws) => snapshotWorksheet(ws)) };
  } catch (e) {
    throw asInputError(e, file);
  }
}
