import { z } from 'zod';

/** The four grades (优/良/中/差): of a department indicator's 评价标准, and of a year-end total. */
export const GRADES = ['优', '良', '中', '差'] as const;
export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;
