import { z } from 'zod';
import { AreaSchema } from '../snapshot';
import { MoneySchema } from '../parse/money';
import { PercentSchema } from '../parse/percent';
import { IndicatorValueSchema } from '../parse/indicator-value';
import { located, LocatedTextSchema, ActualCellSchema } from './located';

/** Which template the table follows; rules about fields a form lacks do not apply to it. */
export const ProjectFormSchema = z.enum(['standard', 'mof-reference']);

export const PlanCheckpointSchema = z.object({
  label: LocatedTextSchema,
  value: located(PercentSchema),
});
export type PlanCheckpoint = z.infer<typeof PlanCheckpointSchema>;

export const IndicatorRowSchema = z.object({
  row: z.number().int().min(1),
  /** 一级 as it applies to this row: carried down from a merged or left-empty group cell. */
  level1: LocatedTextSchema.nullable(),
  level2: LocatedTextSchema.nullable(),
  level3: LocatedTextSchema.nullable(),
  description: LocatedTextSchema.nullable(),
  value: located(IndicatorValueSchema).nullable(),
  basis: LocatedTextSchema.nullable(),
  unit: LocatedTextSchema.nullable(),
  /** 权重/分值 where the sheet gives weights. */
  weight: LocatedTextSchema.nullable(),
  /** 实际完成值: what was achieved, typed at year end. */
  actual: located(ActualCellSchema).nullable(),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

/** A label the table lacks altogether, reported at the table's first cell. */
export const ProjectFieldSchema = z.enum([
  'code', 'name', 'budget', 'fiscal', 'other', 'purpose', 'plan', 'goal', 'indicators',
  'level1', 'level2', 'level3', 'value', 'basis',
]);
export type ProjectField = z.infer<typeof ProjectFieldSchema>;

export const ProjectTableSchema = z.object({
  kind: z.literal('project'),
  id: z.string(),
  sheet: z.string(),
  area: AreaSchema,
  form: ProjectFormSchema,
  /** Fields this form has; a rule checks a field only when it is listed here. */
  fields: z.array(ProjectFieldSchema),
  title: LocatedTextSchema.nullable(),
  code: LocatedTextSchema.nullable(),
  name: LocatedTextSchema.nullable(),
  budget: located(MoneySchema).nullable(),
  fiscal: located(MoneySchema).nullable(),
  /** 其他资金, 自有资金, …: every source besides fiscal money. */
  otherFunds: z.array(located(MoneySchema)),
  purpose: LocatedTextSchema.nullable(),
  plan: z.object({ label: LocatedTextSchema, checkpoints: z.array(PlanCheckpointSchema) }).nullable(),
  goal: LocatedTextSchema.nullable(),
  /** 全年执行数: money spent in the year, for 预算执行率. */
  execution: located(MoneySchema).nullable(),
  indicatorHeaderRow: z.number().int().min(1).nullable(),
  indicators: z.array(IndicatorRowSchema),
});
export type ProjectTable = z.infer<typeof ProjectTableSchema>;
