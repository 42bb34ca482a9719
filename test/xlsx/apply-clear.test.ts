import ExcelJS from 'exceljs';
import { FILL, RECORD_SHEET, SUMMARY_SHEET, type WritePlan } from '../../src/core/plan/write-plan';
import { applyWritePlan, readInputs, WritePlanConflict } from '../../src/xlsx/apply-write-plan';
import { clearWritePlan } from '../../src/xlsx/clear-write-plan';
import { InputError } from '../../src/xlsx/input-error';
import { loadWorkbookBuffer } from '../../src/xlsx/open-workbook';
import { readWriteRecord } from '../../src/xlsx/write-record-sheet';
import { RECORD_CHUNK } from '../../src/core/plan/record-codec';
import { buildPerSheetSample, buildStackedSample, type Sample } from '../fixtures/sample-layout';
import { handPlan } from './hand-plan';
import { dumpPair, expectSameWorkbook } from './workbook-dump';

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(buf, 'sample.xlsx');
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return load(await toBuffer(wb));
}

const THEME_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5999938962981048 } as Partial<ExcelJS.Color> };
const GRID_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FF00B050' }, bgColor: { argb: 'FFFFFF00' } };
const USER_NOTE = '用户自己的批注';

function firstOwnedColumn(sample: Sample, sheet: string): number {
  return Math.max(...sample.expected.filter((t) => t.sheet === sheet).map((t) => t.area.right)) + 1;
}

/**
 * What a real workbook has that a fresh sample lacks: a user's note and theme fill on a cell that
 * gets flagged, a patterned fill on another, a styled but empty cell where an owned cell goes, and
 * a note elsewhere. Styles are replaced whole, as a user's edit in Excel would.
 */
function decorate(sample: Sample): ExcelJS.Workbook {
  const wb = sample.workbook;
  const t = sample.expected.find((e) => e.kind === 'project') ?? sample.expected[0];
  if (!t) throw new Error('sample without tables');
  const ws = wb.getWorksheet(t.sheet) as ExcelJS.Worksheet;
  const title = ws.getCell(t.area.top, t.area.left);
  title.note = USER_NOTE;
  title.style = { ...title.style, fill: THEME_FILL };
  const flagged = ws.getCell(t.area.top + 2, t.area.left + 1);
  flagged.style = { ...flagged.style, fill: GRID_FILL };
  const owned = ws.getCell(t.area.top + 1, firstOwnedColumn(sample, t.sheet));
  owned.style = { font: { italic: true, name: '宋体', size: 10 }, border: { bottom: { style: 'dashed' } } };
  ws.getCell(t.area.bottom + 1, t.area.left).note = { texts: [{ text: '另一条', font: { bold: true } }] };
  return wb;
}

interface Fixture {
  sample: Sample;
  buffer: Buffer;
  plan: WritePlan;
}

const fixtures: Record<'stacked' | 'perSheet', Fixture> = {} as Record<'stacked' | 'perSheet', Fixture>;

beforeAll(async () => {
  for (const [key, build] of [['stacked', buildStackedSample], ['perSheet', buildPerSheetSample]] as const) {
    const sample = build();
    const buffer = await toBuffer(decorate(sample));
    fixtures[key] = { sample, buffer, plan: handPlan(sample) };
  }
});

