import { PROJECT_KINDS, type Rule } from './rule';
import { issueHits } from './support/assessment-issues';
import { formatNumber } from '../parse/actual-value';
import { isBlankText } from '../text';
import { isNoneText } from '../vocabulary';

/**
 * §4.2: an actual at or above `overAchievementRatio` × a positive target (or at or above
 * `overAchievementAtZeroTarget` against a target of ≥0) needs an explanation. `=` targets count too
 * (they are scored like `≥`); reverse targets never fire. A written 偏差原因 is that explanation.
 */
const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.over-achievement',
    severity: 'warning',
    title: '实际完成值远超指标值且未说明原因（超额完成需说明原因，指标值可能定得偏低）',
    message: '实际完成值“{actual}”{how}，请说明超额完成的原因；若是指标值定得偏低，应按实际能力据实设定',
    example: { bad: '指标值≥100名，实际完成值180名（偏差原因未填）', good: '偏差原因写明超额原因，或将下年指标值据实调整为≥180名' },
    criteria: { numbers: [49], source: '预算管理一体化系统自评校验（广西：实际完成值≥指标值×130%时偏差原因必填，指标值为0时实际≥30）' },
  },
  check(table, context) {
    const hits = issueHits(table, context, 'over-achievement', (a, issue) => ({
      params: {
        actual: a.actualText,
        how: issue.ratio === null
          ? `在指标值“${a.targetText}”为0时达到${formatNumber(context.profile.overAchievementAtZeroTarget ?? 0)}以上`
          : `达到指标值“${a.targetText}”的${formatNumber(Math.round(issue.ratio * 1000) / 10)}%（≥${formatNumber(context.profile.overAchievementRatio * 100)}%）`,
      },
    }));
    // A hit sits on its indicator's row (its 实际完成值 cell, or its 指标值 one).
    const explained = new Set(table.indicators
      .filter((r) => r.deviation && !isBlankText(r.deviation.text) && !isNoneText(r.deviation.text))
      .map((r) => r.row));
    return hits.filter((h) => !explained.has(h.row));
  },
};
export default rule;
