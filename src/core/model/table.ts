import { z } from 'zod';
import { AreaSchema } from '../snapshot';
import { MoneyUnitSchema } from '../parse/money';
import {
  BLOCK_KINDS, FIELD_KEYS, FamilyIdSchema, GOAL_FIELDS, INDICATOR_ROLES, PartSchema, PeriodSchema, TEXT_FIELDS, TableKindSchema,
  type FieldKey, type GoalField, type TextField,
} from '../vocabulary';
import { LocatedTextSchema, type LocatedText } from './located';
import {
  FundsSchema, IndicatorGridSchema, LocatedMoneySchema, MoneyBlockSchema, PartsSchema, PlanSchema, ScheduleSchema,
  TasksSchema, TotalRowSchema,
} from './blocks';
import { IndicatorRowSchema } from './indicator-row';
import { DepartmentEntrySchema } from './department-entry';


export const GoalCellSchema = z.object({
  field: z.enum(GOAL_FIELDS),
  /** The period the target is for, when the form sets targets for more than one. */
  period: PeriodSchema.nullable(),
  cell: LocatedTextSchema,
});
export type GoalCell = z.infer<typeof GoalCellSchema>;

/**
 * A recognized table of any kind, with the parts its template prints and nothing more: a rule about
 * a part applies only when the table has it. Every value keeps the cell it came from.
 */
export const TableSchema = z.object({
  kind: TableKindSchema,
  id: z.string(),
  sheet: z.string(),
  area: AreaSchema,
  family: FamilyIdSchema,
  /** Labels of the fields, grid columns and blocks the table prints. */
  parts: z.object({
    fields: z.array(z.enum(FIELD_KEYS)),
    columns: z.array(z.enum(INDICATOR_ROLES)),
    blocks: z.array(z.enum(BLOCK_KINDS)),
  }),
  /** Parts its family prints that it lacks; empty unless the table looks like its family. */
  missing: z.array(PartSchema),
  title: LocatedTextSchema.nullable(),
  /** The budget year the title (or the line under it) prints. */
  year: z.number().int().nullable(),
  moneyUnit: MoneyUnitSchema,
  /** One-cell fields (项目名称, 项目编码, 资金用途, 主管部门…): the value cell beside or below the label. */
  texts: z.partialRecord(z.enum(TEXT_FIELDS), LocatedTextSchema),
  goals: z.array(GoalCellSchema),
  money: z.array(MoneyBlockSchema),
  /** The year's budget: the total of the annual (or only) money block, or of the 项目资金 table. */
  budget: LocatedMoneySchema.nullable(),
  plan: PlanSchema.nullable(),
  funds: FundsSchema.nullable(),
  tasks: TasksSchema.nullable(),
  schedule: ScheduleSchema.nullable(),
  costParts: PartsSchema.nullable(),
  /** 全年执行数: money spent in the year, for 预算执行率 (the add-in's input cell). */
  execution: LocatedMoneySchema.nullable(),
  grids: z.array(IndicatorGridSchema),
  indicators: z.array(IndicatorRowSchema),
  totalRow: TotalRowSchema.nullable(),
  /** The seed's 部门整体 grid: its first header row and its 职责活动 rows. */
  departmentHeaderRow: z.number().int().min(1).nullable(),
  entries: z.array(DepartmentEntrySchema),
});
export type Table = z.infer<typeof TableSchema>;
export type TableKind = Table['kind'];

/** The name a person knows a table by: the project or unit name, or the title, or its kind. */
export function tableName(table: Table): string {
  const name = table.kind === 'department' ? table.texts.unitName ?? table.texts.name : table.texts.name;
  return name?.value || table.title?.value || (table.kind === 'department' ? '部门整体绩效目标' : '');
}

export function hasField(table: Table, field: FieldKey): boolean {
  return table.parts.fields.includes(field);
}

export function textOf(table: Table, field: TextField): LocatedText | null {
  return table.texts[field] ?? null;
}

export function goalsOf(table: Table, field?: GoalField): LocatedText[] {
  return table.goals.filter((g) => field === undefined || g.field === field).map((g) => g.cell);
}
