import type { IndicatorRow, ProjectTable } from '../model/project-table';
import { isUnusedRow } from './required-fields';
import { level1Of, level2Of, type Level1 } from './indicator-taxonomy-table';

export interface SetIndicator {
  row: IndicatorRow;
  level1: Level1 | null;
  level2: string;
}

/** Indicator rows that set a target: not left blank by the template and not marked `无`. */
export function setIndicators(table: ProjectTable): SetIndicator[] {
  let rows = cache.get(table);
  if (!rows) {
    rows = table.indicators
      .filter((r) => !isUnusedRow(r) && r.value?.value.kind !== 'not-set' && r.level3?.value !== '无')
      .map((row) => ({ row, level1: level1Of(row.level1?.value), level2: level2Of(row.level2?.value) }));
    cache.set(table, rows);
  }
  return rows;
}

/** Many rules ask for the same rows of the same table: read them once. */
const cache = new WeakMap<ProjectTable, SetIndicator[]>();
