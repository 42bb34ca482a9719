import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { unitPlace, valueRows } from './support/indicator-value-rows';

/** Other ways of writing the percent sign (domain.md §2): the word, and the full-width sign. */
const PERCENT_WORD = /百分比|％/gu;

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.percent-word',
    severity: 'info',
    title: '百分比单位写成了“百分比”或全角“％”，建议统一写“%”',
    message: '指标值“{value}”的单位写成了“{unit}”，建议统一写成“%”：{fixed}',
    example: { bad: '≥90百分比', good: '≥90%' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      if (q.kind !== 'quantitative' || q.garbled || q.unit !== '%') continue;
      const place = unitPlace(v);
      const text = place.cell.text.trim();
      const unit = text.match(PERCENT_WORD)?.[0];
      if (unit === undefined) continue;
      const suggestion = text.replace(PERCENT_WORD, '%');
      const fixed = place.unitCell ? `${v.cell.text.trim()}${suggestion}` : suggestion;
      hits.push({ row: place.cell.row, col: place.cell.col, params: { value: v.cell.text.trim(), unit, fixed }, suggestion });
    }
    return hits;
  },
};
export default rule;
