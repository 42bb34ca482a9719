import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { readWorkbookSnapshot } from '../../src/excel/read-workbook-snapshot';
import { widthToPoints } from '../../src/excel/fill-codec';
import type { FakeExcel } from '../../src/harness/fake-excel';
import { fakeFromSeed, WorkbookSeedSchema } from '../../src/harness/workbook-seed';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';
import { repeatFirstSheet, seedFromWorkbook } from '../../scripts/build-harness-workbook';
import { checkWorkbook } from '../../src/core/engine';
import { contextOf } from '../excel/excel-fixtures';

const SAMPLE = join(__dirname, '..', '..', 'samples', '绩效目标表-汇总.xlsx');

/** The seed as the harness gets it: through JSON and the schema. */
function viaJson(wb: ExcelJS.Workbook): FakeExcel {
  return fakeFromSeed(WorkbookSeedSchema.parse(JSON.parse(JSON.stringify(seedFromWorkbook(wb)))));
}

async function load(fake: FakeExcel, sheet: string, address: string, props: string): Promise<Record<string, unknown>> {
  const range = fake.context.workbook.worksheets.getItem(sheet).getRange(address);
  range.load(props);
  range.format.load('wrapText,columnWidth');
  range.format.font.load('bold');
  range.format.fill.load('color');
  await fake.context.sync();
  return { ...Object.fromEntries(props.split(',').map((p) => [p, (range as unknown as Record<string, unknown>)[p]])), wrap: range.format.wrapText, width: range.format.columnWidth, bold: range.format.font.bold, fill: range.format.fill.color };
}

describe('the harness workbook seed', () => {
  it('of the sample reads back through Office.js as the very snapshot the command line takes of the file', async () => {
    const wb = await loadWorkbookFile(SAMPLE);
    const fake = viaJson(wb);
    expect(await readWorkbookSnapshot(contextOf(fake), 'sample.xlsx')).toEqual(snapshotWorkbook(wb, 'sample.xlsx'));
  });

  it('keeps each cell’s look and the column widths of the sample', async () => {
    const wb = await loadWorkbookFile(SAMPLE);
    const fake = viaJson(wb);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    let header: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((cell) => {
      header ??= cell.font?.bold && cell.alignment?.wrapText ? cell : undefined;
    }));
    if (!header) throw new Error('the sample has a bold, wrapped cell');
    const got = await load(fake, ws.name, header.address, 'values');
    expect(got).toMatchObject({ values: [[header.value]], bold: true, wrap: true, width: widthToPoints(ws.getColumn(header.col).width ?? 0) });
  });

  it('carries fills, formulas with their cached values, number formats and hidden sheets; a formula recalculates once its input changes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = 0.5;
    ws.getCell('A1').numFmt = '0%';
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    ws.getCell('B1').value = { formula: 'A1*2', result: 1 } as ExcelJS.CellFormulaValue;
    ws.getCell('D9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
    ws.getColumn(2).width = 20;
    wb.addWorksheet('隐藏').state = 'veryHidden';
    const fake = viaJson(wb);

    expect(await load(fake, '表', 'A1', 'values,text,numberFormat')).toMatchObject({ values: [[0.5]], text: [['50%']], numberFormat: [['0%']], fill: '#FFC7CE' });
    expect(await load(fake, '表', 'B1', 'values,formulas')).toMatchObject({ values: [[1]], formulas: [['=A1*2']], width: widthToPoints(20) });
    expect(await load(fake, '表', 'D9', 'values')).toMatchObject({ values: [['']], fill: '#FFEB9C' });
    expect(fake.sheet('隐藏').visibility).toBe('VeryHidden');
    fake.userEdit('表', 1, 1, '30%');
    expect(fake.cell('表', 1, 2).value).toBe(0.6);
  });

  it('of the large workbook repeats the sample’s project sheet, so the engine finds its tables that many times over', async () => {
    const seed = seedFromWorkbook(await loadWorkbookFile(SAMPLE), '绩效目标表-汇总.xlsx');
    const large = repeatFirstSheet(seed, 3);
    expect(large.sheets.map((s) => s.name)).toEqual(['项目绩效目标表1', '项目绩效目标表2', '项目绩效目标表3', '部门整体绩效目标', '填表说明']);
    expect(large.fileName).toBe('large-绩效目标表-汇总.xlsx');
    const count = async (s: typeof seed) => {
      const fake = fakeFromSeed(s);
      const report = checkWorkbook(await readWorkbookSnapshot(contextOf(fake), 'x.xlsx')).report;
      return { project: report.tables.filter((t) => t.kind === 'project').length, department: report.tables.filter((t) => t.kind === 'department').length };
    };
    const one = await count(seed);
    expect(await count(large)).toEqual({ project: one.project * 3, department: one.department });
  });
});
