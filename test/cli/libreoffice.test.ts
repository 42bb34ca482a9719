/**
 * The command line's outputs as LibreOffice Calc sees them (slow: all of this project's CLI work in
 * Calc is in this file). The annotated sample printed to PDF against the original, and the batch
 * overview recalculated. Runs when `soffice` is installed, and always on CI.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCheck, EXIT_OK } from '../../src/cli/run-check';
import { ReportSchema } from '../../src/core/report';
import { COUNT_COLUMNS, TABLE_HEADERS } from '../../src/cli/batch-summary';
import { FINDINGS_SHEET, OVERVIEW_SHEET, TOTAL_ROW_LABEL } from '../../src/xlsx/write-batch-summary';
import { convertWithSoffice, findSoffice, pdfPageCount } from '../plan/soffice';

const ROOT = path.join(__dirname, '..', '..');
const STACKED = path.join(ROOT, 'samples', '绩效目标表-汇总.xlsx');
const PER_SHEET = path.join(ROOT, 'samples', '绩效目标表-分表.xlsx');

const soffice = findSoffice();
const run = soffice !== null || process.env.CI ? describe : describe.skip;
if (soffice === null && !process.env.CI) console.warn('libreoffice.test: soffice is not installed, so these tests are skipped (apt-get install libreoffice-calc)');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cli-calc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const quiet = { out: () => undefined, err: (l: string) => console.error(l) };

run('in LibreOffice Calc', () => {
  it('the annotated sample prints on no more than 10 % more pages than the original', async () => {
    const annotated = path.join(dir, 'annotated.xlsx');
    expect(await runCheck([STACKED, '--out', annotated, '--quiet'], quiet)).toBe(EXIT_OK);
    const [original, checked] = convertWithSoffice(soffice ?? 'soffice', [STACKED, annotated], 'pdf', path.join(dir, 'pdf'));
    const before = pdfPageCount(await readFile(original as string));
    const after = pdfPageCount(await readFile(checked as string));
    console.log(`libreoffice.test: the original prints on ${before} pages, the annotated copy on ${after}`);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeLessThanOrEqual(Math.floor(before * 1.1));
  }, 180_000);

  it('the batch overview recalculates without errors, its counts those of the JSON reports', async () => {
    const summary = path.join(dir, '汇总.xlsx');
    const reports = path.join(dir, 'reports');
    expect(await runCheck([STACKED, PER_SHEET, '--summary', summary, '--json', reports, '--out', path.join(dir, 'outs'), '--quiet'], quiet)).toBe(EXIT_OK);
    const jsons = await Promise.all(['绩效目标表-汇总.json', '绩效目标表-分表.json'].map(async (f) => ReportSchema.parse(JSON.parse(await readFile(path.join(reports, f), 'utf8')))));
    const [recalculated] = convertWithSoffice(soffice ?? 'soffice', [summary], 'xlsx:Calc MS Excel 2007 XML', path.join(dir, 'recalc'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated as string);
    for (const name of [OVERVIEW_SHEET, FINDINGS_SHEET]) {
      const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
      ws.eachRow((row) => row.eachCell((cell) => {
        const model = cell.model as { result?: unknown };
        const value: unknown = cell.type === ExcelJS.ValueType.Formula ? model.result : cell.value;
        expect(value !== null && typeof value === 'object' && 'error' in value).toBe(false);
      }));
    }
    const overview = wb.getWorksheet(OVERVIEW_SHEET) as ExcelJS.Worksheet;
    let totals: ExcelJS.Row | undefined;
    overview.eachRow((row) => {
      if (row.getCell(1).value === TOTAL_ROW_LABEL) totals = row;
    });
    const got = COUNT_COLUMNS.map((c) => (totals?.getCell(c + 1).model as { result?: unknown }).result);
    const sum = (k: 'errors' | 'warnings' | 'infos') => jsons.reduce((s, j) => s + j.summary[k], 0);
    expect(got).toEqual([sum('errors'), sum('warnings'), sum('infos')]);
    expect(TABLE_HEADERS.filter((_, i) => (COUNT_COLUMNS as readonly number[]).includes(i))).toEqual(['错误', '警告', '提示']);
    const links = overview.getColumn(TABLE_HEADERS.indexOf('标注副本') + 1).values.filter((v) => v !== null && v !== undefined).slice(1);
    expect(links.length).toBe(jsons.reduce((s, j) => s + j.tables.length, 0));
  }, 180_000);
});
