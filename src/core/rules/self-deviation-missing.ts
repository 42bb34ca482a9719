import type { Rule, RuleHit } from './rule';
import { isNoneText } from '../vocabulary';
import { isBlankText } from '../text';
import { points, selfRows, SUM_TOLERANCE } from './support/self-rows';

/** 财预〔2020〕10号 and the system's export (指标未完成时必填): a point lost needs its reason. */
const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.deviation-missing',
    severity: 'warning',
    title: '得分低于分值（指标未完成）却没有填写偏差原因和改进措施',
    message: '“{name}”得分{score}分，低于分值{weight}分，请填写偏差原因分析及改进措施',
    example: { bad: '分值10，得分8，偏差原因：（空）', good: '偏差原因：受汛期影响工期推迟一个月，已调整施工计划' },
    criteria: { numbers: [48], source: '财预〔2020〕10号；一体化系统自评导出（偏差原因及改进措施，指标未完成时必填）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const row of selfRows(table)) {
      const score = row.score?.value ?? null;
      const weight = row.weight?.value ?? null;
      if (!row.deviation || score === null || weight === null || score >= weight - SUM_TOLERANCE) continue;
      if (!isBlankText(row.deviation.text) && !isNoneText(row.deviation.text)) continue;
      hits.push({ row: row.deviation.row, col: row.deviation.col, params: { name: row.level3?.value || `第${row.row}行的指标`, score: points(score), weight: points(weight) } });
    }
    return hits;
  },
};
export default rule;
