import type { ProjectRule } from './rule';
import { issueHits } from './assessment-issues';
import { BANDS, type QualitativeLevel } from '../grade/project-score';
import { formatNumber } from '../grade/actual-value';

/** The level a share belongs to, for the suggestion (80 % is the bottom of 达成). */
function levelFor(share: number): QualitativeLevel {
  if (share >= BANDS.达成.low) return '达成';
  if (share >= BANDS.部分达成.low) return '部分达成';
  return '未达成';
}

/** §4.2: a qualitative score must stay inside its level's band (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %). */
const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'indicator.qualitative-share',
    severity: 'error',
    title: '定性指标的得分比例超出所选等级的区间（达成80%–100%，部分达成60%–80%，未达成0%–60%）',
    message: '定性指标实际完成值“{actual}”：“{level}”的得分比例应在{low}%–{high}%之间，{share}%不在其中；请改为区间内的比例，或改选相符的等级（如“{fit}”）',
    example: { bad: '部分达成 90%', good: '部分达成 80%，或达成 90%' },
  },
  check(table, context) {
    return issueHits(table, context, 'share-out-of-band', (a, issue) => {
      const share = Math.min(100, Math.max(0, issue.share));
      const fit = `${levelFor(share)} ${formatNumber(share)}%`;
      return {
        params: { actual: a.actualText, level: issue.level, low: issue.low, high: issue.high, share: formatNumber(issue.share), fit },
        suggestion: fit,
      };
    });
  },
};
export default rule;
