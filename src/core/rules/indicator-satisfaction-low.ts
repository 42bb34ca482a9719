import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.satisfaction-low',
    severity: 'warning',
    title: '满意度目标低于检查方案规定的下限（默认80%）',
    message: '满意度目标“{value}”低于{min}%，请设为不低于{min}%，如“≥{min}%”',
    example: { bad: '群众满意度：≥70%', good: '群众满意度：≥90%' },
  },
  check(table, context) {
    const min = context.profile.minSatisfactionPercent;
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      if (!v.row.satisfaction || q.kind !== 'quantitative' || q.garbled || q.direction === 'reverse') continue;
      // Percent, a 100-point score, or a bare number read as either.
      const percent = q.unit === '%' || q.unit === '分' || (q.unit === '' && q.number > 1 && q.number <= 100);
      if (!percent || q.number >= min) continue;
      hits.push({ row: v.cell.row, col: v.cell.col, params: { value: v.cell.text.trim(), min } });
    }
    return hits;
  },
};
export default rule;
