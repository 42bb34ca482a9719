import { PROJECT_KINDS, type Rule } from './rule';
import { issueHits } from './support/assessment-issues';
import { formatNumber } from '../parse/actual-value';
import { QUALITATIVE_BANDS, levelForShare, type QualitativeLevel } from '../parse/typed-actual';

/** `60%（含）至80%（不含）`: a level's band as 财预〔2020〕10号 bounds it. */
function bandText(level: QualitativeLevel): string {
  const b = QUALITATIVE_BANDS[level];
  return `${b.low}%（含）至${b.high}%（${b.highIncluded ? '含' : '不含'}）`;
}

/** §4.2: a qualitative score must stay inside its level's band (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %). */
const rule: Rule = {
  appliesTo: PROJECT_KINDS,
  meta: {
    id: 'indicator.qualitative-share',
    severity: 'error',
    title: '定性指标的得分比例超出所选等级的区间（达成80%（含）–100%，部分达成60%（含）–80%，未达成60%以下）',
    message: '定性指标实际完成值“{actual}”：“{level}”的得分比例应在{range}之间，{share}%不在其中；请改为区间内的比例，或改选相符的等级（如“{fit}”）',
    example: { bad: '部分达成 80%', good: '部分达成 75%，或达成 80%' },
    criteria: { numbers: [51], source: '财预〔2020〕10号（定性指标三档：100–80%（含）、80–60%（含）、60–0%）' },
  },
  check(table, context) {
    return issueHits(table, context, 'share-out-of-band', (a, issue) => {
      const share = Math.min(100, Math.max(0, issue.share));
      const fit = `${levelForShare(share)} ${formatNumber(share)}%`;
      return {
        params: { actual: a.actualText, level: issue.level, range: bandText(issue.level), share: formatNumber(issue.share), fit },
        suggestion: fit,
      };
    });
  },
};
export default rule;
