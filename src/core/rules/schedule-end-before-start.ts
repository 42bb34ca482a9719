import type { Rule, RuleHit } from './rule';
import { endsBeforeStart, formatDate } from '../parse/date';

const rule: Rule = {
  appliesTo: ['project'],
  meta: {
    id: 'schedule.end-before-start',
    severity: 'error',
    title: '项目实施进度计划中完成时间早于开始时间',
    message: '“{stage}”的完成时间{end}早于开始时间{start}，请核对',
    example: { bad: '开始时间 2024年6月，完成时间 2024年3月', good: '开始时间 2024年3月，完成时间 2024年6月' },
    criteria: { numbers: [36], source: '绩效目标申报表填报说明（项目实施进度计划）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const r of table.schedule?.rows ?? []) {
      const start = r.start?.value;
      const end = r.end?.value;
      if (!r.end || start?.status !== 'ok' || end?.status !== 'ok' || !endsBeforeStart(start, end)) continue;
      hits.push({ row: r.end.row, col: r.end.col, params: { stage: r.stage?.value || `第${r.row}行`, start: formatDate(start), end: formatDate(end) } });
    }
    return hits;
  },
};
export default rule;
