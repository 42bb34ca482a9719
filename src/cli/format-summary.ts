import type { Report } from '../core/report';
import { TABLE_KIND_NAMES, TableKindSchema } from '../core/vocabulary';

const MARK = { error: '✗ 错误', warning: '! 警告', info: 'i 提示' } as const;

/** The readable Chinese summary of one workbook's report: tables per sheet, then each table's findings. */
export function formatSummary(report: Report): string[] {
  const { summary } = report;
  const kinds = TableKindSchema.options
    .map((k) => [k, report.tables.filter((t) => t.kind === k).length] as const)
    .filter(([k, n]) => n > 0 || k === 'project' || k === 'department')
    .map(([k, n]) => `${TABLE_KIND_NAMES[k]} ${n}`)
    .join('，');
  const lines = [
    `${report.file}：找到 ${summary.tables} 张绩效目标表（${kinds}），` +
      `错误 ${summary.errors}，警告 ${summary.warnings}，提示 ${summary.infos}`,
  ];
  const byTable = new Map<string, Report['findings']>();
  for (const f of report.findings) byTable.set(f.table, [...(byTable.get(f.table) ?? []), f]);
  const sheets = [...new Set(report.tables.map((t) => t.sheet))];
  for (const sheet of sheets) {
    const tables = report.tables.filter((t) => t.sheet === sheet);
    lines.push(`  工作表「${sheet}」：${tables.length} 张表`);
    for (const table of tables) {
      const findings = byTable.get(table.id) ?? [];
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.filter((f) => f.severity === 'warning').length;
      const grade = table.score !== undefined ? `，得分 ${table.score}${table.grade ? `（${table.grade}）` : ''}` : '';
      const printed = table.printedScore !== undefined ? `，表中总分 ${table.printedScore}` : '';
      lines.push(`    ${table.id} ${table.range} ${TABLE_KIND_NAMES[table.kind]}「${table.name}」：错误 ${errors}，警告 ${warnings}${grade}${printed}`);
      for (const f of findings) lines.push(`      ${MARK[f.severity]} ${f.cell} ${f.message} [${f.rule}]`);
    }
  }
  return lines;
}
