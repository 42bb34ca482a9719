import type { Rule, RuleHit } from './rule';
import { isBlankText } from '../text';
import { isNoneText } from '../vocabulary';
import { LAG_SHARE, doubtsCompletion, progressOf, type Progress } from './support/monitor-progress';

function how(progress: Progress, target: string): string {
  if (progress.share !== null) return `仅为序时进度的${Math.round(progress.share * 100)}%`;
  return target.startsWith('≤') || target.startsWith('<') ? `已超过年度指标值“${target}”` : '按完成可能性分析年内难以完成';
}

const rule: Rule = {
  appliesTo: ['monitoring'],
  meta: {
    id: 'monitor.behind-schedule',
    severity: 'info',
    title: '监控时点进度严重滞后（不到序时进度的60%，红色预警），没有说明如何追上',
    message: '“{name}”当前完成值“{current}”{how}，属红色预警（不到{lag}%）；{advice}',
    example: { bad: '年度指标值≥6000册，1-6月完成1200册（序时进度的40%），完成可能性分析：年底前可能无法完成', good: '写明追赶措施（如“8月集中配送到村”），或按程序调整绩效目标' },
    criteria: { numbers: [59], source: '预算管理一体化系统绩效运行监控（完成值/(年度值×月/12)<60% 红色预警）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of table.indicators) {
      if (row.status !== 'set' || !row.current || isBlankText(row.current.text)) continue;
      const progress = progressOf(row, table.grids[row.grid]?.asOfMonth ?? null);
      if (!progress?.lags) continue;
      // An empty 偏差原因 is monitor.deviation-missing's warning, on that cell; a reason that expects to catch up answers the red light.
      let advice: string;
      if (!row.deviation) advice = '表中没有偏差原因说明，请说明滞后原因和拟采取的措施，年内追不上的请按程序调整绩效目标';
      else if (!isBlankText(row.deviation.text) && !isNoneText(row.deviation.text) && doubtsCompletion(row)) advice = '完成可能性分析认为年内难以完成，请在偏差原因说明中写明追赶措施，或按程序调整绩效目标';
      else continue;
      hits.push({
        row: row.current.row, col: row.current.col,
        params: { name: row.level3?.value || `第${row.row}行的指标`, current: row.current.text.trim(), how: how(progress, row.value?.text.trim() ?? ''), lag: Math.round(LAG_SHARE * 100), advice },
      });
    }
    return hits;
  },
};
export default rule;
