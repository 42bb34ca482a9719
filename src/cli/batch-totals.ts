import { tableStatus, STATUS, type BatchFile } from './batch-summary';

/** The batch's last lines: files checked and not, tables, findings by severity, what goes back. */
export function batchTotals(files: readonly BatchFile[]): string[] {
  const checked = files.flatMap((f) => (f.report === null ? [] : [f.report]));
  const sum = (pick: (r: (typeof checked)[number]['summary']) => number) => checked.reduce((s, r) => s + pick(r.summary), 0);
  const back = checked.filter((r) => r.tables.some((t) => tableStatus(r.findings.filter((f) => f.table === t.id && f.severity === 'error').length) === STATUS.sendBack));
  const backTables = checked.reduce((s, r) => s + r.tables.filter((t) => r.findings.some((f) => f.table === t.id && f.severity === 'error')).length, 0);
  return [
    `合计：文件 ${files.length} 个（已检查 ${checked.length}，未检查 ${files.length - checked.length}），绩效目标表 ${sum((s) => s.tables)} 张，`
      + `错误 ${sum((s) => s.errors)}，警告 ${sum((s) => s.warnings)}，提示 ${sum((s) => s.infos)}；${STATUS.sendBack} ${backTables} 张表（${back.length} 个文件）`,
    `Total: ${files.length} files (${checked.length} checked, ${files.length - checked.length} not), ${sum((s) => s.tables)} tables, `
      + `${sum((s) => s.errors)} errors, ${sum((s) => s.warnings)} warnings, ${sum((s) => s.infos)} infos; ${backTables} tables in ${back.length} files to send back`,
  ];
}
