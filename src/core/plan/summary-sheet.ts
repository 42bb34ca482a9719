import type { Finding } from '../finding';
import type { Table } from '../model/table';
import type { CellPos } from '../recognize/sheet-grid';
import { areaAddress, cellAddress } from '../address';
import { tableName } from '../model/table';
import { SUMMARY_SHEET, type SummaryCell, type WritePlan } from './write-plan';
import { TABLE_KIND_NAMES } from '../vocabulary';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** `'项目 表'!H12`: a reference to another sheet, quoted as Excel quotes it. */
export function sheetRef(sheet: string, p: CellPos): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress(p.row, p.col)}`;
}

export interface TableTotals {
  total: CellPos;
  /** Null for a self-evaluation: it prints no grade of its own. */
  grade: CellPos | null;
  /** The engine's 总分, or `已填 1/9` while a project table's actual values are partly typed. */
  score: number | string | null;
  gradeValue: string | null;
}

/**
 * 检查汇总: one row per table (with live links to its score and grade), then one row per finding,
 * each with a link to its cell.
 */
export function summarySheet(tables: Table[], findings: Finding[], totals: Map<string, TableTotals>): WritePlan['summary'] {
  const rows: SummaryCell[][] = [['工作表', '表格', '范围', '类型', '名称', '错误', '警告', '提示', '总分', '等级']];
  for (const t of tables) {
    const own = findings.filter((f) => f.table === t.id);
    const count = (s: Finding['severity']) => own.filter((f) => f.severity === s).length;
    const tot = totals.get(t.id);
    rows.push([
      t.sheet,
      { text: t.id, link: { sheet: t.sheet, row: t.area.top, col: t.area.left } },
      areaAddress(t.area),
      TABLE_KIND_NAMES[t.kind],
      tableName(t),
      count('error'),
      count('warning'),
      count('info'),
      tot ? { formula: `IF(${sheetRef(t.sheet, tot.total)}="","",${sheetRef(t.sheet, tot.total)})`, value: tot.score } : null,
      tot?.grade ? { formula: `IF(${sheetRef(t.sheet, tot.grade)}="","",${sheetRef(t.sheet, tot.grade)})`, value: tot.gradeValue } : (tot?.gradeValue ?? null),
    ]);
  }
  rows.push([]);
  rows.push(['工作表', '单元格', '严重程度', '规则', '说明', '建议', '表格']);
  for (const f of findings) {
    rows.push([f.sheet, { text: cellAddress(f.row, f.col), link: { sheet: f.sheet, row: f.row, col: f.col } }, SEVERITY[f.severity], f.rule, f.message, f.suggestion ?? null, f.table]);
  }
  return { name: SUMMARY_SHEET, rows, columnWidths: [16, 10, 14, 12, 30, 8, 8, 8, 8, 8] };
}
