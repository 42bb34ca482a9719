import { z } from 'zod';

export const RuleSettingSchema = z.enum(['error', 'warning', 'info', 'off']);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** A 序时进度 checkpoint: by the end of `month`, at least `minPercent` of the budget should be spent. */
export const MilestoneSchema = z.object({
  month: z.number().int().min(1).max(12),
  minPercent: z.number().min(0).max(100),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

/** A step of 预算执行率 scoring: from `minPercent` % on, `sharePercent` % of its 分值 (江西: 80 % → 70 %). */
export const ExecutionStepSchema = z.object({
  minPercent: z.number().min(0),
  sharePercent: z.number().min(0).max(100),
});
export type ExecutionStep = z.infer<typeof ExecutionStepSchema>;

/**
 * How 预算执行率 is scored: `linear` is 分值 × min(执行率, 1) (财预〔2020〕10号); `steps` gives the share
 * of the highest step the rate reaches, 0 below every step. `mayExceed100`: a rate above 100 % is
 * accepted (浙江); when false, `self.exec-rate` reports it, as the budget systems refuse to save it.
 */
export const BudgetExecutionSchema = z.object({
  scoring: z.enum(['linear', 'steps']).default('linear'),
  steps: z.array(ExecutionStepSchema).default([]),
  mayExceed100: z.boolean().default(true),
}).refine((e) => e.scoring !== 'steps' || e.steps.length > 0, { message: '按档计分（steps）至少要设一档 / steps scoring needs a step', path: ['steps'] });
export type BudgetExecution = z.infer<typeof BudgetExecutionSchema>;

/**
 * Local review policy: which rules run at which severity, and the thresholds that are policy, not
 * law (domain.md §3–§4). Every field has a default, so `{}` is a valid profile.
 */
export const ProfileSchema = z
  .object({
    name: z.string().default('默认'),
    /** The year the tables budget for; null: the year most of the workbook's tables mention. */
    budgetYear: z.number().int().min(2000).max(2100).nullable().default(null),
    /** Severity per rule id, or `off`; rules not listed keep their default. */
    rules: z.record(z.string(), RuleSettingSchema).default({}),
    planMilestones: z.array(MilestoneSchema).default([
      { month: 6, minPercent: 50 },
      { month: 9, minPercent: 75 },
    ]),
    /** A 满意度 target below this percentage is worth a warning. */
    minSatisfactionPercent: z.number().min(0).max(100).default(80),
    /** An actual at or above this multiple of a positive target needs an explanation. */
    overAchievementRatio: z.number().min(1).default(1.3),
    /** Against a target of 0, an actual at or above this needs the same explanation (广西: 30); null: never. */
    overAchievementAtZeroTarget: z.number().min(0).nullable().default(30),
    /** First-level weights of the year-end self-evaluation (财预〔2020〕10号), out of 100. */
    weights: z
      .object({
        output: z.number().min(0).default(50),
        effect: z.number().min(0).default(30),
        satisfaction: z.number().min(0).default(10),
        budgetExecution: z.number().min(0).default(10),
      })
      .default({ output: 50, effect: 30, satisfaction: 10, budgetExecution: 10 }),
    budgetExecution: BudgetExecutionSchema.default({ scoring: 'linear', steps: [], mayExceed100: true }),
    /** Lowest total for each grade; below 中 is 差. */
    gradeThresholds: z
      .object({ 优: z.number().default(90), 良: z.number().default(80), 中: z.number().default(60) })
      .default({ 优: 90, 良: 80, 中: 60 }),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = ProfileSchema.parse({});
