import { z } from 'zod';
import { MoneySchema } from '../parse/money';
import { PercentSchema } from '../parse/percent';
import { DateReadingSchema } from '../parse/date';
import { MONEY_PARTS, PeriodSchema, INDICATOR_ROLES, FUNDS_ROLES } from '../vocabulary';
import { LocatedTextSchema, located } from './located';

export const LocatedMoneySchema = located(MoneySchema);
export type LocatedMoney = z.infer<typeof LocatedMoneySchema>;
const LocatedNumber = located(z.number().nullable());

const MoneyPartSchema = z.enum(MONEY_PARTS);

/** A 资金 block: its total and its sources (中期 and 年度 forms print one block each). */
export const MoneyBlockSchema = z.object({
  period: PeriodSchema.nullable(),
  total: z.object({ label: LocatedTextSchema, value: LocatedMoneySchema }).nullable(),
  sources: z.array(z.object({ part: MoneyPartSchema.exclude(['total']), label: LocatedTextSchema, value: LocatedMoneySchema })),
});
export type MoneyBlock = z.infer<typeof MoneyBlockSchema>;

export const PlanCheckpointSchema = z.object({ label: LocatedTextSchema, value: located(PercentSchema) });
export type PlanCheckpoint = z.infer<typeof PlanCheckpointSchema>;
export const PlanSchema = z.object({ label: LocatedTextSchema, checkpoints: z.array(PlanCheckpointSchema) });
export type Plan = z.infer<typeof PlanSchema>;

/** A self-evaluation's 项目资金 table, one row per 资金 line. */
export const FundsRowSchema = z.object({
  part: MoneyPartSchema,
  label: LocatedTextSchema,
  initialBudget: LocatedMoneySchema.nullable(),
  annualBudget: LocatedMoneySchema.nullable(),
  executed: LocatedMoneySchema.nullable(),
  weight: LocatedNumber.nullable(),
  rate: located(PercentSchema).nullable(),
  score: LocatedNumber.nullable(),
});
export type FundsRow = z.infer<typeof FundsRowSchema>;
export const FundsSchema = z.object({
  headerRow: z.number().int().min(1),
  /** 预算执行率's 分值: the 年度资金总额 row's, else the points the block's label prints (`（10分）`). */
  executionWeight: z.number().nullable(),
  columns: z.partialRecord(z.enum(FUNDS_ROLES), z.number().int().min(1)),
  rows: z.array(FundsRowSchema),
});
export type Funds = z.infer<typeof FundsSchema>;

/** 年度主要任务 of a department: 任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金, and the 金额合计 row. */
export const TaskRowSchema = z.object({
  row: z.number().int().min(1),
  name: LocatedTextSchema,
  content: LocatedTextSchema.nullable(),
  total: LocatedMoneySchema.nullable(),
  fiscal: LocatedMoneySchema.nullable(),
  other: LocatedMoneySchema.nullable(),
});
export type TaskRow = z.infer<typeof TaskRowSchema>;
export const TasksSchema = z.object({ headerRow: z.number().int().min(1), rows: z.array(TaskRowSchema), total: TaskRowSchema.nullable() });
export type Tasks = z.infer<typeof TasksSchema>;

/** 项目实施进度计划: what is done when. */
export const ScheduleRowSchema = z.object({
  row: z.number().int().min(1),
  stage: LocatedTextSchema.nullable(),
  start: located(DateReadingSchema).nullable(),
  end: located(DateReadingSchema).nullable(),
});
export type ScheduleRow = z.infer<typeof ScheduleRowSchema>;
export const ScheduleSchema = z.object({ headerRow: z.number().int().min(1), rows: z.array(ScheduleRowSchema) });
export type Schedule = z.infer<typeof ScheduleSchema>;

/** 项目预算成本构成 (or 收入构成 / 支出构成): parts, their amounts, and the 合计 they add up to. */
export const PartRowSchema = z.object({
  row: z.number().int().min(1),
  name: LocatedTextSchema.nullable(),
  amount: LocatedMoneySchema.nullable(),
  share: located(PercentSchema).nullable(),
});
export type PartRow = z.infer<typeof PartRowSchema>;
export const PartsSchema = z.object({ headerRow: z.number().int().min(1), rows: z.array(PartRowSchema), total: PartRowSchema.nullable() });
export type Parts = z.infer<typeof PartsSchema>;

/** An indicator grid: its header row, the role of each column, and its period. */
export const IndicatorGridSchema = z.object({
  period: PeriodSchema.nullable(),
  headerRow: z.number().int().min(1),
  columns: z.partialRecord(z.enum(INDICATOR_ROLES), z.number().int().min(1)),
  /** The 一级指标 column holds what other forms call 二级 (数量指标, 质量指标…). */
  twoLevel: z.boolean(),
  /** First and last row of its body (after the header, before a total row). */
  firstRow: z.number().int().min(1),
  lastRow: z.number().int().min(0),
  /** The month a monitoring grid's 当前完成值 runs to (`1-6月执行情况` → 6); null when its header does not say. */
  asOfMonth: z.number().int().min(1).max(12).nullable(),
});
export type IndicatorGrid = z.infer<typeof IndicatorGridSchema>;

/** A grid's 总分 row: what it prints under 分值 and under 得分. */
export const TotalRowSchema = z.object({
  row: z.number().int().min(1),
  label: LocatedTextSchema,
  weight: LocatedNumber.nullable(),
  score: LocatedNumber.nullable(),
});
export type TotalRow = z.infer<typeof TotalRowSchema>;
