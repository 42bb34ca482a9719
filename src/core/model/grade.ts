import { z } from 'zod';

export const GRADES = ['优', '良', '中', '差'] as const;
export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;
