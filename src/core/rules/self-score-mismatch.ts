import { assessProject } from '../check/assess-project';
import type { Rule, RuleHit } from './rule';
import { points, SCORE_TOLERANCE } from './support/self-rows';

/** A quantitative 得分 that the scoring rules of 财预〔2020〕10号 do not give (domain.md §4.2). */
const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.score-mismatch',
    severity: 'warning',
    title: '定量指标的得分与年度指标值、实际完成值按评分规则算出的分数不符',
    message: '按评分规则应得{expected}分（{reason}），表中为{printed}分，请核对',
    example: { bad: '指标值≥100名，实际完成值80名，分值10，得分10', good: '得分8（10×80/100）' },
    criteria: { numbers: [44], source: '财预〔2020〕10号；预算管理一体化系统自评计分（正向、反向、等于、等于0）' },
  },
  check(table, context) {
    const hits: RuleHit[] = [];
    for (const a of assessProject(table, context.profile).assessments) {
      const printed = a.indicator.score;
      const { score, branch, reason } = a.item;
      if (!printed || printed.value === null || score === null) continue;
      if (branch !== 'positive' && branch !== 'reverse' && branch !== 'equal') continue;
      if (Math.abs(printed.value - score) <= SCORE_TOLERANCE) continue;
      hits.push({ row: printed.row, col: printed.col, params: { expected: points(score), reason: reason ?? '', printed: points(printed.value) }, suggestion: points(score) });
    }
    return hits;
  },
};
export default rule;
