import type { CheckOutcome } from '../../src/addin/addin-host';
import type { Report } from '../../src/core/report';

type Finding = Report['findings'][number];
type Table = Report['tables'][number];

export function table(id: string, over: Partial<Table> = {}): Table {
  return { id, sheet: '项目表', range: 'A1:G20', kind: 'project', name: `项目${id}`, ...over };
}

export function finding(over: Partial<Finding> & Pick<Finding, 'cell'>): Finding {
  return { rule: 'plan.gap', severity: 'error', sheet: '项目表', table: 't1', message: '计划值为空', ...over };
}

/** A report whose summary counts agree with its findings. */
export function report(tables: Table[], findings: Finding[]): Report {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    schemaVersion: 1,
    file: 'test.xlsx',
    tables,
    findings,
    summary: { tables: tables.length, errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}

export function outcome(r: Report, over: Partial<CheckOutcome> = {}): CheckOutcome {
  return { report: r, sheet: null, problems: [], summarySheet: '检查汇总', ...over };
}
