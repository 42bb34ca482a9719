import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { LEVEL1_NAMES, TAXONOMY, allowedUnder, parentOf } from '../vocabulary';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.taxonomy',
    severity: 'error',
    title: '一级、二级指标名称或搭配不符合指标体系（产出/效益/满意度/成本指标及其二级指标）',
    message: '{what}“{text}”不符合指标体系，{hint}',
    example: { bad: '一级指标“产出指标”下的二级指标“社会效益指标”', good: '把“社会效益指标”放在一级指标“效益指标”下' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    table.grids.forEach((_, i) => {
      const rows = table.indicators.filter((r) => r.grid === i && r.status !== 'unused');
      // First levels the taxonomy does not know, two or more and none it knows: another framework's, not an error.
      const unknown = new Set(rows.filter((r) => r.level1.cell && !r.level1.inTaxonomy && r.level1.cell.value !== '').map((r) => r.level1.cell?.value));
      if (unknown.size >= 2 && !rows.some((r) => r.level1.inTaxonomy)) return;
      for (const row of rows) {
        const l1 = row.level1;
        if (!l1.cell || !row.level2.cell) continue;
        if (!l1.inTaxonomy) {
          const key = `${l1.cell.row},${l1.cell.col}`;
          if (l1.cell.value !== '' && !l1.framework && !seen.has(key)) {
            seen.add(key);
            hits.push({ row: l1.cell.row, col: l1.cell.col, params: { what: '一级指标', text: l1.cell.value, hint: `应为${LEVEL1_NAMES.join('、')}之一` } });
          }
          continue;
        }
        const level1 = l1.name;
        if (level1 === null || row.level2.cell.value === '' || allowedUnder(level1, row.level2.name)) continue;
        const home = row.level2.known ? parentOf(row.level2.name) : null;
        const hint = home ? `应放在一级指标“${home}”下` : `“${level1}”下的二级指标应为${TAXONOMY[level1].join('、')}之一`;
        hits.push({ row: row.level2.cell.row, col: row.level2.cell.col, params: { what: '二级指标', text: row.level2.cell.value, hint } });
      }
    });
    return hits;
  },
};
export default rule;
