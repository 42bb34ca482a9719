import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { unquantified, valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.no-number',
    severity: 'error',
    title: '指标值没有数值：只写了单位（百分比、%），计算符号或指标性质为定量却写成文字，或数量指标、满意度指标、质量/时效中的比率和次数类指标写成了文字（指标性质为定性的除外）',
    message: '指标值“{value}”没有数值（{reason}），请写成比较符号、数值和单位，如“{example}”',
    example: { bad: '资金发放率：百分比', good: '资金发放率：≥95%' },
    criteria: { numbers: [17, 28, 61], source: '预算管理一体化系统（计算符号、指标性质；“定量指标的指标值为数值！”）；会计师事务所复核口径（数量指标设为定性不扣分）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const why = unquantified(v);
      if (!why?.strict) continue;
      hits.push({ row: v.cell.row, col: v.cell.col, params: { value: v.cell.text.trim(), reason: why.reason, example: why.example } });
    }
    return hits;
  },
};
export default rule;
