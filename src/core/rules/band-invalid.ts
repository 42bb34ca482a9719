import type { Rule, RuleHit } from './rule';
import { BAND_NAMES } from '../parse/band-scale';
import { indicatorLabel, indicatorsOf } from './support/dept-rows';
import { compactText } from '../text';
import { HAN } from '../vocabulary';

/** Chinese words in a band that cannot be read (`60%(含)`, `5年一遇`) are for a person, not a slip. */
const CHINESE = new RegExp(`[${HAN}]`, 'u');

const rule: Rule = {
  appliesTo: ['department'],
  meta: {
    id: 'band.invalid',
    severity: 'error',
    title: '评价标准（优/良/中/差）的数值写法无法识别（如“40%%”）',
    message: '指标“{indicator}”的{band}档“{text}”无法识别，请改为{hint}',
    example: { bad: '中：40%%', good: '中：40%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const indicator of indicatorsOf(table)) {
      for (const band of BAND_NAMES) {
        const cell = indicator.bands[band];
        const value = cell.value;
        if (value.kind !== 'invalid') continue;
        // Only slips: a certain fix, or symbols and digits alone (`6O%`, `80%-`).
        if (value.suggestion === null && CHINESE.test(compactText(value.text))) continue;
        hits.push({
          row: cell.row,
          col: cell.col,
          params: {
            indicator: indicatorLabel(indicator),
            band,
            text: value.text,
            hint: value.suggestion === null ? '数值加单位，如“80%”“60%以下”“10-15次”' : `“${value.suggestion}”`,
          },
          ...(value.suggestion === null ? {} : { suggestion: value.suggestion }),
        });
      }
    }
    return hits;
  },
};
export default rule;
