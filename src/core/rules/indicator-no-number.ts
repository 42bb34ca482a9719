import { PROJECT_KINDS, type Rule, type RuleHit } from './rule';
import { unquantified, valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.no-number',
    severity: 'error',
    title: '指标值没有数值：只写了单位（百分比、%），或数量指标、满意度指标、质量/时效中的比率和次数类指标写成了文字',
    message: '指标值“{value}”没有数值（{reason}），请写成比较符号、数值和单位，如“{example}”',
    example: { bad: '资金发放率：百分比', good: '资金发放率：≥95%' },
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
