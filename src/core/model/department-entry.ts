import { z } from 'zod';
import { MoneySchema } from '../parse/money';
import { BandSchema } from '../parse/band';
import { located, LocatedTextSchema, ActualCellSchema } from './located';
import { MeasureSchema } from './measure';

/** One 绩效指标 row of the seed's 部门整体 grid, with its 评价标准 bands. */
export const DepartmentIndicatorSchema = z.object({
  row: z.number().int().min(1),
  name: LocatedTextSchema,
  measure: MeasureSchema,
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
