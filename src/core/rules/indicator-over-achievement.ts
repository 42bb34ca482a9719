import { PROJECT_KINDS, type Rule } from './rule';
import { issueHits } from './support/assessment-issues';
import { formatNumber } from '../parse/actual-value';

/**
 * §4.2: an actual at or above `overAchievementRatio` × a positive target needs an explanation.
 * `=` targets count too (they are scored like `≥`); reverse targets and targets ≤ 0 never fire.
 */
const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.over-achievement',
    severity: 'warning',
    title: '实际完成值远超指标值（超额完成需说明原因，指标值可能定得偏低）',
    message: '实际完成值“{actual}”达到指标值“{target}”的{percent}（≥{threshold}），请说明超额完成的原因；若是指标值定得偏低，应按实际能力据实设定',
    example: { bad: '指标值≥100名，实际完成值180名（无说明）', good: '说明超额原因，或将下年指标值据实调整为≥180名' },
  },
  check(table, context) {
    return issueHits(table, context, 'over-achievement', (a, issue) => ({
      params: {
        actual: a.actualText,
        target: a.targetText,
        percent: `${formatNumber(Math.round(issue.ratio * 1000) / 10)}%`,
        threshold: `${formatNumber(context.profile.overAchievementRatio * 100)}%`,
      },
    }));
  },
};
export default rule;
