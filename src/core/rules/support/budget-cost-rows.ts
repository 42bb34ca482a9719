import type { Table } from '../../model/table';
import type { IndicatorRow } from '../../model/indicator-row';
import { MONEY_UNITS } from '../../vocabulary';
import { setIndicators } from './indicator-set-rows';

/** A cost indicator whose value is an amount of money, converted to 万元. */
export interface CostAmount {
  row: IndicatorRow;
  /** The value cell. */
  cell: NonNullable<IndicatorRow['value']>;
  operator: string;
  number: number;
  unit: '元' | '万元';
  wan: number;
  /** Per person, per month, a standard or unit price: not comparable with the whole budget. */
  perUnit: boolean;
  /** The budget of the row's period, in 万元: a 中期 grid's cost against the 中期资金总额. */
  budget: number | null;
}

const PER_UNIT = /每|人均|户均|标准|单价|单位成本|\/人|\/月|\/户|\/次/u;

/** The money a grid's targets are set against: the block of its period, else the year's budget. */
function budgetOfGrid(table: Table, grid: number): number | null {
  const period = table.grids[grid]?.period ?? null;
  const own = period === null || period === 'annual' ? null : table.money.find((b) => b.period === period)?.total?.value.value.wan;
  return own ?? table.budget?.value.wan ?? null;
}

/** The set 成本指标 rows (a 二级 under 产出, or the newer 一级) whose target is an amount of money. */
export function costAmounts(table: Table): CostAmount[] {
  const out: CostAmount[] = [];
  for (const row of setIndicators(table)) {
    if (row.level2.name !== '成本指标' && row.level1.name !== '成本指标') continue;
    const cell = row.value;
    if (!cell || cell.value.kind !== 'quantitative') continue;
    const unit = MONEY_UNITS[cell.value.unit];
    if (!unit) continue;
    const words = [row.level3?.value, row.description?.value, cell.text].join(' ');
    const number = cell.value.number;
    out.push({
      row, cell, operator: cell.value.operator, number, unit, wan: unit === '元' ? number / 10_000 : number, perUnit: PER_UNIT.test(words),
      budget: budgetOfGrid(table, row.grid),
    });
  }
  return out;
}
