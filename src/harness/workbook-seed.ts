/**
 * A workbook as plain JSON for the harness to start from, built from a real .xlsx by
 * scripts/build-harness-workbook.ts: per sheet its cells (value, formula, displayed text, number
 * format, solid fill, bold, wrap), merged areas and column widths.
 */
import { z } from 'zod';
import { AreaSchema, CellValueSchema } from '../core/snapshot';
import { cellKey, FakeExcel, type FakeCell } from './fake-excel';

export const SeedCellSchema = z.object({
  row: z.number().int().min(1),
  col: z.number().int().min(1),
  /** The value Excel holds (a formula's cached result; an error as its code, `#N/A`). */
  value: CellValueSchema,
  /** Without the leading `=`. */
  formula: z.string().optional(),
  /** What the cell shows, where it differs from the value under its format as the fake renders it. */
  text: z.string().optional(),
  numberFormat: z.string().optional(),
  /** A solid fill colour, `#RRGGBB`. */
  fill: z.string().regex(/^#[0-9A-Fa-f]{6}$/).optional(),
  bold: z.boolean().optional(),
  wrap: z.boolean().optional(),
});
export type SeedCell = z.infer<typeof SeedCellSchema>;

export const SeedSheetSchema = z.object({
  name: z.string().min(1),
  visibility: z.enum(['Visible', 'Hidden', 'VeryHidden']).optional(),
  cells: z.array(SeedCellSchema),
  merges: z.array(AreaSchema),
  widths: z.array(z.object({ col: z.number().int().min(1), points: z.number().positive() })),
});
export type SeedSheet = z.infer<typeof SeedSheetSchema>;

export const WorkbookSeedSchema = z.object({
  /** The file the seed was built from, which the harness reports as the workbook's name. */
  fileName: z.string().optional(),
  sheets: z.array(SeedSheetSchema),
});
export type WorkbookSeed = z.infer<typeof WorkbookSeedSchema>;

function fakeCell(c: SeedCell): FakeCell {
  return {
    value: c.value,
    formula: c.formula ?? null,
    text: c.text ?? null,
    numberFormat: c.numberFormat ?? 'General',
    fill: c.fill ? { color: c.fill.toUpperCase(), pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 } : null,
    bold: c.bold ?? false,
    wrap: c.wrap ?? false,
    fontColor: null,
    underline: null,
  };
}

/** A fake workbook holding the seed, as Excel holds a file just opened (formulas keep their cached values). */
export function fakeFromSeed(seed: WorkbookSeed): FakeExcel {
  const fake = new FakeExcel();
  for (const s of seed.sheets) {
    const sheet = fake.addSheet(s.name);
    sheet.visibility = s.visibility ?? 'Visible';
    for (const c of s.cells) sheet.cells.set(cellKey(c.row, c.col), fakeCell(c));
    sheet.merges = s.merges.map((m) => ({ ...m }));
    for (const w of s.widths) sheet.widths.set(w.col, w.points);
  }
  return fake;
}
