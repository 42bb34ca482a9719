import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { costAmounts } from './support/budget-cost-rows';

/** Below this share of the budget, a total cost in 元 is almost surely 万元 written as 元. */
const SLIP_SHARE = 0.01;

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'budget.cost-unit',
    severity: 'error',
    title: '成本指标以“元”计而预算以“万元”计，金额对不上（单位写错）',
    message: '成本指标“{value}”以元计，只相当于{wan}万元，而预算数为{budget}万元，单位应为万元',
    example: { bad: '预算数 885.20（万元），成本指标 ≤885.2元', good: '成本指标 ≤885.2万元' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const c of costAmounts(table)) {
      const budget = c.budget;
      if (budget === null || budget <= 0) continue;
      if (c.unit !== '元' || c.perUnit || c.operator === '>=' || c.operator === '>') continue;
      if (c.wan >= budget * SLIP_SHARE) continue;
      const suggestion = c.cell.text.replace(/元\s*$/, '万元');
      hits.push({
        row: c.cell.row,
        col: c.cell.col,
        params: { value: c.cell.text.trim(), wan: String(Math.round(c.wan * 10_000) / 10_000), budget: budget.toFixed(2) },
        ...(suggestion !== c.cell.text ? { suggestion } : {}),
      });
    }
    return hits;
  },
};
export default rule;
