import type { WorkbookSnapshot } from '../snapshot';
import type { Table } from '../model/table';
import { SheetGrid } from '../recognize/sheet-grid';
import { OWNED_HEADER, TOTAL_LABEL, type WritePlan, type WriteRecord } from './write-plan';
import { yearGrid } from './project-ops';

/** A cell of a named sheet. */
export interface SheetCell {
  sheet: string;
  row: number;
  col: number;
}

type SheetRecord = WriteRecord['sheets'][number];

/** How far above or below a table its totals block (全年执行数 … 等级) may lie. */
const TOTALS_REACH = Object.keys(TOTAL_LABEL).length;

/**
 * The labels that name a typed input cell, so a kept entry keeps its heading: the 实际完成值 header
 * above it in its column, or the 全年执行数 label left of it in its row.
 */
function namingLabels(s: SheetRecord, cell: { row: number; col: number }): SheetRecord['owned'] {
  const header = s.owned
    .filter((o) => o.col === cell.col && o.row < cell.row && o.text === OWNED_HEADER.actual)
    .sort((a, b) => b.row - a.row)[0];
  const total = s.owned.find((o) => o.row === cell.row && o.col === cell.col - 1 && o.text === TOTAL_LABEL.execution);
  return [header, total].filter((o) => o !== undefined);
}

/**
 * 清除检查结果 keeping what the user typed: the record without the typed input cells and the labels
 * that name them, so clearing removes everything else and leaves those as the user's own cells.
 */
export function withoutKeptInputs(record: WriteRecord, typed: readonly SheetCell[]): WriteRecord {
  return {
    ...record,
    sheets: record.sheets.map((s) => {
      const kept = typed.filter((t) => t.sheet === s.sheet);
      if (kept.length === 0) return s;
      const keep = new Set<string>();
      for (const t of kept) for (const c of [t, ...namingLabels(s, t)]) keep.add(`${c.row},${c.col}`);
      const drop = (c: { row: number; col: number }) => !keep.has(`${c.row},${c.col}`);
      return { ...s, owned: s.owned.filter(drop), inputs: (s.inputs ?? []).filter(drop) };
    }),
  };
}

/** The cells of a kept 实际完成值 column (or 全年执行数) a new check takes back as its own. */
export interface KeptInputs {
  /** Cells holding the user's entries: carried into the new check's input cells. */
  entries: SheetCell[];
  /** Every kept cell, labels too: emptied before the new result is written in their place. */
  cells: SheetCell[];
}

/**
 * What an earlier `clear --keep-actuals` left beside each table: a column headed 实际完成值 right
 * after the table (in its header row), with the entries under it, and 全年执行数 labels beside the
 * column with their values. A new check adopts them: the labels are written again and the entries
 * are carried over as input cells, instead of a second column going beside the first.
 */
export function keptInputCells(snapshot: WorkbookSnapshot, tables: readonly Table[]): KeptInputs {
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new SheetGrid(s)]));
  const entries: SheetCell[] = [];
  const cells: SheetCell[] = [];
  for (const t of tables) {
    const grid = grids.get(t.sheet);
    const header = t.kind === 'project' ? yearGrid(t)?.headerRow ?? null : t.departmentHeaderRow;
    const col = t.area.right + 1;
    if (!grid) continue;
    const at = (row: number, c: number): SheetCell => ({ sheet: t.sheet, row, col: c });
    if (header !== null && grid.text(header, col).trim() === OWNED_HEADER.actual && !grid.mergeAt(header, col)) {
      cells.push(at(header, col));
      const rows = t.kind === 'project'
        ? t.indicators.map((i) => i.row)
        : t.entries.flatMap((e) => e.indicators.map((i) => i.row));
      for (const row of rows) {
        if (grid.mergeAt(row, col) || grid.isBlank(row, col)) continue;
        entries.push(at(row, col));
        cells.push(at(row, col));
      }
    }
    if (t.kind !== 'project') continue;
    for (let row = Math.max(1, t.area.top - TOTALS_REACH); row <= t.area.bottom + TOTALS_REACH; row++) {
      if (grid.text(row, col).trim() !== TOTAL_LABEL.execution) continue;
      cells.push(at(row, col));
      if (grid.isBlank(row, col + 1)) continue;
      entries.push(at(row, col + 1));
      cells.push(at(row, col + 1));
    }
  }
  return { entries, cells };
}

/** The snapshot with these cells empty: what the sheet looks like once the kept cells are taken back. */
export function withoutCells(snapshot: WorkbookSnapshot, cells: readonly SheetCell[]): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => {
      const mine = cells.filter((c) => c.sheet === s.name);
      if (mine.length === 0) return s;
      const values = s.values.map((r) => [...r]);
      const text = s.text.map((r) => [...r]);
      for (const c of mine) {
        const r = c.row - s.origin.row;
        const k = c.col - s.origin.col;
        const valueRow = values[r];
        const textRow = text[r];
        if (valueRow && k >= 0 && k < valueRow.length) valueRow[k] = null;
        if (textRow && k >= 0 && k < textRow.length) textRow[k] = '';
      }
      return { ...s, values, text };
    }),
  };
}

/** True when the plan puts one of its input cells at every given cell (so no kept entry is lost). */
export function plansInputsAt(plan: WritePlan, cells: readonly SheetCell[]): boolean {
  const inputs = new Set(plan.sheets.flatMap((s) => s.cells.filter((c) => c.input).map((c) => `${s.sheet}\u0000${c.row}\u0000${c.col}`)));
  return cells.every((c) => inputs.has(`${c.sheet}\u0000${c.row}\u0000${c.col}`));
}
