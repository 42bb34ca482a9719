import { countUnitOf } from '../vocabulary';
import type { IndicatorRow } from '../model/indicator-row';
import type { Table } from '../model/table';
import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { costAmounts, type CostAmount } from './support/budget-cost-rows';
import { setIndicators } from './support/indicator-set-rows';

/** review-criteria #29: unit cost × quantity above 105 % of the budget, or below half of it. */
const OVER = 1.05;
const UNDER = 0.5;

interface Count {
  row: IndicatorRow;
  number: number;
  unit: string;
}

/** What a unit cost is per (`人·月` → 人, 12 a year); null when per day or per nothing a count can say. */
function perObject(per: string): { unit: string; months: number } | null {
  const [object = '', time = ''] = per.split(/[·/／]/u);
  if (object === '' || (time !== '' && time !== '月' && time !== '年')) return null;
  return { unit: countUnitOf(object), months: time === '月' ? 12 : 1 };
}

function countsOf(table: Table, grid: number): Count[] {
  return setIndicators(table).flatMap((row) => {
    const v = row.value?.value;
    if (row.grid !== grid || row.level2.name !== '数量指标' || v?.kind !== 'quantitative' || v.direction === 'reverse') return [];
    return [{ row, number: v.number, unit: countUnitOf(v.unit) }];
  });
}

/** The longest run of characters two names share: 国家奖学金人均资助标准 and 国家奖学金人数 share 国家奖学金人. */
function shared(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = j - i;
  return best;
}

/** The count a unit cost multiplies: the only one in its unit, else the one whose name alone shares two characters or more with it. */
function pairOf(cost: CostAmount, counts: Count[]): Count | null {
  if (counts.length <= 1) return counts[0] ?? null;
  const name = cost.row.level3?.value ?? '';
  const scored = counts.map((c) => ({ c, n: shared(name, c.row.level3?.value ?? '') })).sort((x, y) => y.n - x.n);
  const [first, second] = scored;
  return first && first.n >= 2 && first.n > (second?.n ?? 0) ? first.c : null;
}

/** The grid's money: a 中期 or 长期 grid counts only against a block of its own period. */
function budgetOf(table: Table, grid: number, cost: CostAmount): number | null {
  const period = table.grids[grid]?.period ?? null;
  if (period !== null && period !== 'annual' && !table.money.some((b) => b.period === period)) return null;
  return cost.budget;
}

const round = (n: number): string => String(Math.round(n * 100) / 100);

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'cost.volume-mismatch',
    severity: 'warning',
    title: '单位成本×数量与预算数相差较大',
    message: '单位成本“{cost}”×数量指标“{count}”{times}={product}万元，{relation}；单位成本、数量和预算应相互匹配，请核对补助标准、数量指标或预算数',
    example: { bad: '预算数 50.00，每人补助标准 ≤500元，发放人数 ≥200人（合计10万元）', good: '发放人数 ≥1000人，或预算数 10.00' },
    criteria: { numbers: [29], source: '财预〔2015〕88号 适当性审核（资金规模与绩效目标匹配）；上海市财政局 绩效目标编制指引（绩效目标与预算金额相匹配）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const costs = costAmounts(table);
    table.grids.forEach((_, grid) => {
      const inGrid = costs.filter((c) => c.row.grid === grid);
      const unitCosts = inGrid.filter((c) => c.perUnit);
      const counts = countsOf(table, grid);
      for (const cost of unitCosts) {
        const per = perObject(cost.per);
        const budget = budgetOf(table, grid, cost);
        if (!per || budget === null || budget <= 0) continue;
        const inUnit = counts.filter((c) => c.unit === per.unit);
        const count = pairOf(cost, inUnit);
        if (!count) continue;
        const product = cost.wan * count.number * per.months;
        // Falling short of the budget says the quantity is set too low only when nothing else spends it.
        const alone = inGrid.length === 1 && inUnit.length === 1 && cost.operator !== '>=';
        let relation: string | null = null;
        if (product > budget * OVER) relation = `超出预算数${budget.toFixed(2)}万元`;
        else if (alone && product < budget * UNDER) relation = `不到预算数${budget.toFixed(2)}万元的一半`;
        if (relation === null) continue;
        hits.push({
          row: cost.cell.row, col: cost.cell.col,
          params: {
            cost: cost.cell.text.trim(), count: `${count.row.level3?.value.trim() ?? ''}${count.row.value?.text.trim() ?? ''}`,
            times: per.months === 12 ? '×12个月' : '', product: round(product), relation,
          },
        });
      }
    });
    return hits;
  },
};
export default rule;
