import { readMoneyUnit } from '../vocabulary';
import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { economicCostRows } from './support/budget-cost-rows';
import { valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'cost.not-money',
    severity: 'warning',
    title: '成本指标的指标值不是金额',
    message: '成本指标“{name}”的指标值“{value}”不是金额；成本指标应写成本的金额和单位（总成本、单位成本或分项成本），如“≤64.39万元”“≤1000元/人·月”；比率和完成情况请放到数量、质量或效益指标',
    example: { bad: '成本指标：成本控制率 不超预算', good: '成本指标：人均补助标准 ≤1000元/人·月' },
    criteria: { numbers: [30], source: '上海市财政局 绩效目标编制指引（经济成本指标：总成本、单位成本、分项成本）；预算管理一体化系统（预算支出标准）' },
  },
  check(table) {
    const cost = new Set(economicCostRows(table));
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      if (!cost.has(v.row)) continue;
      const q = v.cell.value;
      // A number without a unit is indicator.no-unit's to report; an amount of money is what is asked.
      if (q.kind === 'quantitative' && (q.unit === '' || readMoneyUnit(q.unit) !== null)) continue;
      if (readMoneyUnit(v.row.unitCell?.value.trim() ?? '') !== null) continue;
      hits.push({ row: v.cell.row, col: v.cell.col, params: { name: v.nameText.trim(), value: v.cell.text.trim() } });
    }
    return hits;
  },
};
export default rule;
