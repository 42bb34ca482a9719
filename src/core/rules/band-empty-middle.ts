import type { Rule, RuleHit } from './rule';
import { rowShape } from '../parse/band-scale';
import { indicatorLabel, indicatorsOf } from './support/dept-rows';

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'band.empty-middle',
    severity: 'info',
    title: '数值评价标准的优、差两档已填，良或中档空着（评定时跳过该档）',
    message: '指标“{indicator}”的{band}档为空，而优、差两档已填，评定等级时将跳过{band}档；如确实不设该档可不改，否则请补上{band}档标准',
    example: { bad: '人大会议召开次数：2 | 1 | （空） | 0', good: '人大会议召开次数：3次 | 2次 | 1次 | 0次' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const indicator of indicatorsOf(table)) {
      const { bands } = indicator;
      // Words (`合规`/`不合规`) and pass/fail numbers (`23个 | | | 低于23个`) are two-level on purpose.
      if (rowShape(bands) !== 'numeric' || bands.优.value.kind === 'empty' || bands.差.value.kind === 'empty') continue;
      const empty = (['良', '中'] as const).filter((b) => bands[b].value.kind === 'empty');
      const band = empty[0];
      if (empty.length !== 1 || band === undefined) continue;
      hits.push({ row: bands[band].row, col: bands[band].col, params: { indicator: indicatorLabel(indicator), band } });
    }
    return hits;
  },
};
export default rule;
