import { TARGET_KINDS, type Rule, type RuleHit } from './rule';
import { requiredTextCells } from './support/required-fields';
import { emptyPeriodGoals } from './support/period-goals';
import { isBlankText } from '../text';
import { FIELD_NAMES, INDICATOR_ROLE_NAMES } from '../vocabulary';

const rule: Rule = {
  appliesTo: TARGET_KINDS,
  meta: {
    id: 'required.empty',
    severity: 'error',
    title: '必填单元格为空：项目名称、项目编码、预算数、资金用途、各期绩效目标、三级指标、指标值、指标值确定依据',
    message: '“{field}”未填写，请填写后再报送',
    example: { bad: '指标值确定依据：（空）', good: '指标值确定依据：部门年初工作目标' },
    criteria: { numbers: [1, 2, 7], source: '事前绩效评估审核要点；绩效目标申报表填报说明（长期/年度两栏目标都填）' },
  },
  check(table) {
    const hits: RuleHit[] = [];
    // One period's target empty beside another's written is target.period-empty's finding.
    const periodEmpty: ReadonlySet<object> = new Set(emptyPeriodGoals(table).map((e) => e.goal.cell));
    for (const { field, cell } of requiredTextCells(table)) {
      if (isBlankText(cell.text) && !periodEmpty.has(cell)) hits.push({ row: cell.row, col: cell.col, params: { field } });
    }
    for (const block of table.money) {
      const total = block.total?.value;
      if (total && total.value.status === 'empty') hits.push({ row: total.row, col: total.col, params: { field: FIELD_NAMES.total } });
    }
    for (const row of table.indicators) {
      if (row.value && row.value.value.kind === 'empty' && row.status !== 'unused') {
        hits.push({ row: row.value.row, col: row.value.col, params: { field: INDICATOR_ROLE_NAMES.value } });
      }
    }
    return hits.sort((a, b) => a.row - b.row || a.col - b.col);
  },
};
export default rule;
