import type { ProjectRule, RuleHit } from './rule';
import { FIELD_NAMES, isUnusedRow, requiredTextCells } from './required-fields';
import { isBlankText } from '../text';

const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'required.empty',
    severity: 'error',
    title: '必填单元格为空：项目名称、项目编码、预算数、资金用途、绩效目标、三级指标、指标值、指标值确定依据',
    message: '“{field}”未填写，请填写后再报送',
    example: { bad: '指标值确定依据：（空）', good: '指标值确定依据：部门年初工作目标' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    for (const { field, cell } of requiredTextCells(table)) {
      if (isBlankText(cell.text)) hits.push({ row: cell.row, col: cell.col, params: { field: FIELD_NAMES[field] } });
    }
    if (table.budget && table.fields.includes('budget') && table.budget.value.status === 'empty') {
      hits.push({ row: table.budget.row, col: table.budget.col, params: { field: FIELD_NAMES.budget } });
    }
    if (table.fields.includes('value')) {
      for (const row of table.indicators) {
        if (row.value && row.value.value.kind === 'empty' && !isUnusedRow(row)) {
          hits.push({ row: row.value.row, col: row.value.col, params: { field: FIELD_NAMES.value } });
        }
      }
    }
    return hits.sort((a, b) => a.row - b.row || a.col - b.col);
  },
};
export default rule;
