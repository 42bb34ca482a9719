import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { setIndicatorsByGrid } from './support/indicator-set-rows';
import { normalizeLabel } from '../text';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'indicator.duplicate',
    severity: 'warning',
    title: '同一个三级指标在表中出现两次',
    message: '三级指标“{name}”与第{firstRow}行重复，请合并或改为不同的指标',
    example: { bad: '两行三级指标都是“群众满意度”', good: '保留一行，或分别写“企业满意度”“群众满意度”' },
    criteria: { numbers: [15, 13, 61], source: '预算管理一体化系统 ISCHECKINDEXNAME（三级指标名称重复不能保存）；会计师事务所复核口径 标准9（重复的只计其一）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    // Each period's grid on its own: a 中期 and a 年度 grid set the same indicators by design.
    for (const rows of setIndicatorsByGrid(table)) {
      const first = new Map<string, number>();
      for (const row of rows) {
        const cell = row.level3;
        if (!cell || cell.value === '') continue;
        const key = normalizeLabel(cell.value).replace(/[。．.，,；;]+$/u, '');
        const seen = first.get(key);
        if (seen === undefined) first.set(key, cell.row);
        else hits.push({ row: cell.row, col: cell.col, params: { name: cell.value, firstRow: seen } });
      }
    }
    return hits;
  },
};
export default rule;
