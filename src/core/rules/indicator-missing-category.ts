import type { ProjectRule, RuleHit } from './rule';
import { setIndicators } from './indicator-set-rows';

const REQUIRED = ['产出指标', '效益指标', '满意度指标'] as const;

const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'indicator.missing-category',
    severity: 'error',
    title: '缺少产出、效益或满意度指标（至少各设一项，不能全为“无”）',
    message: '表中没有设置任何{category}，请至少设置一项{category}并填写指标值',
    example: { bad: '满意度指标一行的三级指标和指标值都是“无”', good: '服务对象满意度指标：群众满意度 ≥90%' },
  },
  check(table) {
    if (!table.fields.includes('indicators') || table.indicators.length === 0) return [];
    const set = setIndicators(table);
    const hits: RuleHit[] = [];
    for (const category of REQUIRED) {
      if (set.some((s) => s.level1 === category)) continue;
      // Point at the category's own row when the table has one (all `无`), else at the grid's first row.
      const own = table.indicators.find((r) => r.level1 && r.level1.value.replace(/\s/g, '').startsWith(category.replace(/指标$/, '')));
      const cell = own?.level3 ?? own?.level1 ?? table.indicators[0]?.level1 ?? table.indicators[0]?.level3;
      if (cell) hits.push({ row: cell.row, col: cell.col, params: { category } });
    }
    return hits;
  },
};
export default rule;
