import type { IndicatorRow, ProjectTable } from '../model/project-table';
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
}

const MONEY_UNITS: Record<string, '元' | '万元'> = { 元: '元', 万元: '万元', 万: '万元' };
const PER_UNIT = /每|人均|户均|标准|单价|单位成本|\/人|\/月|\/户|\/次/;

export function costAmounts(table: ProjectTable): CostAmount[] {
  const out: CostAmount[] = [];
  for (const { row, level1, level2 } of setIndicators(table)) {
    if (level2 !== '成本指标' && level1 !== '成本指标') continue;
    const cell = row.value;
    if (!cell || cell.value.kind !== 'quantitative') continue;
    const unit = MONEY_UNITS[cell.value.unit];
    if (!unit) continue;
    const words = [row.level3?.value, row.description?.value, cell.text].join(' ');
    const number = cell.value.number;
    out.push({ row, cell, operator: cell.value.operator, number, unit, wan: unit === '元' ? number / 10_000 : number, perUnit: PER_UNIT.test(words) });
  }
  return out;
}
