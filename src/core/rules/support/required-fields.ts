import type { Table } from '../../model/table';
import { FIELD_NAMES, INDICATOR_ROLE_NAMES, type FieldKey, type IndicatorRole } from '../../vocabulary';

export interface RequiredCell {
  /** How the template names the field, for messages. */
  field: string;
  cell: { row: number; col: number; text: string };
}

/** Goal fields a reviewer requires filled; 实际完成情况 has a year-end rule of its own (self.goal-result-empty). */
const REQUIRED_GOALS: ReadonlySet<FieldKey> = new Set(['goal', 'annualGoal', 'midGoal', 'longGoal', 'implementationGoal', 'goalExpected']);

/**
 * Text cells a reviewer requires filled (domain.md §5), of the fields this table prints: 项目名称,
 * 项目编码, 资金用途, the target text of every period, and on each set indicator row its 三级指标
 * and 指标值确定依据.
 */
export function requiredTextCells(table: Table): RequiredCell[] {
  const out: RequiredCell[] = [];
  for (const key of ['name', 'code', 'purpose', 'unitName'] as const) {
    const cell = table.texts[key];
    if (cell) out.push({ field: FIELD_NAMES[key], cell });
  }
  for (const g of table.goals) if (REQUIRED_GOALS.has(g.field)) out.push({ field: FIELD_NAMES[g.field], cell: g.cell });
  for (const row of table.indicators) {
    if (row.status === 'set' || row.status === 'not-set') {
      if (row.status === 'not-set' && row.value?.value.kind === 'not-set') continue;
      for (const role of ['level3', 'basis'] as const satisfies readonly IndicatorRole[]) {
        const cell = row[role];
        if (cell) out.push({ field: INDICATOR_ROLE_NAMES[role], cell });
      }
    }
  }
  return out.sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col);
}
