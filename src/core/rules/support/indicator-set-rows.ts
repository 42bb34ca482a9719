import type { Table } from '../../model/table';
import type { IndicatorRow } from '../../model/indicator-row';

/** Indicator rows that set a target (extract's `status`), in sheet order. */
export function setIndicators(table: Table): IndicatorRow[] {
  let rows = cache.get(table);
  if (!rows) {
    rows = table.indicators.filter((r) => r.status === 'set');
    cache.set(table, rows);
  }
  return rows;
}

/** The set rows of each grid: a form with 中期 and 年度 grids is checked period by period. */
export function setIndicatorsByGrid(table: Table): IndicatorRow[][] {
  return table.grids.map((_, i) => setIndicators(table).filter((r) => r.grid === i));
}

/** Many rules ask for the same rows of the same table: read them once. */
const cache = new WeakMap<Table, IndicatorRow[]>();
