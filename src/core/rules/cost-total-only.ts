import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { costAmounts, economicCostRows } from './support/budget-cost-rows';

/** 万元 to the cent: a cost that reads as the budget itself. */
const SAME_WAN = 0.000_05;

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'cost.total-only',
    severity: 'info',
    title: '成本指标只照抄了预算总额',
    message: '唯一的成本指标“{name}”{value}就是预算数{budget}万元，起不到成本控制的作用；建议补充单位成本或分项成本，如“人均补助标准 ≤1000元/人·月”“设备购置费 ≤12万元”',
    example: { bad: '成本指标：预算控制数 ≤20万元（预算数20万元，唯一的成本指标）', good: '成本指标：单位维修成本 ≤2万元/处' },
    criteria: { numbers: [32], source: '上海市财政局 绩效目标编制指引（经济成本指标分为总成本、单位成本、分项成本）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const costRows = economicCostRows(table);
    const amounts = costAmounts(table);
    table.grids.forEach((_, grid) => {
      const rows = costRows.filter((r) => r.grid === grid);
      const [only] = amounts.filter((c) => c.row.grid === grid);
      if (rows.length !== 1 || !only || only.perUnit || only.budget === null || Math.abs(only.wan - only.budget) > SAME_WAN) return;
      hits.push({ row: only.cell.row, col: only.cell.col, params: { name: only.row.level3?.value.trim() ?? '', value: only.cell.text.trim(), budget: only.budget } });
    });
    return hits;
  },
};
export default rule;
