import type { ProjectField } from '../model/project-table';
import type { ProjectRule, RuleHit } from './rule';
import { FIELD_NAMES } from './required-fields';

const rule: ProjectRule = {
  appliesTo: 'project',
  meta: {
    id: 'required.missing-field',
    severity: 'error',
    title: '表格缺少模板规定的栏目（项目名称、预算数、资金支出计划、绩效目标、绩效指标等）',
    message: '表格缺少“{field}”栏，请按模板补上该栏并填写',
    example: { bad: '表中没有“项目编码”一行', good: '补上“项目编码”并填写项目编码' },
  },
  check(table) {
    const present: Partial<Record<ProjectField, boolean>> = {
      code: table.code !== null,
      name: table.name !== null,
      budget: table.budget !== null,
      fiscal: table.fiscal !== null,
      purpose: table.purpose !== null,
      plan: table.plan !== null,
      goal: table.goal !== null,
      indicators: table.indicatorHeaderRow !== null,
    };
    if (table.indicators.length > 0) {
      present.level2 = table.indicators.some((r) => r.level2 !== null);
      present.level3 = table.indicators.some((r) => r.level3 !== null);
      present.value = table.indicators.some((r) => r.value !== null);
      present.basis = table.indicators.some((r) => r.basis !== null);
    }
    const hits: RuleHit[] = [];
    for (const field of table.fields) {
      if (present[field] === false) hits.push({ row: table.area.top, col: table.area.left, params: { field: FIELD_NAMES[field] } });
    }
    return hits;
  },
};
export default rule;
