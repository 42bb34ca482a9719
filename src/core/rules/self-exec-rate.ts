import type { Rule, RuleHit } from './rule';
import { tidy } from '../parse/quantity';
import { executionShare } from '../check/execution-share';
import { fundsTotalRow, points } from './support/self-rows';

/** 执行率 is within this of 全年执行数 / 全年预算数: the tables print it to one decimal of a per cent. */
const RATE_TOLERANCE = 0.0006;
const SCORE_TOLERANCE = 0.01;

const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.exec-rate',
    severity: 'error',
    title: '预算执行率或其得分计算有误（执行率 = 全年执行数 ÷ 全年预算数，得分按检查方案计分，默认 = 分值 × 执行率，最高为分值）',
    message: '{what}：按全年执行数{executed}万元、全年预算数{budget}万元计，{expected}，表中为{printed}',
    example: { bad: '全年预算数100、全年执行数90，执行率写95%，得分写10', good: '执行率90%，得分9' },
    criteria: { numbers: [46], source: '财预〔2020〕10号；预算管理一体化系统（执行率 = 执行数/调整后预算，不超过100%；湖北20分制、江西分档计分见检查方案）' },
  },
  check(table, context) {
    const funds = fundsTotalRow(table);
    const executed = funds?.executed?.value.wan ?? null;
    const budget = funds?.annualBudget?.value.wan ?? null;
    if (!funds || executed === null || budget === null || budget <= 0) return [];
    const rate = tidy(Math.max(0, executed) / budget);
    const hits: RuleHit[] = [];
    const base = { executed: points(executed), budget: points(budget) };
    const printedRate = funds.rate?.value.status === 'ok' ? funds.rate.value.percent : null;
    if (funds.rate && printedRate !== null && Math.abs(printedRate / 100 - rate) > RATE_TOLERANCE) {
      hits.push({
        row: funds.rate.row, col: funds.rate.col,
        params: { ...base, what: '执行率', expected: `执行率应为${points(rate * 100)}%`, printed: `${points(printedRate)}%` },
      });
    } else if (rate > 1 && !context.profile.budgetExecution.mayExceed100) {
      const at = funds.rate ?? funds.executed;
      if (at) {
        hits.push({
          row: at.row, col: at.col,
          params: {
            ...base, what: '执行率超过100%',
            expected: `执行率为${points(rate * 100)}%，预算执行率不能超过100%，请核对全年执行数，或按调整后预算填写全年预算数`,
            printed: funds.rate ? `${points(printedRate ?? rate * 100)}%` : `全年执行数${points(executed)}万元`,
          },
        });
      }
    }
    const weight = table.funds?.executionWeight ?? null;
    const score = funds.score?.value ?? null;
    if (funds.score && weight !== null && score !== null) {
      const share = executionShare(rate, context.profile);
      const expected = tidy(weight * share);
      if (Math.abs(expected - score) > SCORE_TOLERANCE) {
        hits.push({
          row: funds.score.row, col: funds.score.col,
          params: { ...base, what: '执行率得分', expected: `得分应为${points(weight)}×${points(share * 100)}%=${points(expected)}分`, printed: `${points(score)}分` },
        });
      }
    }
    return hits;
  },
};
export default rule;
