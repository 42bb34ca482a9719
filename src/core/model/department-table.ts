import { z } from 'zod';
import { AreaSchema } from '../snapshot';
import { MoneySchema } from '../parse/money';
import { BandSchema } from '../parse/band';
import { located, LocatedTextSchema, ActualCellSchema } from './located';

export const GRADES = ['优', '良', '中', '差'] as const;
export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;

export const DepartmentIndicatorSchema = z.object({
  row: z.number().int().min(1),
  name: LocatedTextSchema,
  bands: z.object({ 优: located(BandSchema), 良: located(BandSchema), 中: located(BandSchema), 差: located(BandSchema) }),
  actual: located(ActualCellSchema).nullable(),
});
export type DepartmentIndicator = z.infer<typeof DepartmentIndicatorSchema>;

/** A 职责活动 row: a department (`一、镇党委`) or one of its activities, with the indicators under it. */
export const DepartmentEntrySchema = z.object({
  level: z.enum(['department', 'activity']),
  name: LocatedTextSchema,
  budget: located(MoneySchema),
  content: LocatedTextSchema,
  goal: LocatedTextSchema,
  indicators: z.array(DepartmentIndicatorSchema),
});
export type DepartmentEntry = z.infer<typeof DepartmentEntrySchema>;

export const DepartmentTableSchema = z.object({
  kind: z.literal('department'),
  id: z.string(),
  sheet: z.string(),
  area: AreaSchema,
  title: LocatedTextSchema.nullable(),
  /** The first of the header rows (职责活动 | 年度预算数 | …). */
  headerRow: z.number().int().min(1),
  entries: z.array(DepartmentEntrySchema),
});
export type DepartmentTable = z.infer<typeof DepartmentTableSchema>;
