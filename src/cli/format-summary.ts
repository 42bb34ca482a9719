import type { Report } from '../core/report';

const MARK = { error: '✗ 错误', warning: '! 警告', info: 'i 提示' } as const;
const KIND = { project: '项目表', department: '部门整体表' } as const;

/** The readable Chinese summary of one workbook's report: tables per sheet, then each table's findings. */
export function formatSummary(report: Report): string[] {
  const { summary } = report;
  const projects = report.tables.filter((t) => t.kind === 'project').length;
  const lines = [
    `${report.file}：找到 ${summary.tables} 张绩效目标表（项目表 ${projects}，部门整体表 ${summary.tables - projects}），` +
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
      lines.push(`    ${table.id} ${table.range} ${KIND[table.kind]}「${table.name}」：错误 ${errors}，警告 ${warnings}${grade}`);
      for (const f of findings) lines.push(`      ${MARK[f.severity]} ${f.cell} ${f.message} [${f.rule}]`);
    }
  }
  return lines;
}
