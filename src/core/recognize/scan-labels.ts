import type { SheetGrid } from './sheet-grid';
import {
  DEPARTMENT_COLUMNS, INDICATOR_COLUMNS, PROJECT_LABELS, isDepartmentTitle, isProjectTitle, moneyUnitOf,
  type DepartmentColumn, type IndicatorColumn, type ProjectLabel,
} from './labels';

export interface Hit<K> {
  key: K;
  row: number;
  col: number;
}

/** Every anchor in a sheet, found in one pass over its cells. */
export interface SheetLabels {
  project: Hit<ProjectLabel>[];
  indicator: Hit<IndicatorColumn>[];
  department: Hit<DepartmentColumn>[];
  projectTitles: Hit<'title'>[];
  departmentTitles: Hit<'title'>[];
  moneyUnits: Hit<'万元' | '元'>[];
}

export function scanLabels(grid: SheetGrid): SheetLabels {
  const out: SheetLabels = { project: [], indicator: [], department: [], projectTitles: [], departmentTitles: [], moneyUnits: [] };
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let col = grid.left; col <= grid.right; col++) {
      if (!grid.isMaster(row, col)) continue;
      const label = grid.label(row, col);
      if (label === '') continue;
      const p = PROJECT_LABELS.get(label);
      if (p) out.project.push({ key: p, row, col });
      const i = INDICATOR_COLUMNS.get(label);
      if (i) out.indicator.push({ key: i, row, col });
      const d = DEPARTMENT_COLUMNS.get(label);
      if (d) out.department.push({ key: d, row, col });
      if (isProjectTitle(label)) out.projectTitles.push({ key: 'title', row, col });
      else if (isDepartmentTitle(label)) out.departmentTitles.push({ key: 'title', row, col });
      const unit = moneyUnitOf(label);
      if (unit) out.moneyUnits.push({ key: unit, row, col });
    }
  }
  return out;
}

/** Hits with `from <= row <= to`; hits are in row order because the scan is row-major. */
export function hitsInRows<T extends { row: number }>(hits: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as T).row < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < hits.length && (hits[i] as T).row <= to; i++) out.push(hits[i] as T);
  return out;
}
