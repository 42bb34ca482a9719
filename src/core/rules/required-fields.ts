import type { LocatedText } from '../model/located';
import type { ProjectField, ProjectTable } from '../model/project-table';

/** Field names as the template prints them, for messages. */
export const FIELD_NAMES: Record<ProjectField, string> = {
  code: '项目编码',
  name: '项目名称',
  budget: '预算数',
  fiscal: '财政资金',
  other: '其他资金',
  purpose: '资金用途',
  plan: '资金支出计划',
  goal: '绩效目标',
  indicators: '绩效指标',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  value: '指标值',
  basis: '指标值确定依据',
};

export interface RequiredCell {
  field: ProjectField;
  cell: { row: number; col: number; text: string };
}

/** Text cells a reviewer requires filled (domain.md §5), for the fields this table's form has. */
export function requiredTextCells(table: ProjectTable): RequiredCell[] {
  const out: RequiredCell[] = [];
  const add = (field: ProjectField, cell: LocatedText | null) => {
    if (cell && table.fields.includes(field)) out.push({ field, cell });
  };
  add('name', table.name);
  add('code', table.code);
  add('purpose', table.purpose);
  add('goal', table.goal);
  for (const row of table.indicators) {
    if (isUnusedRow(row) || row.value?.value.kind === 'not-set') continue;
    add('level3', row.level3);
    add('basis', row.basis);
  }
  return out;
}

/** A row the template left blank: nothing in 二级, 三级, 指标值 or 依据. */
export function isUnusedRow(row: ProjectTable['indicators'][number]): boolean {
  return [row.level2, row.level3, row.basis].every((c) => !c || c.value === '') && (!row.value || row.value.value.kind === 'empty');
}
