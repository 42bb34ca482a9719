import type { Table } from '../../model/table';
import type { IndicatorRow } from '../../model/indicator-row';
import { readMoneyUnit } from '../../vocabulary';
import { setIndicators } from './indicator-set-rows';

/** A cost indicator whose value is an amount of money, converted to 万元. */
export interface CostAmount {
  row: IndicatorRow;
  /** The value cell. */
  cell: NonNullable<IndicatorRow['value']>;
  operator: string;
  number: number;
  unit: '元' | '万元' | '亿元';
  wan: number;
  /** Per person, per month, a standard or unit price: not comparable with the whole budget. */
  perUnit: boolean;
  /** What a per-unit amount is per, from its unit (`元/人·月` → `人·月`) or its words (`人均` → `人`); empty when unsaid. */
  per: string;
  /** The budget of the row's period, in 万元: a 中期 grid's cost against the 中期资金总额. */
  budget: number | null;
  /** Its name says it is the whole cost (项目总成本, 预算控制数, 合计), not one part of it. */
  whole: boolean;
}

const PER_UNIT = /每|人均|户均|标准|单价|单位成本|平均|单[处个所座台套件项户]|\/人|\/月|\/户|\/次/u;
const WHOLE_COST = /总成本|总投资|总额|总费用|总经费|控制数|合计/u;
/** The object a per-unit amount's words name: `人均` → 人, `每户每月` → 户·月. */
const PER_WORDS: readonly (readonly [RegExp, string])[] = [
  [/人均|每人|每名/u, '人'],
  [/户均|每户/u, '户'],
  [/(?:每|单)(个|村|所|处|座|家|亩|间|套|台|辆|件|项|场|平方米|公里)/u, ''],
];
const PER_MONTH = /每月|月均|按月/u;

/** The money a grid's targets are set against: the block of its period, else the year's budget. */
export function budgetOfGrid(table: Table, grid: number): number | null {
  const period = table.grids[grid]?.period ?? null;
  const own = period === null || period === 'annual' ? null : table.money.find((b) => b.period === period)?.total?.value.value.wan;
  return own ?? table.budget?.value.wan ?? null;
}

/**
 * The set rows that state an economic cost (财预〔2021〕101号: 成本指标 under 产出, or the newer 一级's
 * 经济成本指标); 社会成本 and 生态环境成本 are not amounts of money.
 */
export function economicCostRows(table: Table): IndicatorRow[] {
  return setIndicators(table).filter((row) =>
    row.level2.name === '成本指标' || (row.level1.name === '成本指标' && row.level2.name !== '社会成本指标' && row.level2.name !== '生态环境成本指标'));
}

function perOf(words: string, written: string): string {
  if (written !== '') return written;
  const found = PER_WORDS.map(([re, object]) => {
    const m = re.exec(words);
    return m ? object || (m[1] ?? '') : '';
  }).find((o) => o !== '') ?? '';
  return PER_MONTH.test(words) && found !== '' ? `${found}·月` : found;
}

/** The set 成本指标 rows (a 二级 under 产出, or the newer 一级) whose target is an amount of money. */
export function costAmounts(table: Table): CostAmount[] {
  const out: CostAmount[] = [];
  for (const row of economicCostRows(table)) {
    const cell = row.value;
    if (!cell || cell.value.kind !== 'quantitative') continue;
    const money = readMoneyUnit(cell.value.unit);
    if (!money) continue;
    const words = [row.level3?.value, row.description?.value, cell.text].join(' ');
    const number = cell.value.number;
    out.push({
      row, cell, operator: cell.value.operator, number, unit: money.base, wan: number * money.wan,
      perUnit: money.per !== '' || PER_UNIT.test(words), per: perOf(words, money.per), budget: budgetOfGrid(table, row.grid),
      whole: WHOLE_COST.test(row.level3?.value ?? ''),
    });
  }
  return out;
}
