import type { Rule, RuleHit } from './rule';
import { rowShape } from '../parse/band-scale';
import { indicatorLabel, indicatorsOf } from './support/dept-rows';

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'band.empty-row',
    severity: 'warning',
    title: '指标的评价标准（优、良、中、差）全部为空',
    message: '指标“{indicator}”的评价标准（优、良、中、差）全部为空，年终无法评定等级，请按该指标填写各档标准',
    example: { bad: '数据准确率：优、良、中、差均为空', good: '数据准确率：100%、95%、90%、低于90%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const indicator of indicatorsOf(table)) {
      if (rowShape(indicator.bands) !== 'empty') continue;
      const first = indicator.bands.优;
      hits.push({ row: first.row, col: first.col, params: { indicator: indicatorLabel(indicator) } });
    }
    return hits;
  },
};
export default rule;
