import type { WorkbookSnapshot } from '../snapshot';
import type { Table } from '../model/table';
import { SheetGrid } from '../recognize/sheet-grid';
import { moneyUnitLine } from '../vocabulary';

/**
 * The submitting unit a project table names: its 实施单位 (or 单位名称, 主管部门), else its own line between
 * the title and the first field (`201001承德高新区上板城镇人民政府本级`, beside `单位：万元`); null when none.
 */
function projectUnit(grid: SheetGrid, table: Table): string | null {
  const named = table.texts.implementer ?? table.texts.unitName ?? table.texts.department;
  if (named && named.value !== '') return named.value;
  const fieldRows = [table.texts.code, table.texts.name, table.budget].filter((f) => f !== undefined && f !== null).map((f) => f.row);
  const firstField = fieldRows.length > 0 ? Math.min(...fieldRows) : table.area.top;
  const from = table.title ? table.title.row + 1 : table.area.top;
  for (let row = from; row < firstField; row++) {
    for (const p of grid.rowCells(row, table.area.left, table.area.right)) {
      const text = grid.text(p.row, p.col).trim();
      if (text !== '' && moneyUnitLine(text) === null && !/^\(?\s*\d{0,4}\s*年度?\s*\)?$/u.test(text)) return text;
    }
  }
  return null;
}

/**
 * Each table's unit, by table id: its own line where it has one, else the unit most of the
 * workbook's tables name (a department table has no such line; a workbook comes from one unit).
 */
export function tableUnits(snapshot: WorkbookSnapshot, tables: readonly Table[]): Map<string, string> {
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new SheetGrid(s)]));
  const own = new Map<string, string>();
  for (const t of tables) {
    const grid = grids.get(t.sheet);
    const unit = grid && t.kind !== 'department' ? projectUnit(grid, t) : null;
    if (unit !== null) own.set(t.id, unit);
  }
  const tally = new Map<string, number>();
  for (const u of own.values()) tally.set(u, (tally.get(u) ?? 0) + 1);
  const common = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
  const units = new Map<string, string>();
  for (const t of tables) {
    const unit = own.get(t.id) ?? common;
    if (unit !== undefined) units.set(t.id, unit);
  }
  return units;
}
