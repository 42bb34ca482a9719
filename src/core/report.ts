import { z } from 'zod';
import { SeveritySchema, type Finding } from './finding';
import { areaAddress, cellAddress } from './address';
import { tableName, type Table } from './model/table';
import { FamilyIdSchema, GradeSchema, TableKindSchema, type Grade } from './vocabulary';

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
const A1_AREA = /^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/;

/**
 * The JSON report, schema version 1, as design.md defines it. Version 1 grew additively: the kinds
 * `self-evaluation` and `monitoring`, the template `family`, and a self-evaluation's `printedScore`.
 */
export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  file: z.string(),
  tables: z.array(z.object({
    id: z.string(),
    sheet: z.string(),
    range: z.string().regex(A1_AREA),
    kind: TableKindSchema,
    name: z.string(),
    /** Which template family the table looks like (vocabulary/families.ts). */
    family: FamilyIdSchema.optional(),
    /** The engine's score, once actual values exist. */
    score: z.number().optional(),
    grade: GradeSchema.optional(),
    /** A project table whose actual values are partly typed: how many of its scored rows have one. */
    actuals: z.object({ filled: z.number().int().min(0), of: z.number().int().min(0) }).strict().optional(),
    /** A self-evaluation's own 总分, as the sheet prints it. */
    printedScore: z.number().optional(),
  }).strict()),
  findings: z.array(z.object({
    rule: z.string(),
    severity: SeveritySchema,
    sheet: z.string(),
    cell: z.string().regex(A1),
    table: z.string(),
    message: z.string(),
    suggestion: z.string().optional(),
  }).strict()),
  summary: z.object({
    tables: z.number().int().min(0),
    errors: z.number().int().min(0),
    warnings: z.number().int().min(0),
    infos: z.number().int().min(0),
  }).strict(),
}).strict();
export type Report = z.infer<typeof ReportSchema>;

/** A table's year-end score, once actual values exist; a self-evaluation's printed total beside it. */
export interface TableScore {
  score: number | null;
  grade: Grade | null;
  printed: number | null;
  /** Set while a project table's actual values are partly typed (score and grade are then null). */
  actuals: { filled: number; of: number } | null;
}

/** The report's `summary`: how many tables, and findings by severity. */
export function reportSummary(tables: number, findings: readonly Pick<Finding, 'severity'>[]): Report['summary'] {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return { tables, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

export function buildReport(file: string, tables: Table[], findings: Finding[], scores: ReadonlyMap<string, TableScore> = new Map()): Report {
  return {
    schemaVersion: 1,
    file,
    tables: tables.map((t) => {
      const s = scores.get(t.id);
      return {
        id: t.id, sheet: t.sheet, range: areaAddress(t.area), kind: t.kind, name: tableName(t), family: t.family,
        ...(s?.score === null || s?.score === undefined ? {} : { score: s.score }),
        ...(s?.grade === null || s?.grade === undefined ? {} : { grade: s.grade }),
        ...(s?.printed === null || s?.printed === undefined ? {} : { printedScore: s.printed }),
        ...(s?.actuals ? { actuals: s.actuals } : {}),
      };
    }),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: cellAddress(f.row, f.col),
      table: f.table,
      message: f.message,
      ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
    })),
    summary: reportSummary(tables.length, findings),
  };
}
