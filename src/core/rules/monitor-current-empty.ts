import type { Rule, RuleHit } from './rule';
import { isBlankText } from '../text';

const rule: Rule = {
  appliesTo: ['monitoring'],
  meta: {
    id: 'monitor.current-empty',
    severity: 'error',
    title: '绩效运行监控表中设定了指标值的指标没有填写当前完成值',
    message: '“{name}”的当前完成值未填写，请填写截至监控时点的完成情况',
    example: { bad: '年度指标值≥274名，当前完成值：（空）', good: '当前完成值：137名' },
    criteria: { numbers: [59], source: '预算管理一体化系统绩效运行监控导出（*当前完成值为必填）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of table.indicators) {
      if (row.status !== 'set' || !row.current || !isBlankText(row.current.text)) continue;
      hits.push({ row: row.current.row, col: row.current.col, params: { name: row.level3?.value || `第${row.row}行的指标` } });
    }
    return hits;
  },
};
export default rule;