describe.each(['stacked', 'perSheet'] as const)('the %s sample', (key) => {
  it('is written as planned: owned cells, formulas with results, flags, notes, widths, summary, record', async () => {
    const { sample, buffer, plan } = fixtures[key];
    const wb = await load(buffer);
    applyWritePlan(wb, plan);
    const t = sample.expected.find((e) => e.kind === 'project') as Sample['expected'][number];
    const ws = wb.getWorksheet(t.sheet) as ExcelJS.Worksheet;
    const first = firstOwnedColumn(sample, t.sheet);
    expect(ws.getCell(t.area.top, first).value).toBe('实际完成值');
    expect(ws.getCell(t.area.top, first).font?.bold).toBe(true);
    const formula = ws.getCell(t.area.top + 1, first + 1);
    expect(formula.formula).toMatch(/^IF\(/);
    expect(formula.result).toBe('');
    // The styled empty cell keeps its border and gets the input fill.
    const input = ws.getCell(t.area.top + 1, first);
    expect(input.border?.bottom?.style).toBe('dashed');
    expect(input.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: FILL.input } });
    // A flagged merged title: every covered cell coloured; the user's note kept.
    const title = ws.getCell(t.area.top, t.area.left);
    expect(title.note).toBe(USER_NOTE);
    expect(title.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: FILL.error } });
    expect(ws.getCell(t.area.top, t.area.left + 1).fill).toEqual(title.fill);
    expect(ws.getCell(t.area.top + 2, t.area.left + 1).note).toBe('警告一条');
    expect(ws.getColumn(first + 2).width).toBe(40);

    const summary = wb.getWorksheet(SUMMARY_SHEET) as ExcelJS.Worksheet;
    expect(summary.getCell('A1').font?.bold).toBe(true);
    const t1 = sample.expected[0] as Sample['expected'][number];
    const linked = (wb.getWorksheet(t1.sheet) as ExcelJS.Worksheet).getCell(t1.area.top, t1.area.left);
    expect(summary.getCell('B2').formula).toBe(`HYPERLINK("#'${t1.sheet}'!${linked.address}","t1")`);
    expect(summary.getCell('B2').result).toBe('t1');
    expect(summary.getColumn(3).width).toBe(30);

    const record = wb.getWorksheet(RECORD_SHEET) as ExcelJS.Worksheet;
    expect(record.state).toBe('veryHidden');
    const reloaded = await roundTrip(wb);
    expect(reloaded.getWorksheet(RECORD_SHEET)?.state).toBe('veryHidden');
    expect(readWriteRecord(reloaded)).toEqual(readWriteRecord(wb));
  });

  it('clears back to the original exactly, in memory', async () => {
    const { buffer, plan } = fixtures[key];
    const original = await load(buffer);
    const wb = await load(buffer);
    applyWritePlan(wb, plan);
    expect(clearWritePlan(wb)).toBe(true);
    expectSameWorkbook(wb, original);
    expect(clearWritePlan(wb)).toBe(false);
  });

  it('clears back to the original exactly after an .xlsx round trip, and again after another', async () => {
    const { buffer, plan } = fixtures[key];
    const original = await load(buffer);
    const annotated = await load(buffer);
    applyWritePlan(annotated, plan);
    const wb = await roundTrip(annotated);
    expect(clearWritePlan(wb)).toBe(true);
    expectSameWorkbook(wb, original);
    expectSameWorkbook(await roundTrip(wb), await roundTrip(original));
  });

  it('checking twice gives what checking once gives, in memory and from a saved file', async () => {
    const { buffer, plan } = fixtures[key];
    const once = await load(buffer);
    applyWritePlan(once, plan);
    const twice = await load(buffer);
    applyWritePlan(twice, plan);
    applyWritePlan(twice, plan);
    expectSameWorkbook(twice, once);

    const saved = await roundTrip(once);
    const again = await roundTrip(once);
    applyWritePlan(again, plan);
    expectSameWorkbook(await roundTrip(again), await roundTrip(saved));
  });
});

describe('notes and fills of the user', () => {
  it('a flagged cell with its own note keeps it, before and after clearing, with its own fill back', async () => {
    const { sample, buffer, plan } = fixtures.stacked;
    const t = sample.expected[0] as Sample['expected'][number];
    const wb = await roundTrip(await (async () => {
      const w = await load(buffer);
      applyWritePlan(w, plan);
      return w;
    })());
    const ws = wb.getWorksheet(t.sheet) as ExcelJS.Worksheet;
    expect(ws.getCell(t.area.top, t.area.left).note).toBe(USER_NOTE);
    expect(readWriteRecord(wb)?.sheets[0]?.notes).not.toContainEqual({ row: t.area.top, col: t.area.left });
    clearWritePlan(wb);
    expect(ws.getCell(t.area.top, t.area.left).note).toBe(USER_NOTE);
    expect(ws.getCell(t.area.top, t.area.left).fill).toEqual(THEME_FILL);
    expect(ws.getCell(t.area.top + 2, t.area.left + 1).fill).toEqual(GRID_FILL);
    expect(ws.getCell(t.area.top + 2, t.area.left + 1).note).toBeUndefined();
  });

  it('colouring one cell does not colour the cells that shared its style object', async () => {
    const { sample, buffer } = fixtures.stacked;
    const t = sample.expected[1] as Sample['expected'][number];
    const wb = await load(buffer);
    const ws = wb.getWorksheet(t.sheet) as ExcelJS.Worksheet;
    const target = ws.getCell(t.area.bottom, t.area.left + 1);
    // ExcelJS hands cells of one style id the same style object: find one that shares it.
    let neighbour: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => {
      if (!neighbour && c !== target && !c.isMerged && c.style === target.style) neighbour = c;
    }));
    expect(neighbour).toBeDefined();
    const before = JSON.stringify(neighbour?.style);
    const flag = { row: target.fullAddress.row, col: target.fullAddress.col, severity: 'error' as const, note: 'x' };
    applyWritePlan(wb, { ...fixtures.stacked.plan, sheets: [{ sheet: t.sheet, cells: [], columnWidths: [], flags: [flag] }] });
    expect(target.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: FILL.error } });
    expect(JSON.stringify(neighbour?.style)).toBe(before);
  });
});

