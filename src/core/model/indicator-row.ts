import { z } from 'zod';
import { IndicatorValueSchema } from '../parse/indicator-value';
import { Level1Schema } from '../vocabulary';
import { ActualCellSchema, LocatedTextSchema, located } from './located';
import { MeasureSchema } from './measure';

/**
 * One row of an indicator grid with every fact the rules, the scores and the write plan need,
 * decided once by extract: which 一级 and 二级 it belongs to, whether it is set, what it measures,
 * its target (read from one cell or from separate 计算符号 / 计量单位 cells), its printed weight.
 */
export const IndicatorRowSchema = z.object({
  row: z.number().int().min(1),
  /** Index of its grid in the table's `grids`. */
  grid: z.number().int().min(0),
  level1: z.object({
    /** The 一级 cell that applies to the row: carried down from a merged or left-empty group cell. */
    cell: LocatedTextSchema.nullable(),
    /** The taxonomy's 一级: from the cell, else from the 二级 (`数量指标` → 产出指标). */
    name: Level1Schema.nullable(),
    /** The cell itself names a 一级 of the taxonomy. */
    inTaxonomy: z.boolean(),
    /** The cell names a first level of another framework (投入, 过程): accepted as the form's own. */
    framework: z.boolean(),
    /** Points printed in the 一级 cell (`产出指标（50分）`). */
    weight: z.number().nullable(),
  }),
  level2: z.object({
    cell: LocatedTextSchema.nullable(),
    /** The taxonomy's 二级 (`数量` → `数量指标`), or the text as written when it is none; '' without a cell. */
    name: z.string(),
    known: z.boolean(),
  }),
  level3: LocatedTextSchema.nullable(),
  description: LocatedTextSchema.nullable(),
  /** The 指标值 cell, read together with the row's 计算符号 and 计量单位 cells. */
  value: located(IndicatorValueSchema).nullable(),
  operatorCell: LocatedTextSchema.nullable(),
  unitCell: LocatedTextSchema.nullable(),
  directionCell: LocatedTextSchema.nullable(),
  natureCell: LocatedTextSchema.nullable(),
  /**
   * What the row's 计算符号 (`≥`, `定性`) or 指标性质 (`定量`, `定性`) cell says the target is, and which
   * of the two said it; null when the form prints neither or they say nothing.
   */
  declared: z.object({ nature: z.enum(['quantitative', 'qualitative']), by: z.enum(['operator', 'nature']) }).nullable(),
  basis: LocatedTextSchema.nullable(),
  remark: LocatedTextSchema.nullable(),
  /** set: the project sets this target; not-set: marked `无`; unused: a row the template left blank. */
  status: z.enum(['set', 'not-set', 'unused']),
  measure: MeasureSchema,
  /** A satisfaction indicator, by its 一级, its 二级 or its name. */
  satisfaction: z.boolean(),
  /** The target is a percentage: unit `%`, or no unit and a name that asks for a rate. */
  percent: z.boolean(),
  /** 分值 / 权重 as printed. */
  weight: located(z.number().nullable()).nullable(),
  /** 实际完成值 (the template's own column, or the add-in's input column). */
  actual: located(ActualCellSchema).nullable(),
  /** 得分 as printed (self-evaluation). */
  score: located(z.number().nullable()).nullable(),
  deviation: LocatedTextSchema.nullable(),
  /** 当前完成值 / 1-X月执行情况 (monitoring). */
  current: located(ActualCellSchema).nullable(),
  /** 完成可能性分析 (monitoring). */
  feasibility: LocatedTextSchema.nullable(),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;
