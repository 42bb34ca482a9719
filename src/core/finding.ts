import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One defect, always tied to one cell: the top-left cell of a merged area. */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  row: z.number().int().min(1),
  col: z.number().int().min(1),
  table: z.string(),
  message: z.string(),
  /** A mechanical fix, offered to the user and never applied by the checker. */
  suggestion: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
