import { parseCellAddress } from '../core/address';
import { SEVERITY_ORDER, type Severity } from '../core/finding';
import type { Report } from '../core/report';
import { findingCellKey, type ReportFinding, type ReportTable } from './finding-target';

export type SeverityCounts = Record<Severity, number>;

export interface FindingFilter {
  /** Severities shown; the others are hidden. */
  severities: ReadonlySet<Severity>;
  /** Free text; every whitespace-separated term must occur in the finding (case-insensitive). */
  query: string;
}

/** How the work list groups its findings. */
export type GroupBy = 'table' | 'rule';

/** The findings of one table that pass the filter, with the table as the report describes it. */
export interface FindingGroup {
  tableId: string;
  /** Undefined when a finding names a table the report does not list. */
  table: ReportTable | undefined;
  findings: ReportFinding[];
}

/** One group of the work list: a table's findings, or one rule's across the workbook. */
export interface WorkGroup {
  /** `table:<id>` or `rule:<id>`: stable across filters, so a group stays open while the filter changes. */
  key: string;
  by: GroupBy;
  /** The table id or the rule id. */
  id: string;
  table: ReportTable | undefined;
  findings: ReportFinding[];
  counts: SeverityCounts;
}

/** Findings of one rule that carry a suggestion: what a 全部应用 button applies. */
export interface RuleFixes {
  rule: string;
  findings: ReportFinding[];
}

export function severityCounts(findings: readonly ReportFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function searchTerms(query: string): string[] {
  return query.trim().toLowerCase().split(/\s+/u).filter((t) => t !== '');
}

export function matchesQuery(finding: ReportFinding, table: ReportTable | undefined, query: string): boolean {
  const haystack = [finding.message, finding.rule, finding.cell, findingCellKey(finding), table?.name ?? '']
    .join('\n')
    .toLowerCase();
  return searchTerms(query).every((term) => haystack.includes(term));
}

/** Most severe first, then in reading order, so the list reads like the sheet. */
function byImportance(a: ReportFinding, b: ReportFinding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareCells(a.cell, b.cell);
}

function compareCells(a: string, b: string): number {
  const [cellA, cellB] = [parseCellAddress(a), parseCellAddress(b)];
  return cellA.row - cellB.row || cellA.col - cellB.col;
}

/**
 * The findings that pass the filter, grouped by table in the report's table order; tables with
 * nothing to show are left out.
 */
export function groupFindings(report: Report, filter: FindingFilter): FindingGroup[] {
  const tables = new Map(report.tables.map((t) => [t.id, t]));
  const byTable = new Map<string, ReportFinding[]>();
  for (const f of report.findings) {
    if (!filter.severities.has(f.severity) || !matchesQuery(f, tables.get(f.table), filter.query)) continue;
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  const order = [...report.tables.map((t) => t.id), ...byTable.keys()];
  return [...new Set(order)]
    .filter((id) => byTable.has(id))
    .map((id) => ({ tableId: id, table: tables.get(id), findings: (byTable.get(id) ?? []).sort(byImportance) }));
}

/** The findings that pass the filter, grouped by table (report order) or by rule (most severe, then most findings first). */
export function workGroups(report: Report, filter: FindingFilter, by: GroupBy): WorkGroup[] {
  const tableGroups = groupFindings(report, filter);
  if (by === 'table') {
    return tableGroups.map((g) => ({ key: `table:${g.tableId}`, by, id: g.tableId, table: g.table, findings: g.findings, counts: severityCounts(g.findings) }));
  }
  const byRule = new Map<string, ReportFinding[]>();
  for (const f of tableGroups.flatMap((g) => g.findings)) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  return [...byRule]
    .map(([rule, findings]) => ({ key: `rule:${rule}`, by, id: rule, table: undefined, findings, counts: severityCounts(findings) }))
    .sort((a, b) => worstRank(a.counts) - worstRank(b.counts) || b.findings.length - a.findings.length);
}

function worstRank(counts: SeverityCounts): number {
  return counts.error > 0 ? 0 : counts.warning > 0 ? 1 : 2;
}

/** A finding's identity in the list: its rule on its cell. */
export function findingKey(finding: Pick<ReportFinding, 'rule' | 'sheet' | 'cell'>): string {
  return `${finding.rule}@${findingCellKey(finding)}`;
}

/**
 * What 上一个 / 下一个 walk, as Excel's error checking does: every shown error, then every shown
 * warning, each in the list's order; the infos only when nothing more severe is shown.
 */
export function walkOrder(groups: readonly WorkGroup[]): ReportFinding[] {
  const all = groups.flatMap((g) => g.findings);
  const severe = [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity === 'warning')];
  const walk = severe.length > 0 ? severe : all;
  const seen = new Set<string>();
  return walk.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The severities a chip selection shows: those selected, or all when none is. */
export function shownSeverities(selected: ReadonlySet<Severity>): ReadonlySet<Severity> {
  return selected.size === 0 ? new Set<Severity>(['error', 'warning', 'info']) : selected;
}

/**
 * Rules with at least `minimum` fixable findings among `findings`, in first-seen order. A cell is
 * counted once per rule, since one write fixes it.
 */
export function fixesByRule(findings: readonly ReportFinding[], minimum: number): RuleFixes[] {
  const byRule = new Map<string, Map<string, ReportFinding>>();
  for (const f of findings) {
    if (f.suggestion === undefined) continue;
    const cells = byRule.get(f.rule) ?? new Map<string, ReportFinding>();
    if (!cells.has(findingCellKey(f))) cells.set(findingCellKey(f), f);
    byRule.set(f.rule, cells);
  }
  return [...byRule]
    .map(([rule, cells]) => ({ rule, findings: [...cells.values()] }))
    .filter((r) => r.findings.length >= minimum);
}

/** Rules whose fixes span more than one table: those get a workbook-wide 全部应用 button. */
export function crossTableFixes(groups: readonly FindingGroup[]): RuleFixes[] {
  const all = groups.flatMap((g) => g.findings);
  return fixesByRule(all, 2).filter((r) => new Set(r.findings.map((f) => f.table)).size > 1);
}

/** Counts per severity of the findings the search matches, whatever severities are shown. */
export function matchCounts(report: Report, query: string): SeverityCounts {
  const tables = new Map(report.tables.map((t) => [t.id, t]));
  return severityCounts(report.findings.filter((f) => matchesQuery(f, tables.get(f.table), query)));
}
