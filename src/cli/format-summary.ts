import { SEVERITY_ORDER, type Severity } from '../core/finding';
import type { Report } from '../core/report';
import { TABLE_KIND_NAMES, TableKindSchema } from '../core/vocabulary';

const MARK = { error: '✗ 错误', warning: '! 警告', info: 'i 提示' } as const;
const COUNTED = { error: '错误', warning: '警告', info: '提示' } as const;

/** How many cells a folded line names before it says how many more there are. */
export const FOLDED_CELLS = 6;

type ReportFinding = Report['findings'][number];

/** `E12、E17、E18 …（共 9 处）`: the cells of one rule's findings in one table. */
export function foldedCells(cells: string[]): string {
  const shown = cells.slice(0, FOLDED_CELLS).join('、');
  return cells.length > FOLDED_CELLS ? `${shown} …（共 ${cells.length} 处）` : shown;
}

/**
 * One line per rule in a table: a single finding with its message; repeated ones folded, with
 * their cells and the first message (the others say the same of other cells).
 */
function findingLines(findings: ReportFinding[]): string[] {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as ReportFinding;
    const count = group.length > 1 ? ` ×${group.length}` : '';
    return `${MARK[first.severity]}${count} ${foldedCells(group.map((f) => f.cell))} ${first.message} [${first.rule}]`;
  });
}

/** The workbook's one-line summary: tables found and findings by severity. */
export function summaryLine(report: Report): string {
  const { summary } = report;
  const kinds = TableKindSchema.options
    .map((k) => [k, report.tables.filter((t) => t.kind === k).length] as const)
    .filter(([k, n]) => n > 0 || k === 'project' || k === 'department')
    .map(([k, n]) => `${TABLE_KIND_NAMES[k]} ${n}`)
    .join('，');
  return `${report.file}：找到 ${summary.tables} 张绩效目标表（${kinds}），`
    + `错误 ${summary.errors}，警告 ${summary.warnings}，提示 ${summary.infos}`;
}

/**
 * The readable Chinese summary of one workbook's report: the summary line, then per sheet the
 * tables with findings at or above `minSeverity`, each rule's findings on one line. Findings left
 * out are counted at the end, with the option that lists them.
 */
export function formatSummary(report: Report, minSeverity: Severity = 'info'): string[] {
  const shown = (f: ReportFinding) => SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[minSeverity];
  const lines = [summaryLine(report)];
  const byTable = new Map<string, ReportFinding[]>();
  for (const f of report.findings.filter(shown)) byTable.set(f.table, [...(byTable.get(f.table) ?? []), f]);
  for (const sheet of [...new Set(report.tables.map((t) => t.sheet))]) {
    const tables = report.tables.filter((t) => t.sheet === sheet);
    const flagged = tables.filter((t) => byTable.has(t.id));
    lines.push(`  工作表「${sheet}」：${tables.length} 张表${flagged.length < tables.length ? `，其余 ${tables.length - flagged.length} 张没有要列出的问题` : ''}`);
    for (const table of flagged) {
      const own = report.findings.filter((f) => f.table === table.id);
      const n = (s: Severity) => own.filter((f) => f.severity === s).length;
      const grade = table.score !== undefined ? `，得分 ${table.score}${table.grade ? `（${table.grade}）` : ''}` : '';
      lines.push(`    ${table.id} ${table.range} ${TABLE_KIND_NAMES[table.kind]}「${table.name}」：错误 ${n('error')}，警告 ${n('warning')}，提示 ${n('info')}${grade}`);
      for (const line of findingLines(byTable.get(table.id) ?? [])) lines.push(`      ${line}`);
    }
  }
  const hidden = (['warning', 'info'] as const).filter((s) => !shown({ severity: s } as ReportFinding));
  const left = hidden.map((s) => ({ s, n: report.findings.filter((f) => f.severity === s).length })).filter((x) => x.n > 0);
  if (left.length > 0) {
    const counts = left.map(({ s, n }) => `${COUNTED[s]} ${n}`).join('、');
    const option = left.map(({ s }) => s).pop() as Severity;
    lines.push(`  未列出${counts} 条（报告中都有；加 --min-severity ${option} 列出）/ not listed here (all are in the reports; add --min-severity ${option})`);
  }
  return lines;
}
