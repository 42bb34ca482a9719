import type { Rule, RuleHit } from './rule';
import { isBlankText } from '../text';
import { selfRows } from './support/self-rows';

const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.actual-empty',
    severity: 'error',
    title: '自评表中设定了指标值的指标没有填写实际完成值',
    message: '“{name}”的实际完成值未填写；定量指标请填写数值，定性指标请填写“达成”“部分达成”或“未达成”',
    example: { bad: '指标值≥274名，实际完成值：（空）', good: '实际完成值：280名' },
    criteria: { numbers: [47], source: '预算管理一体化系统自评导出（*实际完成值为必填）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of selfRows(table)) {
      if (!row.actual || !isBlankText(row.actual.text)) continue;
      hits.push({ row: row.actual.row, col: row.actual.col, params: { name: row.level3?.value || `第${row.row}行的指标` } });
    }
    return hits;
  },
};
export default rule;
