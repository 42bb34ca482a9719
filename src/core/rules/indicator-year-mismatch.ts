import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { extractYears } from '../parse/indicator-value';
import { valueRows } from './support/indicator-value-rows';
import { budgetYearOf } from './rule-context';

/** Writes `to` for `year` where the text uses it as a year (`2022年`, `2022.12`, `2022-12`). */
function replaceYear(text: string, year: number, to: number): string {
  return text.replace(new RegExp(`(^|\\D)${year}(?=年|[-./])`, 'gu'), (_, before: string) => `${before}${to}`);
}

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.year-mismatch',
    severity: 'warning',
    title: '时效指标中的年份与预算年度不一致',
    message: '时效指标写的是{years}年，而预算年度是{budgetYear}年，请核对，完成时限一般应写在{budgetYear}年内{hint}',
    example: { bad: '预算年度2023年，时效指标：2022年12月底前完成', good: '2023年12月底前完成' },
  },
  check(table, context) {
    const budgetYear = budgetYearOf(table, context);
    if (budgetYear === null) return [];
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      if (v.level2 !== '时效指标') continue;
      const cells = [v.row.level3, v.row.description, v.cell];
      const seen = new Set<string>();
      for (const cell of cells) {
        if (!cell) continue;
        const key = `${cell.row},${cell.col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const years = extractYears(cell.text);
        // A range or a span that includes the budget year (`2023-2025年`) is a multi-year plan.
        if (years.length === 0 || years.includes(budgetYear)) continue;
        const only = years.length === 1 ? years[0] : undefined;
        const suggestion = only !== undefined && only < budgetYear ? replaceYear(cell.text.trim(), only, budgetYear) : undefined;
        hits.push({
          row: cell.row,
          col: cell.col,
          params: { years: years.join('、'), budgetYear, hint: suggestion === undefined ? '' : `，如“${suggestion}”` },
          ...(suggestion === undefined ? {} : { suggestion }),
        });
      }
    }
    return hits;
  },
};
export default rule;
