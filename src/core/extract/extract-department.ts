import type { SheetGrid } from '../recognize/sheet-grid';
import type { DepartmentLayout } from '../recognize/layout';
import type { DepartmentEntry, DepartmentTable } from '../model/department-table';
import { parseMoney } from '../parse/money';
import { parseBand } from '../parse/band';
import { readActual, readText, readWith } from './read-cell';

/** `一、镇党委`: a department row; anything else named in the first column is an activity. */
const DEPARTMENT_ROW = /^[一二三四五六七八九十百]+[、.．]/;

export function extractDepartment(grid: SheetGrid, layout: DepartmentLayout, id: string): DepartmentTable {
  const { columns } = layout;
  const entries: DepartmentEntry[] = [];
  const at = (row: number, col: number | undefined) => grid.masterWithin(layout.area, row, col ?? layout.area.left);
  const text = (row: number, col: number | undefined) => readText(grid, at(row, col));
  for (const row of layout.dataRows) {
    const name = text(row, columns.activity);
    if (name.row === row && name.value !== '') {
      const budgetCell = at(row, columns.budget);
      entries.push({
        level: DEPARTMENT_ROW.test(name.value) ? 'department' : 'activity',
        name,
        budget: readWith(grid, budgetCell, (t) => parseMoney(grid.raw(budgetCell.row, budgetCell.col), t)),
        content: text(row, columns.content),
        goal: text(row, columns.goal),
        indicators: [],
      });
    }
    const indicator = text(row, columns.indicator);
    const entry = entries[entries.length - 1];
    if (!entry || indicator.row !== row || (indicator.value === '' && bandsBlank(grid, row, layout))) continue;
    const band = (col: number | undefined) => readWith(grid, at(row, col), parseBand);
    entry.indicators.push({
      row,
      name: indicator,
      bands: { 优: band(columns.优), 良: band(columns.良), 中: band(columns.中), 差: band(columns.差) },
      actual: columns.actual === undefined ? null : readActual(grid, { row, col: columns.actual }),
    });
  }
  return { kind: 'department', id, sheet: grid.name, area: layout.area, title: layout.title && readText(grid, layout.title), headerRow: layout.headerRow, entries };
}

function bandsBlank(grid: SheetGrid, row: number, layout: DepartmentLayout): boolean {
  return (['优', '良', '中', '差'] as const).every((b) => {
    const col = layout.columns[b];
    return col === undefined || grid.isBlank(row, col);
  });
}
