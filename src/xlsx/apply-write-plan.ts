import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/address';
import { FILL, RECORD_SHEET, type OwnedCell, type SummaryCell, type WritePlan, type WriteRecord } from '../core/plan/write-plan';
import { hasNote, isFreeCell, mergeArea, solidFill, styleJson, withFill, type CellStyle } from './cell-style';
import { clearWritePlan } from './clear-write-plan';
import { writeWriteRecord } from './write-record-sheet';
import { fitToPageWidth, recordPageSetup } from './page-setup';

export { readInputs, type RecordedInput } from './read-inputs';

type SheetRecord = WriteRecord['sheets'][number];

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

/** A plan that would write over a user's cell or into a missing sheet: a bug in the plan, refused whole. */
export class WritePlanConflict extends Error {
  override name = 'WritePlanConflict';
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new WritePlanConflict(`写入计划中的工作表不存在 / The write plan names a missing sheet: ${name}`);
  return ws;
}

/** Checks the whole plan before the first write, so a refused plan leaves the workbook untouched. */
function preflight(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const ops of plan.sheets) {
    if (ops.sheet === RECORD_SHEET || ops.sheet === plan.summary.name) {
      throw new WritePlanConflict(`写入计划不能写入工作表 / The write plan cannot write into sheet ${ops.sheet}`);
    }
    const ws = sheetOf(wb, ops.sheet);
    for (const c of ops.cells) {
      if (!isFreeCell(ws.findCell(c.row, c.col))) {
        throw new WritePlanConflict(
          `写入计划会覆盖用户单元格 / The write plan would overwrite a user's cell: '${ops.sheet}'!${cellAddress(c.row, c.col)}`,
        );
      }
    }
  }
}

function ownedStyle(original: CellStyle | null, c: OwnedCell): CellStyle {
  const style: CellStyle = { ...original };
  if (c.numFmt !== undefined) style.numFmt = c.numFmt;
  if (c.bold) style.font = { ...style.font, bold: true };
  if (c.fill !== undefined) style.fill = solidFill(c.fill);
  if (c.wrap) style.alignment = { ...style.alignment, wrapText: true };
  return style;
}

/** Headers and labels (bold text, not for the user): the next clear checks they are still in place. */
function labelOf(c: OwnedCell): string | undefined {
  const isLabel = typeof c.value === 'string' && c.value !== '' && c.formula === undefined && !c.input && c.bold === true;
  return isLabel ? (c.value as string) : undefined;
}

type OwnedEntry = SheetRecord['owned'][number];

function writeOwnedCell(ws: ExcelJS.Worksheet, c: OwnedCell, rec: SheetRecord, owned: Map<string, OwnedEntry>): void {
  const cell = ws.getCell(c.row, c.col);
  const key = `${c.row},${c.col}`;
  let entry = owned.get(key);
  if (!entry) {
    const original = styleJson(cell.style);
    entry = { row: c.row, col: c.col, ...(original ? { original } : {}) };
    owned.set(key, entry);
    rec.owned.push(entry);
  }
  // A cell written twice keeps the style it had before the first write, and the last label.
  const text = labelOf(c);
  if (text !== undefined) entry.text = text;
  else delete entry.text;
  if (c.input && !rec.inputs?.some((i) => i.row === c.row && i.col === c.col)) rec.inputs?.push({ row: c.row, col: c.col });
  // `{ formula, result }`: the cached result is the engine's own answer, so a reader that does not
  // recalculate shows the same thing.
  cell.value = c.formula !== undefined ? { formula: c.formula, ...(c.value !== null ? { result: c.value } : {}) } : c.value;
  cell.style = ownedStyle(styleJson(entry.original as CellStyle | undefined), c);
}

