import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { requiredTextCells } from './support/required-fields';
import { INDICATOR_ROLE_NAMES } from '../vocabulary';
import { containsPlaceholder } from '../parse/placeholder';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'required.template-text',
    severity: 'error',
    title: '必填单元格仍是模板文字（目标内容1、**、XX、待定、待补充等）',
    message: '“{field}”仍是模板文字“{text}”，请改为本项目的实际内容',
    example: { bad: '绩效目标：1.目标内容1', good: '绩效目标：1.按季度足额发放274名三线民兵生活补贴' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const { field, cell } of requiredTextCells(table)) {
      const fragment = containsPlaceholder(cell.text);
      if (fragment !== null) hits.push({ row: cell.row, col: cell.col, params: { field, text: fragment } });
    }
    for (const row of table.indicators) {
      const v = row.value;
      if (v && v.value.kind === 'placeholder') hits.push({ row: v.row, col: v.col, params: { field: INDICATOR_ROLE_NAMES.value, text: v.value.text } });
    }
    return hits.sort((a, b) => a.row - b.row || a.col - b.col);
  },
};
export default rule;
