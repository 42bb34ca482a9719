import type { Rule } from './rule';
import { points, selfRows, SUM_TOLERANCE } from './support/self-rows';

/** The points of a 自评表 add up to 100: every indicator's 分值 and 预算执行率's. */
const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.weight-total',
    severity: 'error',
    title: '自评表各项分值（含预算执行率）合计不等于100分',
    message: '各项分值合计{sum}分（指标{indicators}分，预算执行率{execution}分），应为100分；请调整各指标分值',
    example: { bad: '产出70、效益20、满意度10、预算执行率10，合计110', good: '产出50、效益30、满意度10、预算执行率10，合计100' },
    criteria: { numbers: [41], source: '财预〔2020〕10号；预算管理一体化系统（权重合计须等于总数）' },
  },
  check(table) {
    const weights = selfRows(table).map((r) => r.weight?.value ?? null);
    if (weights.length === 0 || weights.some((w) => w === null)) return [];
    const indicators = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
    const execution = table.funds?.executionWeight ?? 0;
    const sum = indicators + execution;
    if (Math.abs(sum - 100) <= SUM_TOLERANCE) return [];
    const first = selfRows(table)[0]?.weight;
    const cell = table.totalRow?.weight ?? first;
    if (!cell) return [];
    return [{ row: cell.row, col: cell.col, params: { sum: points(sum), indicators: points(indicators), execution: points(execution) } }];
  },
};
export default rule;
