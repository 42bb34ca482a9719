import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { addUnit, isRateName, unitPlace, valueRows } from './support/indicator-value-rows';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.no-unit',
    severity: 'warning',
    title: '指标值只有数值，没有计量单位',
    message: '指标值“{value}”没有计量单位，请在数值后写明单位（%、次、个、人、万元等）{hint}',
    example: { bad: '资金使用有效率：≥90', good: '资金使用有效率：≥90%' },
    criteria: { numbers: [18, 61], source: '预算管理一体化系统 指标库说明（定量指标写计量单位；导出表的计量单位栏）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const v of valueRows(table)) {
      const q = v.cell.value;
      // A unit in the 三级 name (`服务及时性(%)`) is the template's way of giving it.
      if (q.kind !== 'quantitative' || q.garbled || q.unit !== '' || v.nameUnit !== '') continue;
      const percent = isRateName(v) || v.row.satisfaction;
      const fix = percent ? addUnit(v, '%') : null;
      const at = fix?.cell ?? unitPlace(v).cell;
      hits.push({
        row: at.row,
        col: at.col,
        params: { value: v.cell.text.trim(), hint: fix ? `，如“${fix.reads}”` : '' },
        ...(fix ? { suggestion: fix.suggestion } : {}),
      });
    }
    return hits;
  },
};
export default rule;
