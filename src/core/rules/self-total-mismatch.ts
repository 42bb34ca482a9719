import type { Rule } from './rule';
import { fundsTotalRow, points, selfRows, SUM_TOLERANCE } from './support/self-rows';

const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.total-mismatch',
    severity: 'error',
    title: '自评表的总分不等于各项得分（含预算执行率得分）之和',
    message: '总分写的是{printed}分，而各项得分之和为{sum}分（指标{indicators}分，预算执行率{execution}分），请核对',
    example: { bad: '各项得分合计87.5，总分写90', good: '总分87.5' },
    criteria: { numbers: [45], source: '财预〔2020〕10号（总分为各项得分之和）' },
  },
  check(table) {
    const printed = table.totalRow?.score;
    if (!printed || printed.value === null) return [];
    const scores = selfRows(table).map((r) => r.score?.value ?? null);
    if (scores.length === 0 || scores.some((s) => s === null)) return [];
    const indicators = scores.reduce<number>((s, x) => s + (x ?? 0), 0);
    const execution = fundsTotalRow(table)?.score?.value ?? 0;
    const sum = indicators + execution;
    if (Math.abs(sum - printed.value) <= SUM_TOLERANCE) return [];
    return [{ row: printed.row, col: printed.col, params: { printed: points(printed.value), sum: points(sum), indicators: points(indicators), execution: points(execution) }, suggestion: points(sum) }];
  },
};
export default rule;
