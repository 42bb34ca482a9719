import { z } from 'zod';
import { SeveritySchema } from '../finding';

/** The headers and sheets the add-in writes are domain words, defined once in the vocabulary. */
export { OWNED_HEADER, TOTAL_LABEL, SUMMARY_SHEET, RECORD_SHEET } from '../vocabulary';

/** Fill colours (ARGB) for flagged cells: error red, warning amber, info blue; owned headers grey. */
export const FILL = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
  header: 'FFD9D9D9',
  input: 'FFFFF2CC',
} as const;

const Pos = { row: z.number().int().min(1), col: z.number().int().min(1) };

/** A cell the add-in owns: it writes the value or formula and removes it on clear. */
export const OwnedCellSchema = z.object({
  ...Pos,
  value: z.union([z.string(), z.number(), z.null()]),
  /** Excel formula without the leading `=`; when set, `value` is the result the engine expects. */
  formula: z.string().optional(),
  numFmt: z.string().optional(),
  bold: z.boolean().optional(),
  /** ARGB fill of the owned cell itself (headers, input cells). */
  fill: z.string().optional(),
  wrap: z.boolean().optional(),
  /** A cell left for the user to type into (实际完成值, 全年执行数): its content survives a re-check. */
  input: z.boolean().optional(),
});
export type OwnedCell = z.infer<typeof OwnedCellSchema>;

/** A user's cell the add-in flags: it changes the fill (remembering the original) and adds a note. */
export const FlagSchema = z.object({
  ...Pos,
  severity: SeveritySchema,
  /** Full messages with their suggestions, most severe first; becomes the cell's note. */
  note: z.string(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const SheetOpsSchema = z.object({
  sheet: z.string(),
  cells: z.array(OwnedCellSchema),
  flags: z.array(FlagSchema),
  /** Widths for the owned columns (characters); the original widths are recorded by the host. */
  columnWidths: z.array(z.object({ col: z.number().int().min(1), width: z.number().positive() })),
  /**
   * Print each table with its owned columns on one page width: landscape, one page wide, as many
   * pages tall as needed. The original page setup is recorded by the host and restored by clear.
   */
  fitToPageWidth: z.boolean().optional(),
  /** Least heights (points) for rows whose 检查结果 wraps; a row already as high is left alone. */
  rowHeights: z.array(z.object({ row: z.number().int().min(1), height: z.number().positive() })).optional(),
});
export type SheetOps = z.infer<typeof SheetOpsSchema>;

export const LinkSchema = z.object({ sheet: z.string(), row: z.number().int().min(1), col: z.number().int().min(1) });

/** 检查汇总: a plain grid; a cell with `link` is a hyperlink to that cell. */
export const SummaryCellSchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.object({ text: z.string(), link: LinkSchema }),
  z.object({ formula: z.string(), value: z.union([z.string(), z.number(), z.null()]) }),
]);
export type SummaryCell = z.infer<typeof SummaryCellSchema>;

/** Something the plan could not place without overwriting a user's cell. */
export const PlanProblemSchema = z.object({ sheet: z.string(), table: z.string(), row: z.number().int(), col: z.number().int(), message: z.string() });
export type PlanProblem = z.infer<typeof PlanProblemSchema>;

/**
 * Everything one check writes into a workbook, as plain data. Both hosts (ExcelJS, Office.js)
 * apply the same plan, so the plan is what the tests assert.
 */
export const WritePlanSchema = z.object({
  version: z.literal(1),
  sheets: z.array(SheetOpsSchema),
  summary: z.object({ name: z.string(), rows: z.array(z.array(SummaryCellSchema)), columnWidths: z.array(z.number().positive()) }),
  problems: z.array(PlanProblemSchema),
});
export type WritePlan = z.infer<typeof WritePlanSchema>;

/**
 * What a host wrote, kept in the hidden record sheet so that 清除检查结果 restores the workbook
 * exactly: owned cells to empty, flagged cells to their original fill and note, widths back.
 */
export const WriteRecordSchema = z.object({
  version: z.literal(1),
  sheets: z.array(
    z.object({
      sheet: z.string(),
      /**
       * Cells the add-in wrote; `original` is the cell's style before, as the host serialises it
       * (absent: none). `text` is a label the add-in wrote (a header such as 实际完成值): clearing first
       * checks that every label is still where it was, so rows or columns inserted or deleted since
       * the check never make it empty a user's cell.
       */
      owned: z.array(z.object({ ...Pos, original: z.unknown().optional(), text: z.string().optional() })),
      /** The owned cells left for the user (`input: true` in the plan): a re-check carries their content over. */
      inputs: z.array(z.object(Pos)).optional(),
      /** Original fill of each flagged cell as the host serialises it (null: none). */
      fills: z.array(z.object({ ...Pos, original: z.unknown() })),
      /** Cells that got a note from the add-in (they had none before). */
      notes: z.array(z.object(Pos)),
      widths: z.array(z.object({ col: z.number().int().min(1), original: z.number().nullable() })),
      /** The page setup before `fitToPageWidth` changed it, as the host serialises it (absent: not changed). */
      pageSetup: z.unknown().optional(),
      /** Rows the host raised for `rowHeights`, with their height before (null: the default). */
      heights: z.array(z.object({ row: z.number().int().min(1), original: z.number().nullable() })).optional(),
    }),
  ),
  summarySheet: z.string().nullable(),
  /** How the flags' messages were attached: notes unless the Office.js host fell back to comments. */
  noteKind: z.enum(['notes', 'comments']).optional(),
});
export type WriteRecord = z.infer<typeof WriteRecordSchema>;
