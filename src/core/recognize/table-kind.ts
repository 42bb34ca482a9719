/** Which kind a recognized table is, and which parts of its family it lacks. */
import type { FamilyDefinition, Part, TableFeatures, TableKind, TitleKind } from '../vocabulary';

/**
 * The title says it when it can (自评表, 监控表, 部门整体); otherwise the table's parts do: a 项目资金
 * table with 执行率 or 实际完成值 and 得分 columns make a self-evaluation, 当前完成值 a monitoring table,
 * 年度主要任务 or the 职责活动 grid a department table.
 */
export function decideKind(title: TitleKind | null, f: TableFeatures): TableKind {
  if (title === 'department' || title === 'self-evaluation' || title === 'monitoring') return title;
  if (f.blocks.has('departmentGrid') || f.blocks.has('tasks') || (f.fields.has('unitName') && !f.fields.has('name'))) return 'department';
  if (f.blocks.has('funds') || (f.columns.has('actual') && f.columns.has('score'))) return 'self-evaluation';
  if (f.columns.has('current')) return 'monitoring';
  return 'project';
}

export function missingParts(family: FamilyDefinition, f: TableFeatures): Part[] {
  const out: Part[] = [];
  for (const need of family.prints.fields) {
    const options = typeof need === 'string' ? [need] : need;
    const first = options[0];
    if (first !== undefined && !options.some((o) => f.fields.has(o))) out.push({ kind: 'field', field: first });
  }
  for (const block of family.prints.blocks) if (!f.blocks.has(block)) out.push({ kind: 'block', block });
  const hasGrid = f.gridPeriods.size > 0;
  for (const period of family.prints.grids) {
    const present = period === null ? hasGrid : f.gridPeriods.has(period) || (f.gridPeriods.size === 1 && f.gridPeriods.has(null) && period === 'annual');
    if (!present) out.push({ kind: 'grid', period });
  }
  if (hasGrid) {
    for (const need of family.prints.columns) {
      const options = typeof need === 'string' ? [need] : need;
      const first = options[0];
      if (first !== undefined && !options.some((o) => f.columns.has(o))) out.push({ kind: 'column', column: first });
    }
  }
  return out;
}
