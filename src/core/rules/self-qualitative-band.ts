import { assessProject } from '../check/assess-project';
import { QUALITATIVE_BANDS, levelOf, outOfBand } from '../parse/typed-actual';
import type { Rule, RuleHit } from './rule';
import { points } from './support/self-rows';

/** A qualitative 得分 must lie in the band of the level its 实际完成值 names (达成 80–100 %, …). */
const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.qualitative-band',
    severity: 'error',
    title: '定性指标的得分不在其完成等级对应的分数区间（达成80%–100%，部分达成60%–80%，未达成60%以下）',
    message: '实际完成值为“{level}”，得分应在分值{weight}分的{range}之间（{low}–{high}分），表中为{printed}分',
    example: { bad: '实际完成值“部分达成”，分值10，得分10', good: '得分7（分值的70%）' },
    criteria: { numbers: [51], source: '财预〔2020〕10号（定性指标三档）' },
  },
  check(table, context) {
    const hits: RuleHit[] = [];
    for (const a of assessProject(table, context.profile).assessments) {
      const { indicator } = a;
      if (indicator.value?.value.kind !== 'qualitative' || !indicator.score || indicator.score.value === null) continue;
      const level = levelOf(indicator.actual?.text ?? '');
      const weight = a.item.weight;
      if (level === null || weight <= 0) continue;
      const share = (indicator.score.value / weight) * 100;
      if (!outOfBand(level, Math.round(share * 1e6) / 1e6)) continue;
      const b = QUALITATIVE_BANDS[level];
      hits.push({
        row: indicator.score.row, col: indicator.score.col,
        params: {
          level, weight: points(weight), range: `${b.low}%–${b.high}%${b.highIncluded ? '' : '（不含）'}`,
          low: points((weight * b.low) / 100), high: points((weight * b.high) / 100), printed: points(indicator.score.value),
        },
      });
    }
    return hits;
  },
};
export default rule;
