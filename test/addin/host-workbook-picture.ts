/**
 * What a host leaves in a workbook, as one comparable picture whichever host wrote it: the Office.js
 * fake's state (which the WPS fake shares) or an ExcelJS workbook. This is the one place where the
 * hosts' legitimate differences are normalized, each for a stated reason:
 *
 * - Sheets are compared by name, not by tab order: the command line adds 检查汇总 before the
 *   record sheet, the add-in hosts the record first (so a failed write can always be cleared).
 * - The record sheet is compared by presence and visibility only: each host keeps the originals in
 *   its own serialisation (ExcelJS styles, Office.js fill values), all readable by the others.
 * - A formula cell is compared by its formula: ExcelJS caches the engine's expected result, the
 *   fakes calculate (fast-formula-parser), and a difference there is the calculator's, not the host's.
 * - Fills are compared as their colour (`#RRGGBB`, theme colours through the default theme): the
 *   plan writes solid fills only, and the hosts spell patterns and tints differently.
 * - Notes are compared as their text (ExcelJS may keep a note as rich text).
 * - Column widths are compared in characters, to two decimals (Office.js keeps points).
 * - Number formats, fonts, alignment, row heights, page setup and frozen panes are not compared: the
 *   plan's number formats and bold/wrap are checked by each host's own tests, and heights, page setup
 *   and panes are written by the command line alone.
 */
import ExcelJS from 'exceljs';
import { RECORD_SHEET } from '../../src/core/plan/write-plan';
import type { Area, CellValue } from '../../src/core/snapshot';
import { fillToRestore, pointsToWidth } from '../../src/excel/fill-codec';
import type { FakeExcel } from '../../src/harness/fake-excel';
import { cellContent } from '../../src/xlsx/cell-content';
import { excelSerial } from '../../src/xlsx/excel-serial';
import { snapshotWorksheet } from '../../src/xlsx/read-snapshot';

export interface SheetPicture {
  name: string;
  visibility: string;
  merges: Area[];
  /** `A1`-keyed, sorted: `=formula` or the value, and the fill colour. */
  cells: [string, { entry: CellValue; fill: string | null }][];
  notes: [string, string][];
  widths: [number, number][];
}

const byArea = (a: Area, b: Area) => a.top - b.top || a.left - b.left;
const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const key = (row: number, col: number) => `${String(row).padStart(7, '0')},${String(col).padStart(5, '0')}`;
const width = (chars: number) => Math.round(chars * 100) / 100;

function sorted(sheets: SheetPicture[]): SheetPicture[] {
  return sheets
    .map((s) => (s.name === RECORD_SHEET ? { ...s, merges: [], cells: [], notes: [], widths: [] } : s))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The picture of the fakes' shared workbook state. */
export function fakePicture(fake: FakeExcel): SheetPicture[] {
  return sorted(fake.sheets.map((s) => {
    const cells: SheetPicture['cells'] = [];
    for (const [k, c] of s.cells) {
      const [row, col] = k.split(',').map(Number) as [number, number];
      const entry = c.formula !== null ? `=${c.formula}` : c.value === '' ? null : c.value;
      const fill = c.fill && c.fill.pattern !== 'None' ? c.fill.color.toUpperCase() : null;
      if (entry !== null || fill !== null) cells.push([key(row, col), { entry, fill }]);
    }
    return {
      name: s.name,
      visibility: s.visibility,
      merges: [...s.merges].sort(byArea),
      cells: cells.sort(byKey),
      notes: [...s.notes].map(([k, text]): [string, string] => {
        const [row, col] = k.split(',').map(Number) as [number, number];
        return [key(row, col), text];
      }).sort(byKey),
      widths: [...s.widths].map(([col, points]): [number, number] => [col, width(pointsToWidth(points))]).sort((a, b) => a[0] - b[0]),
    };
  }));
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function noteText(note: unknown): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : null;
}

function entryOf(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula && cell.formula) return `=${cell.formula}`;
  const content = cellContent(cell);
  if (content === null || content === '') return null;
  if (content instanceof Date) return excelSerial(content, date1904);
  if (typeof content === 'object') return content.error;
  return content;
}

/** The picture of an ExcelJS workbook. */
export function excelJsPicture(wb: ExcelJS.Workbook): SheetPicture[] {
  const date1904 = wb.properties.date1904 === true;
  return sorted(wb.worksheets.map((ws) => {
    const cells: SheetPicture['cells'] = [];
    const notes: SheetPicture['notes'] = [];
    // find* rather than each*: ExcelJS's iterators skip cells that hold only a style.
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.findRow(r);
      for (let c = 1; c <= (row?.cellCount ?? 0); c++) {
        const cell = row?.findCell(c);
        if (!cell) continue;
        const merged = cell.type === ExcelJS.ValueType.Merge;
        const entry = merged ? null : entryOf(cell, date1904);
        const fill = fillToRestore(cell.fill)?.color.toUpperCase() ?? null;
        if (entry !== null || fill !== null) cells.push([key(r, c), { entry, fill }]);
        const note = merged ? null : noteText(cell.note);
        if (note !== null) notes.push([key(r, c), note]);
      }
    }
    const widths = (ws.columns ?? []).flatMap((column, i): [number, number][] => (column.width ? [[i + 1, width(column.width)]] : []));
    return {
      name: ws.name,
      visibility: VISIBILITY[ws.state],
      merges: ws.name === RECORD_SHEET ? [] : [...snapshotWorksheet(ws).merges].sort(byArea),
      cells: cells.sort(byKey),
      notes: notes.sort(byKey),
      widths,
    };
  }));
}
