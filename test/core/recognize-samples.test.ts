import { extractWorkbook } from '../../src/core/extract/extract-workbook';
import { checkWorkbook } from '../../src/core/engine';
import { ReportSchema } from '../../src/core/report';
import type { Table } from '../../src/core/model/table';
import { buildPerSheetSample, buildStackedSample, type Sample } from '../fixtures/sample-layout';
import { expectDepartmentMatches, expectProjectMatches } from './expect-table';
import { snapshotOfWorkbook } from './snapshot-of';
import { loadSeed } from '../fixtures/seed';

async function recognize(sample: Sample): Promise<Table[]> {
  return extractWorkbook(await snapshotOfWorkbook(sample.workbook));
}

describe.each([
  ['stacked (39 tables in one sheet, department table at B2)', buildStackedSample],
  ['one table per sheet', buildPerSheetSample],
])('sample workbook: %s', (_label, build) => {
  let sample: Sample;
  let tables: Table[];
  beforeAll(async () => {
    sample = build();
    tables = await recognize(sample);
  });

  it('finds exactly the 39 project tables and the department table, with their exact ranges', () => {
    const key = (t: { sheet: string; area: { top: number; left: number; bottom: number; right: number }; kind: string }) =>
      `${t.kind} ${t.sheet} ${t.area.top},${t.area.left}:${t.area.bottom},${t.area.right}`;
    expect(tables.map(key).sort()).toEqual(sample.expected.map(key).sort());
    expect(tables.filter((t) => t.kind === 'project')).toHaveLength(39);
    expect(tables.filter((t) => t.kind === 'department')).toHaveLength(1);
  });

  it('reads every field of every table from the cell the layout put it in', () => {
    for (const expected of sample.expected) {
      const table = tables.find((t) => t.sheet === expected.sheet && t.area.top === expected.area.top && t.area.left === expected.area.left);
      expect(table?.kind).toBe(expected.kind);
      if (table?.kind === 'project' && expected.kind === 'project') expectProjectMatches(table, expected);
      if (table?.kind === 'department' && expected.kind === 'department') expectDepartmentMatches(table, expected, loadSeed().department);
    }
  });

  it('reports the seed’s real required-cell mistakes and a schema-valid report', async () => {
    const { report } = checkWorkbook(await snapshotOfWorkbook(sample.workbook, 'sample.xlsx'));
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const byName = (name: string) => report.tables.find((t) => t.name === name)?.id;
    const placeholderGoals = sample.expected.filter((e) => e.kind === 'project' && /目标内容\d/.test(e.project.goal));
    expect(placeholderGoals.length).toBeGreaterThanOrEqual(2);
    for (const e of placeholderGoals) {
      expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'required.template-text', table: byName(e.name) }));
    }
    const emptyBasis = sample.expected.filter((e) => e.kind === 'project' && e.project.indicators.some((i) => i.basis === '' && i.value !== '无'));
    expect(emptyBasis.length).toBeGreaterThanOrEqual(1);
    for (const e of emptyBasis) {
      const hit = report.findings.find((f) => f.rule === 'required.empty' && f.table === byName(e.name) && f.message.includes('指标值确定依据'));
      expect(hit).toBeDefined();
    }
  });
});
