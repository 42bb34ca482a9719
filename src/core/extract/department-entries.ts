/** The seed's 部门整体 grid: 职责活动 rows (a department `一、镇党委`, or an activity) and the indicators under them. */
import type { SheetGrid } from '../recognize/sheet-grid';
import type { RowsBlockPlace } from '../recognize/layout';
import type { Area } from '../snapshot';
import type { DepartmentEntry } from '../model/department-entry';
import type { DepartmentRole } from '../vocabulary';
import { measureOfName } from '../vocabulary';
import { parseMoney } from '../parse/money';
import { parseBand } from '../parse/band';
import { readActual, readText, readWith } from './read-cell';

const DEPARTMENT_ROW = /^[一二三四五六七八九十百]+[、.．]/u;
const BANDS = ['优', '良', '中', '差'] as const;

export function extractDepartmentEntries(grid: SheetGrid, area: Area, place: RowsBlockPlace<DepartmentRole>): DepartmentEntry[] {
  const { columns } = place;
  const entries: DepartmentEntry[] = [];
  const at = (row: number, col: number | undefined) => grid.masterWithin(area, row, col ?? area.left);
  const text = (row: number, col: number | undefined) => readText(grid, at(row, col));
  for (const row of place.rows) {
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
    const bandsBlank = BANDS.every((b) => columns[b] === undefined || grid.isBlank(row, columns[b] as number));
    if (!entry || indicator.row !== row || (indicator.value === '' && bandsBlank)) continue;
    const band = (col: number | undefined) => readWith(grid, at(row, col), parseBand);
    entry.indicators.push({
      row,
      name: indicator,
      measure: measureOfName(indicator.value),
      bands: { 优: band(columns.优), 良: band(columns.良), 中: band(columns.中), 差: band(columns.差) },
      actual: columns.actual === undefined ? null : readActual(grid, { row, col: columns.actual }),
    });
  }
  return entries;
}
