import { PROJECT_KINDS, type Rule } from './rule';
import { issueHits } from './support/assessment-issues';
import { formatNumber } from '../parse/actual-value';

/** A bare 0.95 against a percentage target: 0.95 % or 95 %? Scored as 95 %, and reported. */
const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.actual-ambiguous',
    severity: 'warning',
    title: '百分比指标的实际完成值未写百分号，含义不明（0.95 是 0.95% 还是 95%）',
    message: '实际完成值“{actual}”没有写百分号，可能是{actual}%也可能是{percent}%，评分暂按{percent}%计；请写成“{percent}%”，或把单元格设为百分比格式',
    example: { bad: '指标值≥90%，实际完成值0.95', good: '实际完成值95%' },
  },
  check(table, context) {
    return issueHits(table, context, 'ambiguous', (a, issue) => {
      const percent = formatNumber(issue.value);
      return { params: { actual: a.actualText, percent }, suggestion: `${percent}%` };
    });
  },
};
export default rule;