describe('input cells', () => {
  it("keep the user's entries through a re-check (readInputs → clear → plan → apply)", async () => {
    const { sample, buffer, plan } = fixtures.perSheet;
    const t = sample.expected.find((e) => e.kind === 'project') as Sample['expected'][number];
    const first = firstOwnedColumn(sample, t.sheet);
    const wb = await load(buffer);
    applyWritePlan(wb, plan);
    const ws = wb.getWorksheet(t.sheet) as ExcelJS.Worksheet;
    ws.getCell(t.area.top + 1, first).value = 0.85;
    ws.getCell(t.area.top + 2, first).value = '已完成';
    ws.getCell(t.area.top + 3, first).value = { formula: '1/4', result: 0.25 };
    const saved = await roundTrip(wb);

    const inputs = readInputs(saved);
    expect(inputs).toEqual([
      { sheet: t.sheet, row: t.area.top + 1, col: first, value: 0.85 },
      { sheet: t.sheet, row: t.area.top + 2, col: first, value: '已完成' },
      { sheet: t.sheet, row: t.area.top + 3, col: first, value: 0.25, formula: '1/4' },
    ]);
    clearWritePlan(saved);
    expect(saved.getWorksheet(t.sheet)?.getCell(t.area.top + 1, first).value).toBeNull();
    applyWritePlan(saved, handPlan(sample, { inputs }));
    const again = saved.getWorksheet(t.sheet) as ExcelJS.Worksheet;
    expect(again.getCell(t.area.top + 1, first).value).toBe(0.85);
    expect(again.getCell(t.area.top + 2, first).value).toBe('已完成');
    expect(readInputs(saved).map((i) => i.value)).toEqual([0.85, '已完成', 0.25]);
  });

  it('a workbook without a record has no inputs', async () => {
    expect(readInputs(await load(fixtures.stacked.buffer))).toEqual([]);
  });
});

describe('the record', () => {
  it('is split over cells of column A when long, each under the cell limit, and reads back', async () => {
    const { buffer, plan } = fixtures.stacked;
    const wb = await load(buffer);
    applyWritePlan(wb, plan);
    const ws = wb.getWorksheet(RECORD_SHEET) as ExcelJS.Worksheet;
    expect(ws.rowCount).toBeGreaterThan(1);
    ws.eachRow((row) => {
      const v = row.getCell(1).value;
      expect(typeof v).toBe('string');
      expect((v as string).length).toBeLessThanOrEqual(RECORD_CHUNK);
      expect(v as string).toMatch(/^[\x20-\x7e]+$/);
    });
    const record = readWriteRecord(await roundTrip(wb));
    expect(record?.sheets.map((s) => s.sheet)).toEqual(plan.sheets.map((s) => s.sheet));
  });

  it.each([
    ['bad JSON', '{"version":1,"sheets":[{"sheet'],
    ['JSON of the wrong shape', '{"version":1,"sheets":[{"sheet":"x","owned":"all"}],"summarySheet":null}'],
  ])('damaged (%s): a clear message, and the workbook is left as it is', async (_label, text) => {
    const { buffer, plan } = fixtures.perSheet;
    const annotated = await load(buffer);
    applyWritePlan(annotated, plan);
    const recordSheet = annotated.getWorksheet(RECORD_SHEET) as ExcelJS.Worksheet;
    recordSheet.getCell('A1').value = text;
    recordSheet.getCell('A2').value = null;
    const wb = await roundTrip(annotated);
    const before = await roundTrip(annotated);

    for (const attempt of [() => clearWritePlan(wb), () => readInputs(wb), () => applyWritePlan(wb, plan)]) {
      let error: unknown;
      try {
        attempt();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).zh).toContain(`「${RECORD_SHEET}」）已损坏`);
      expect((error as InputError).en).toMatch(/damaged .*the workbook was not changed/);
    }
    const [a, b] = dumpPair(wb, before);
    expect(a.join('\n') === b.join('\n')).toBe(true);
  });
});

