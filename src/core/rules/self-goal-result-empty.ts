import type { Rule, RuleHit } from './rule';
import { isBlankText } from '../text';

const rule: Rule = {
  appliesTo: ['self-evaluation'],
  meta: {
    id: 'self.goal-result-empty',
    severity: 'warning',
    title: '年度总体目标的实际完成情况未填写',
    message: '年度总体目标的“实际完成情况”未填写，请对照预期目标逐条写明完成情况',
    example: { bad: '预期目标：完成274名补贴发放；实际完成情况：（空）', good: '实际完成情况：按季度足额发放274名民兵生活补贴' },
    criteria: { numbers: [56], source: '财政部项目支出绩效自评表（年度总体目标：预期目标 | 实际完成情况）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const g of table.goals) {
      if (g.field === 'goalResult' && isBlankText(g.cell.text)) hits.push({ row: g.cell.row, col: g.cell.col, params: {} });
    }
    return hits;
  },
};
export default rule;
