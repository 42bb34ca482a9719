import type { Rule, RuleHit } from './rule';
import { points, selfRows, SUM_TOLERANCE } from './support/self-rows';

/** A 一级 cell that prints its points (`产出指标（50分）`) holds the sum of its rows' 分值. */
const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.weight-rollup',
    severity: 'error',
    title: '一级指标标注的分值不等于其下各指标分值之和',
    message: '一级指标“{level1}”标注{weight}分，其下各指标分值合计{sum}分，请使两者一致',
    example: { bad: '产出指标（50分）下三项指标分值 20、20、20', good: '产出指标（50分）下三项指标分值 20、20、10' },
    criteria: { numbers: [42], source: '预算管理一体化系统（下级权重合计须等于上级设置数）' },
  },
  check(table) {
    const groups = new Map<string, { cell: { row: number; col: number; value: string }; weight: number; sum: number; complete: boolean }>();
    for (const row of selfRows(table)) {
      const l1 = row.level1;
      if (!l1.cell || l1.weight === null) continue;
      const key = `${l1.cell.row},${l1.cell.col}`;
      const g = groups.get(key) ?? { cell: l1.cell, weight: l1.weight, sum: 0, complete: true };
      if (row.weight?.value === null || row.weight === null) g.complete = false;
      else g.sum += row.weight.value;
      groups.set(key, g);
    }
    const hits: RuleHit[] = [];
    for (const g of groups.values()) {
      if (!g.complete || Math.abs(g.sum - g.weight) <= SUM_TOLERANCE) continue;
      hits.push({ row: g.cell.row, col: g.cell.col, params: { level1: g.cell.value, weight: points(g.weight), sum: points(g.sum) } });
    }
    return hits;
  },
};
export default rule;