describe('a plan the host refuses', () => {
  it('would overwrite a user value: nothing of it is written', async () => {
    const { sample, buffer, plan } = fixtures.stacked;
    const t = sample.expected[0] as Sample['expected'][number];
    const wb = await load(buffer);
    const original = await load(buffer);
    const bad: WritePlan = { ...plan, sheets: [{ sheet: t.sheet, cells: [{ row: t.area.top, col: t.area.left, value: '覆盖' }], flags: [], columnWidths: [] }] };
    expect(() => applyWritePlan(wb, bad)).toThrow(WritePlanConflict);
    expectSameWorkbook(wb, original);
  });

  it('names a missing sheet', async () => {
    const wb = await load(fixtures.stacked.buffer);
    expect(() => applyWritePlan(wb, { ...fixtures.stacked.plan, sheets: [{ sheet: '没有', cells: [], flags: [], columnWidths: [] }] })).toThrow(/missing sheet/);
  });
});

describe('a user sheet named 检查汇总', () => {
  it('is left alone: the summary goes beside it and clearing removes only ours', async () => {
    const { buffer, plan } = fixtures.stacked;
    const base = await load(buffer);
    base.addWorksheet(SUMMARY_SHEET).getCell('A1').value = '我自己的汇总';
    const original = await roundTrip(base);
    const wb = await roundTrip(base);
    applyWritePlan(wb, plan);
    expect(wb.worksheets.map((w) => w.name).slice(-3)).toEqual([SUMMARY_SHEET, `${SUMMARY_SHEET} (2)`, RECORD_SHEET]);
    expect(wb.getWorksheet(SUMMARY_SHEET)?.getCell('A1').value).toBe('我自己的汇总');
    const saved = await roundTrip(wb);
    clearWritePlan(saved);
    expectSameWorkbook(saved, original);
  });
});

describe('a sheet changed after the check', () => {
  it.each([
    ['a column inserted inside a table', (ws: ExcelJS.Worksheet) => ws.spliceColumns(3, 0, [])],
    ['a row inserted above everything', (ws: ExcelJS.Worksheet) => ws.spliceRows(1, 0, [])],
  ])('%s: clearing (and re-checking) stops before any change', async (_label, change) => {
    const { sample, buffer, plan } = fixtures.perSheet;
    const t = sample.expected[1] as Sample['expected'][number];
    const annotated = await load(buffer);
    applyWritePlan(annotated, plan);
    change(annotated.getWorksheet(t.sheet) as ExcelJS.Worksheet);
    const wb = await roundTrip(annotated);
    const before = await roundTrip(annotated);
    for (const attempt of [() => clearWritePlan(wb), () => readInputs(wb), () => applyWritePlan(wb, plan)]) {
      expect(attempt).toThrow(InputError);
      expect(attempt).toThrow(new RegExp(`工作表「${t.sheet.replace(/[.]/g, '\\.')}」在检查后插入或删除了行列`));
    }
    const [a, b] = dumpPair(wb, before);
    expect(a.join('\n') === b.join('\n')).toBe(true);
  });

  it('a result text the user edited does not stop the clear', async () => {
    const { sample, buffer, plan } = fixtures.perSheet;
    const original = await load(buffer);
    const t = sample.expected[1] as Sample['expected'][number];
    const wb = await load(buffer);
    applyWritePlan(wb, plan);
    const text = plan.sheets.find((s) => s.sheet === t.sheet)?.cells.find((c) => typeof c.value === 'string' && !c.bold);
    if (!text) throw new Error('no result text in the plan');
    (wb.getWorksheet(t.sheet) as ExcelJS.Worksheet).getCell(text.row, text.col).value = '已核实';
    expect(clearWritePlan(wb)).toBe(true);
    expectSameWorkbook(wb, original);
  });
});

it('a workbook saved with 检查汇总 as its active sheet opens on a sheet that exists after clearing', async () => {
  const { buffer, plan } = fixtures.perSheet;
  const wb = await load(buffer);
  applyWritePlan(wb, plan);
  const summaryAt = wb.worksheets.findIndex((ws) => ws.name === SUMMARY_SHEET);
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: summaryAt, activeTab: summaryAt, visibility: 'visible' }];
  const saved = await roundTrip(wb);
  clearWritePlan(saved);
  const reloaded = await roundTrip(saved);
  expect(reloaded.views[0]?.activeTab).toBe(0);
  expect(reloaded.views[0]?.firstSheet).toBe(0);
  expect(reloaded.worksheets.length).toBe(summaryAt);
});
