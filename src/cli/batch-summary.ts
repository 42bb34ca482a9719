import path from 'node:path';
import type { Report } from '../core/report';
import { RULES } from '../core/rules/catalogue';
import type { SkipReason } from './collect-inputs';
import { TABLE_KIND_NAMES } from '../core/vocabulary';

/** What the batch learnt of one file: its report, or why it was not checked. */
export type BatchFile =
  | { file: string; report: Report; units: ReadonlyMap<string, string>; annotated: string | null }
  | { file: string; report: null; reason: SkipReason };

export const STATUS = { pass: '通过', sendBack: '退回修改', notChecked: '未检查', noTable: '未找到绩效目标表' } as const;

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

export const TABLE_HEADERS = ['文件', '单位', '工作表', '表格', '范围', '类型', '项目', '错误', '警告', '提示', '得分', '等级', '状态', '标注副本', '说明'] as const;
export const FINDING_HEADERS = ['文件', '单位', '工作表', '单元格', '严重程度', '规则', '规则说明', '问题', '建议'] as const;

/** A cell of the overview: text, a number, nothing, or a link to a file (path relative to the overview). */
export type OverviewCell = string | number | null | { text: string; file: string };

export interface BatchOverview {
  tables: OverviewCell[][];
  findings: OverviewCell[][];
}

const TITLES = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));

/** A table goes back when it has any error: severities are the profile's, so its rule decides. */
export function tableStatus(errors: number): string {
  return errors > 0 ? STATUS.sendBack : STATUS.pass;
}

/**
 * The batch as two grids: a row per file and table (a file without tables, or not checked, gets
 * one row saying so), and a row per finding. Links are relative to `summaryFile`'s folder.
 */
export function batchOverview(files: readonly BatchFile[], summaryFile: string): BatchOverview {
  const here = path.dirname(path.resolve(summaryFile));
  const name = (f: string) => path.basename(f);
  const tables: OverviewCell[][] = [];
  const findings: OverviewCell[][] = [];
  for (const entry of files) {
    if (entry.report === null) {
      tables.push([name(entry.file), null, null, null, null, null, null, null, null, null, null, null, STATUS.notChecked, null, `${entry.reason.zh} / ${entry.reason.en}`]);
      continue;
    }
    const { report, units } = entry;
    const link: OverviewCell = entry.annotated === null
      ? null
      : { text: name(entry.annotated), file: path.relative(here, path.resolve(entry.annotated)) };
    if (report.tables.length === 0) tables.push([name(entry.file), null, null, null, null, null, null, 0, 0, 0, null, null, STATUS.noTable, link, null]);
    for (const t of report.tables) {
      const own = report.findings.filter((f) => f.table === t.id);
      const n = (s: keyof typeof SEVERITY) => own.filter((f) => f.severity === s).length;
      tables.push([
        name(entry.file), units.get(t.id) ?? null, t.sheet, t.id, t.range, TABLE_KIND_NAMES[t.kind], t.name,
        n('error'), n('warning'), n('info'), t.score ?? null, t.grade ?? null, tableStatus(n('error')), link, null,
      ]);
    }
    for (const f of report.findings) {
      findings.push([
        name(entry.file), units.get(f.table) ?? null, f.sheet, f.cell, SEVERITY[f.severity], f.rule,
        TITLES.get(f.rule) ?? null, f.message, f.suggestion ?? null,
      ]);
    }
  }
  return { tables, findings };
}

/** Columns of the table rows that hold counts: 错误, 警告, 提示. */
export const COUNT_COLUMNS = [TABLE_HEADERS.indexOf('错误'), TABLE_HEADERS.indexOf('警告'), TABLE_HEADERS.indexOf('提示')] as const;
