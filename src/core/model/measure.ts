import { z } from 'zod';

/** What an indicator's name says it measures (vocabulary/measures.ts), recorded once per row. */
export const MeasureSchema = z.object({
  kind: z.enum(['rate', 'count', 'amount', 'other']),
  strictRate: z.boolean(),
  satisfaction: z.boolean(),
  declaredUnit: z.string(),
  countUnit: z.string(),
  name: z.string(),
});
export type Measure = z.infer<typeof MeasureSchema>;
