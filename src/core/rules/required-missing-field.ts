import type { Part } from '../vocabulary';
import { FIELD_NAMES, INDICATOR_ROLE_NAMES, PERIOD_NAMES } from '../vocabulary';
import { ALL_KINDS, type Rule } from './rule';

const BLOCK_NAMES: Readonly<Record<Extract<Part, { kind: 'block' }>['block'], string>> = {
  plan: '资金支出计划', funds: '项目资金', tasks: '年度主要任务', schedule: '项目实施进度计划', costParts: '项目预算成本构成',
  departmentGrid: '职责活动与评价标准', totalRow: '总分', twoLevelGrid: '绩效指标',
};

function partName(p: Part): string {
  switch (p.kind) {
    case 'field': return FIELD_NAMES[p.field];
    case 'column': return INDICATOR_ROLE_NAMES[p.column];
    case 'block': return BLOCK_NAMES[p.block];
    case 'grid': return p.period === null ? '绩效指标' : `${PERIOD_NAMES[p.period]}绩效指标`;
  }
}

/** Only a table that looks like its own family and lost a part of it (vocabulary/families.ts). */
const rule: Rule = {
  appliesTo: ALL_KINDS,
  meta: {
    id: 'required.missing-field',
    severity: 'error',
    title: '表格缺少其模板规定的栏目（项目名称、预算数、资金支出计划、绩效目标、绩效指标、分值等）',
    message: '表格缺少“{field}”栏，请按模板补上该栏并填写',
    example: { bad: '表中没有“项目编码”一行', good: '补上“项目编码”并填写项目编码' },
    criteria: { numbers: [1], source: '事前绩效评估审核要点（填报内容完整，无缺项、错项）' },
  },
  check(table) {
    return table.missing.map((p) => ({ row: table.area.top, col: table.area.left, params: { field: partName(p) } }));
  },
};
export default rule;
