import type { Flag, OwnedCell, SheetOps, SummaryCell, WritePlan } from './write-plan';

/** The owned cells of one sheet whose content a re-check changes, in place. */
export interface SheetChanges {
  sheet: string;
  cells: OwnedCell[];
}

/**
 * What a re-check must send when its plan keeps every position of the plan in the sheet: the owned
 * cells whose value, formula or number format changed (a formula's cached result is Excel's to
 * recalculate, and input cells are the user's), and the summary rows that changed.
 */
export interface PlanChanges {
  sheets: SheetChanges[];
  /** 1-based rows of 检查汇总 with their new cells. */
  summaryRows: { row: number; cells: SummaryCell[] }[];
}

const key = (row: number, col: number) => `${row}:${col}`;

function sameContent(a: OwnedCell, b: OwnedCell): boolean {
  if (a.formula !== b.formula || a.numFmt !== b.numFmt) return false;
  return a.formula !== undefined || a.value === b.value;
}

function sameStyle(a: OwnedCell, b: OwnedCell): boolean {
  return a.bold === b.bold && a.fill === b.fill && a.wrap === b.wrap && a.input === b.input;
}

const flagText = (f: Flag) => `${key(f.row, f.col)}\u0000${f.severity}\u0000${f.note}`;

/** Same widths, heights, page setup and flags (each with its severity and note) on the sheet. */
function sameFrame(a: SheetOps, b: SheetOps): boolean {
  const json = (x: unknown) => JSON.stringify(x);
  if (json(a.columnWidths) !== json(b.columnWidths) || json(a.rowHeights ?? []) !== json(b.rowHeights ?? [])) return false;
  if ((a.fitToPageWidth ?? false) !== (b.fitToPageWidth ?? false) || a.flags.length !== b.flags.length) return false;
  const flags = new Set(a.flags.map(flagText));
  return b.flags.every((f) => flags.has(flagText(f)));
}

function sheetChanges(before: SheetOps, after: SheetOps): OwnedCell[] | null {
  if (!sameFrame(before, after) || before.cells.length !== after.cells.length) return null;
  const old = new Map(before.cells.map((c) => [key(c.row, c.col), c]));
  const changed: OwnedCell[] = [];
  for (const c of after.cells) {
    const was = old.get(key(c.row, c.col));
    if (!was || !sameStyle(was, c)) return null;
    if (!c.input && !sameContent(was, c)) changed.push(c);
  }
  return changed;
}

const isLink = (v: SummaryCell | undefined) => v !== null && typeof v === 'object' && 'link' in v;
/** A summary cell as the sheet holds it: a formula's cached result is Excel's to recalculate. */
const comparable = (v: SummaryCell | undefined) => (v !== null && typeof v === 'object' && 'formula' in v ? v.formula : v);

/** Same rows, each as long and with its links where they were (headers follow the empty rows, so they stay too). */
function summaryChanges(before: WritePlan['summary'], after: WritePlan['summary']): PlanChanges['summaryRows'] | null {
  if (before.name !== after.name || before.rows.length !== after.rows.length) return null;
  if (JSON.stringify(before.columnWidths) !== JSON.stringify(after.columnWidths)) return null;
  const rows: PlanChanges['summaryRows'] = [];
  for (const [i, cells] of after.rows.entries()) {
    const was = before.rows[i] as SummaryCell[];
    if (was.length !== cells.length || cells.some((v, j) => isLink(v) !== isLink(was[j]))) return null;
    if (cells.some((v, j) => JSON.stringify(comparable(v)) !== JSON.stringify(comparable(was[j])))) rows.push({ row: i + 1, cells });
  }
  return rows;
}

/**
 * The changes from `before` (the plan in the sheet) to `after`, or null when `after` puts something
 * where `before` had nothing or takes something away (a flag, an owned cell, a summary row): the host
 * then writes the whole result again, which records what is under each new cell.
 */
export function planChanges(before: WritePlan, after: WritePlan): PlanChanges | null {
  if (before.sheets.length !== after.sheets.length) return null;
  const old = new Map(before.sheets.map((s) => [s.sheet, s]));
  const sheets: SheetChanges[] = [];
  for (const s of after.sheets) {
    const was = old.get(s.sheet);
    const cells = was ? sheetChanges(was, s) : null;
    if (cells === null) return null;
    if (cells.length > 0) sheets.push({ sheet: s.sheet, cells });
  }
  const summaryRows = summaryChanges(before.summary, after.summary);
  return summaryRows === null ? null : { sheets, summaryRows };
}