function applySheet(ws: ExcelJS.Worksheet, ops: WritePlan['sheets'][number]): SheetRecord {
  const rec: SheetRecord = { sheet: ops.sheet, owned: [], inputs: [], fills: [], notes: [], widths: [] };
  const owned = new Map<string, OwnedEntry>();
  for (const c of ops.cells) writeOwnedCell(ws, c, rec, owned);

  const filled = new Set<string>();
  const noted = new Set<string>();
  for (const flag of ops.flags) {
    const master = ws.getCell(flag.row, flag.col).master;
    const area = mergeArea(ws, master);
    // Colour every cell of a merged area, as Excel does when a user fills one, so that the area
    // still looks whole if it is unmerged later.
    for (let r = area.top; r <= area.bottom; r++) {
      for (let col = area.left; col <= area.right; col++) {
        const cell = ws.getCell(r, col);
        const key = `${r},${col}`;
        if (!filled.has(key)) {
          filled.add(key);
          rec.fills.push({ row: r, col, original: styleJson(cell.style)?.fill ?? null });
        }
        cell.style = withFill(cell.style, solidFill(FILL[flag.severity]));
      }
    }
    // A user's own note stays as it is; the message is still in the 检查结果 column and the summary.
    const key = `${area.top},${area.left}`;
    if (noted.has(key) || !hasNote(master)) {
      if (!noted.has(key)) rec.notes.push({ row: area.top, col: area.left });
      noted.add(key);
      master.note = flag.note;
    }
  }

  for (const { col, width } of ops.columnWidths) {
    const column = ws.getColumn(col);
    if (!rec.widths.some((w) => w.col === col)) rec.widths.push({ col, original: column.width ?? null });
    column.width = width;
  }
  for (const { row, height } of ops.rowHeights ?? []) {
    const r = ws.getRow(row);
    const current = r.height ?? null;
    if (current !== null && current >= height) continue;
    rec.heights = [...(rec.heights ?? []), { row, original: current }];
    r.height = height;
  }
  if (ops.fitToPageWidth) {
    rec.pageSetup = recordPageSetup(ws);
    fitToPageWidth(ws);
  }
  return rec;
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function writeSummaryCell(cell: ExcelJS.Cell, v: SummaryCell): void {
  if (v === null || typeof v === 'string' || typeof v === 'number') {
    cell.value = v;
  } else if ('link' in v) {
    // HYPERLINK() rather than an ExcelJS hyperlink value: ExcelJS 4.4 writes an internal link as an
    // external relationship AND a `#`-prefixed location (exceljs#3027), which readers resolve
    // differently; the formula works alike in Excel, WPS and LibreOffice, and goes with the sheet.
    const target = `#'${v.link.sheet.replace(/'/g, "''")}'!${cellAddress(v.link.row, v.link.col)}`;
    cell.value = { formula: `HYPERLINK(${quoteText(target)},${quoteText(v.text)})`, result: v.text };
    cell.font = LINK_FONT;
  } else {
    cell.value = { formula: v.formula, ...(v.value !== null ? { result: v.value } : {}) };
  }
}

function uniqueSheetName(wb: ExcelJS.Workbook, name: string): string {
  let candidate = name;
  for (let i = 2; wb.getWorksheet(candidate); i++) candidate = `${name} (${i})`;
  return candidate;
}

/** 检查汇总; null when the plan has nothing to list. A user's sheet of that name is left alone. */
function addSummarySheet(wb: ExcelJS.Workbook, summary: WritePlan['summary']): string | null {
  if (summary.rows.length === 0) return null;
  const name = uniqueSheetName(wb, summary.name);
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  let headerNext = true;
  summary.rows.forEach((row, i) => {
    const isHeader = headerNext && row.length > 0;
    headerNext = row.length === 0;
    row.forEach((v, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      writeSummaryCell(cell, v);
      // Headers centred over their columns (numbers right, texts left would each look misplaced);
      // long texts wrap within the column instead of running off the printed page.
      if (isHeader) cell.style = { font: { bold: true }, fill: solidFill(FILL.header), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
      else if (typeof v === 'string') cell.alignment = { vertical: 'top', wrapText: true };
      else cell.alignment = { vertical: 'top' };
    });
  });
  summary.columnWidths.forEach((width, j) => {
    ws.getColumn(j + 1).width = width;
  });
  ws.pageSetup.printTitlesRow = '1:1';
  return name;
}

/**
 * Writes a plan into the workbook: owned cells (values, formulas with the engine's result cached,
 * formats), flags (fill plus note, except over a user's note), column widths, the summary sheet and
 * the very hidden record sheet that `clearWritePlan` undoes. A previous result is cleared first, so
 * checking twice gives what checking once does; read the user's input cells with `readInputs`
 * before that, and give them to the plan builder. A plan that would overwrite a user's cell is
 * refused before this plan writes anything (`WritePlanConflict`; the previous result is cleared by
 * then); a damaged record throws `recordError` before any change. Returns the summary sheet's name,
 * null when there was none.
 */
export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): string | null {
  clearWritePlan(wb);
  preflight(wb, plan);
  const sheets = plan.sheets.map((ops) => applySheet(sheetOf(wb, ops.sheet), ops));
  const summarySheet = addSummarySheet(wb, plan.summary);
  writeWriteRecord(wb, { version: 1, sheets, summarySheet });
  return summarySheet;
}
