import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { costAmounts } from './support/budget-cost-rows';

const TOLERANCE_WAN = 0.005;

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'budget.cost-cap',
    severity: 'error',
    title: '成本指标的控制数高于预算数',
    message: '成本指标“{value}”（{wan}万元）高于预算数{budget}万元，成本控制数不应超过预算数',
    example: { bad: '预算数 5.00，成本指标 ≤6.45万', good: '成本指标 ≤5.00万元' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const c of costAmounts(table)) {
      const budget = c.budget;
      if (budget === null || budget <= 0) continue;
      if (c.perUnit || c.operator === '>=' || c.operator === '>') continue;
      if (c.wan <= budget + TOLERANCE_WAN) continue;
      hits.push({ row: c.cell.row, col: c.cell.col, params: { value: c.cell.text.trim(), wan: String(Math.round(c.wan * 100) / 100), budget: budget.toFixed(2) } });
    }
    return hits;
  },
};
export default rule;
