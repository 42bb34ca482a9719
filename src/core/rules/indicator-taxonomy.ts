import type { ProjectRule, RuleHit } from './rule';
import { isUnusedRow } from './required-fields';
import { TAXONOMY, level1Of, level2Of } from './indicator-taxonomy-table';

const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'indicator.taxonomy',
    severity: 'error',
    title: '一级、二级指标名称或搭配不符合指标体系（产出/效益/满意度/成本指标及其二级指标）',
    message: '{what}“{text}”不符合指标体系，{hint}',
    example: { bad: '一级指标“产出指标”下的二级指标“社会效益指标”', good: '把“社会效益指标”放在一级指标“效益指标”下' },
  },
  check(table) {
    if (!table.fields.includes('level1')) return [];
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    for (const row of table.indicators) {
      if (isUnusedRow(row) || !row.level1 || !row.level2) continue;
      const l1 = level1Of(row.level1.value);
      if (l1 === null) {
        const key = `${row.level1.row},${row.level1.col}`;
        if (row.level1.value !== '' && !seen.has(key)) {
          seen.add(key);
          hits.push({ row: row.level1.row, col: row.level1.col, params: { what: '一级指标', text: row.level1.value, hint: `应为${Object.keys(TAXONOMY).join('、')}之一` } });
        }
        continue;
      }
      const l2 = level2Of(row.level2.value);
      const allowed = TAXONOMY[l1] ?? [];
      if (row.level2.value !== '' && !allowed.includes(l2)) {
        const home = Object.entries(TAXONOMY).find(([, l2s]) => l2s.includes(l2))?.[0];
        const hint = home ? `应放在一级指标“${home}”下` : `“${l1}”下的二级指标应为${allowed.join('、')}之一`;
        hits.push({ row: row.level2.row, col: row.level2.col, params: { what: '二级指标', text: row.level2.value, hint } });
      }
    }
    return hits;
  },
};
export default rule;
