/**
 * The templates sample a new user is pointed at (README): the committed file is what the builder
 * makes today, and checking it reads every family's table and flags the mistakes planted in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAddress } from '../../src/core/address';
import { checkWorkbook } from '../../src/core/engine';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';
import { buildTemplatesSample, TEMPLATES_SAMPLE } from '../fixtures/families/templates-sample';
import { reproducibleXlsx } from '../fixtures/zip-timestamps';

const FILE = path.join(__dirname, '..', '..', 'samples', TEMPLATES_SAMPLE);
const sample = buildTemplatesSample();

it('is committed as the builder makes it (npm run samples)', async () => {
  expect((await reproducibleXlsx(buildTemplatesSample().workbook)).equals(readFileSync(FILE))).toBe(true);
});

it('reads every family’s table, of its kind and family, and flags each planted mistake', async () => {
  const { tables, report } = checkWorkbook(snapshotWorkbook(await loadWorkbookFile(FILE), TEMPLATES_SAMPLE));
  const key = (t: { sheet: string; kind: string; family?: string; top: number; left: number }) => `${t.sheet}!${cellAddress(t.top, t.left)} ${t.kind} ${t.family ?? ''}`;
  expect(tables.map((t) => key({ ...t, top: t.area.top, left: t.area.left }))).toEqual(
    sample.tables.map((t) => key({ ...t, top: t.range.top, left: t.range.left })),
  );
  const found = new Set(report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
  expect(sample.defects.map((d) => `${d.sheet}!${cellAddress(d.cell.row, d.cell.col)} ${d.rule}`).filter((d) => !found.has(d))).toEqual([]);
  expect(sample.defects.length).toBeGreaterThan(sample.tables.length);
});
