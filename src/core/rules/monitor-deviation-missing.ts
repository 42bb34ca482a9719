import type { Rule, RuleHit } from './rule';
import { isBlankText } from '../text';
import { isNoneText } from '../vocabulary';
import { progressOf } from './support/monitor-progress';

const rule: Rule = {
  appliesTo: ['monitoring'],
  meta: {
    id: 'monitor.deviation-missing',
    severity: 'warning',
    title: '监控时点进度滞后（不到序时进度的80%）却没有填写偏差原因',
    message: '“{name}”当前完成值“{current}”落后于年度指标值“{target}”的序时进度，请填写偏差原因说明和拟采取的措施',
    example: { bad: '年度指标值≥274名，1-6月完成40名，偏差原因说明：（空）', good: '偏差原因说明：名单审核延后，第三季度集中发放' },
    criteria: { numbers: [59], source: '预算管理一体化系统绩效运行监控（完成值/(年度值×月/12)<60% 红色、60%–80% 黄色预警）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of table.indicators) {
      if (row.status !== 'set' || !row.deviation || !row.current) continue;
      if (!isBlankText(row.deviation.text) && !isNoneText(row.deviation.text)) continue;
      const progress = progressOf(row, table.grids[row.grid]?.asOfMonth ?? null);
      if (!progress?.behind) continue;
      hits.push({
        row: row.deviation.row, col: row.deviation.col,
        params: { name: row.level3?.value || `第${row.row}行的指标`, current: row.current.text.trim(), target: row.value?.text.trim() ?? '' },
      });
    }
    return hits;
  },
};
export default rule;
