import { z } from 'zod';
import { CellValueSchema } from '../snapshot';

/** A value that remembers the sheet cell it came from (the top-left cell of a merged area). */
export function located<T extends z.ZodType>(value: T) {
  return z.object({
    row: z.number().int().min(1),
    col: z.number().int().min(1),
    /** The text the cell displays, as the user sees it. */
    text: z.string(),
    value,
  });
}

export const LocatedTextSchema = located(z.string());
export type LocatedText = z.infer<typeof LocatedTextSchema>;

export type Located<T> = { row: number; col: number; text: string; value: T };

/** A cell read as a number may be: its raw value and number format as well as its text. */
export const ActualCellSchema = z.object({ raw: CellValueSchema, format: z.string() });
export type ActualCell = z.infer<typeof ActualCellSchema>;
