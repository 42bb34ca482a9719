import { z } from 'zod';

/** A raw cell value as a host reports it; formulas appear as their cached result. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

/** A rectangle in 1-based sheet coordinates, inclusive on both ends. */
export const AreaSchema = z.object({
  top: z.number().int().min(1),
  left: z.number().int().min(1),
  bottom: z.number().int().min(1),
  right: z.number().int().min(1),
});
export type Area = z.infer<typeof AreaSchema>;

/**
 * One worksheet as plain data. `values[r][c]`, `text[r][c]` and `formats[r][c]` describe the
 * sheet cell at row `origin.row + r`, column `origin.col + c` (1-based), so a host can hand over
 * just its used range.
 */
export const SheetSnapshotSchema = z.object({
  name: z.string(),
  origin: z.object({ row: z.number().int().min(1), col: z.number().int().min(1) }),
  values: z.array(z.array(CellValueSchema)),
  text: z.array(z.array(z.string())),
  formats: z.array(z.array(z.string())),
  merges: z.array(AreaSchema),
});
export type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;

export const WorkbookSnapshotSchema = z.object({
  file: z.string(),
  sheets: z.array(SheetSnapshotSchema),
});
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshotSchema>;
