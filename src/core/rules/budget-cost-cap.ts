import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { costAmounts, type CostAmount } from './support/budget-cost-rows';

const TOLERANCE_WAN = 0.005;

const wan = (n: number): string => String(Math.round(n * 100) / 100);

/** A cap on money spent: per-unit standards and floors (≥) are not. */
const isCap = (c: CostAmount): boolean => !c.perUnit && c.operator !== '>=' && c.operator !== '>';

/**
 * The 分项成本 of one grid (上海 指引: 总成本, 单位成本, 分项成本): the caps that are neither the whole
 * cost by name nor the whole budget, two or more of them; of three or more, one that holds the rest
 * is a subtotal, not a part.
 */
function partsOf(caps: CostAmount[], budget: number): CostAmount[] {
  const parts = caps.filter((c) => !c.whole && c.wan < budget - TOLERANCE_WAN);
  const sum = parts.reduce((s, c) => s + c.wan, 0);
  const subtotal = parts.length >= 3 && parts.some((c) => c.wan >= sum - c.wan - TOLERANCE_WAN);
  return parts.length >= 2 && !subtotal ? parts : [];
}

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'budget.cost-cap',
    severity: 'error',
    title: '成本指标的控制数（或分项成本之和）高于预算数',
    message: '{what}高于预算数{budget}万元，成本控制数不应超过预算数；请核对成本指标的金额或预算数',
    example: { bad: '预算数 5.00，成本指标 ≤6.45万', good: '成本指标 ≤5.00万元' },
    criteria: { numbers: [31], source: '上海市财政局 绩效目标编制指引（成本指标：总成本、单位成本、分项成本，与预算金额相匹配）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const caps = costAmounts(table).filter(isCap);
    const over = caps.filter((c) => c.budget !== null && c.budget > 0 && c.wan > c.budget + TOLERANCE_WAN);
    for (const c of over) {
      hits.push({ row: c.cell.row, col: c.cell.col, params: { what: `成本指标“${c.cell.text.trim()}”（${wan(c.wan)}万元）`, budget: (c.budget ?? 0).toFixed(2) } });
    }
    table.grids.forEach((_, grid) => {
      const inGrid = caps.filter((c) => c.row.grid === grid);
      const budget = inGrid[0]?.budget ?? null;
      // One cap above the budget is reported above, on its own cell.
      if (budget === null || budget <= 0 || inGrid.some((c) => over.includes(c))) return;
      const parts = partsOf(inGrid, budget);
      const sum = parts.reduce((s, c) => s + c.wan, 0);
      const last = parts.at(-1);
      if (!last || sum <= budget + TOLERANCE_WAN) return;
      const names = parts.map((c) => `“${c.row.level3?.value.trim() ?? ''}”${c.cell.text.trim()}`).join('、');
      hits.push({ row: last.cell.row, col: last.cell.col, params: { what: `分项成本${names}合计${wan(sum)}万元`, budget: budget.toFixed(2) } });
    });
    return hits;
  },
};
export default rule;
