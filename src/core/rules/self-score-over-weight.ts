import type { Rule, RuleHit } from './rule';
import { fundsTotalRow, points, selfRows, SUM_TOLERANCE } from './support/self-rows';

const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.score-over-weight',
    severity: 'error',
    title: '自评表中的得分高于该项分值，或为负数',
    message: '{what}的得分{score}分{problem}，请按评分规则重新计算',
    example: { bad: '分值 10，得分 12', good: '分值 10，得分 10' },
    criteria: { numbers: [43], source: '财预〔2020〕10号；预算管理一体化系统自评页面校验' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const check = (what: string, score: { row: number; col: number; value: number | null } | null, weight: number | null) => {
      if (!score || score.value === null) return;
      if (score.value < 0) hits.push({ row: score.row, col: score.col, params: { what, score: points(score.value), problem: '是负数，得分最低为0分' } });
      else if (weight !== null && score.value > weight + SUM_TOLERANCE) {
        hits.push({ row: score.row, col: score.col, params: { what, score: points(score.value), problem: `高于分值${points(weight)}分` } });
      }
    };
    const funds = fundsTotalRow(table);
    if (funds) check('预算执行率', funds.score, table.funds?.executionWeight ?? null);
    for (const row of selfRows(table)) check(`“${row.level3?.value || `第${row.row}行的指标`}”`, row.score, row.weight?.value ?? null);
    return hits;
  },
};
export default rule;
