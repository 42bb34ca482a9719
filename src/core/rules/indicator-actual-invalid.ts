import { PROJECT_KINDS, type Rule } from './rule';
import { issueHits } from './support/assessment-issues';

/**
 * An actual the year-end score cannot use: text against a quantitative target, a percentage against
 * a count (or the other way round), or a qualitative actual that names no level.
 */
const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.actual-invalid',
    severity: 'warning',
    title: '实际完成值无法评分（定量指标填了文字或单位不符，定性指标未写评价等级）',
    message: '实际完成值无法评分：{reason}',
    example: { bad: '指标值≥274名，实际完成值“基本完成”', good: '实际完成值280名；定性指标写“达成”或“部分达成 70%”' },
  },
  check(table, context) {
    return issueHits(table, context, 'invalid', (a, issue) => ({ params: { actual: a.actualText, reason: issue.reason } }));
  },
};
export default rule;
