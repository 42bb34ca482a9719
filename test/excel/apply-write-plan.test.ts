import { FILL, RECORD_SHEET, SUMMARY_SHEET, type WritePlan } from '../../src/core/plan/write-plan';
import { applyWritePlan, type ApplyOptions } from '../../src/excel/apply-write-plan';
import { clearWritePlan, clearWritePlanKeepingInputs } from '../../src/excel/clear-write-plan';
import { ExcelHostError } from '../../src/excel/host-error';
import { PAYLOAD_LIMIT_BYTES, REQUEST_BUDGET_BYTES } from '../../src/excel/limits';
import { decodeRecord as decodeOffice, recordChunks } from '../../src/excel/record-codec';
import { decodeRecord as decodeXlsx } from '../../src/xlsx/write-record-sheet';
import { DEPARTMENT_SHEET, STACKED_PROJECT_SHEET } from '../fixtures/sample-layout';
import { contextOf, copyName, handPlan, multipliedSnapshot, stackedFixture, tableSpots } from './excel-fixtures';
import { FakeExcel, seedCell, seedNote } from '../../src/harness/fake-excel';
import { FakeRange, FakeRangeAreas } from '../../src/harness/fake-excel/fake-range';

const NOTES: ApplyOptions = { notes: 'notes', fillPatterns: true };

async function fixture(): Promise<{ fake: FakeExcel; plan: WritePlan; before: unknown }> {
  const { sample, snapshot } = await stackedFixture();
  const fake = FakeExcel.fromSnapshot(snapshot);
  const plan = handPlan(snapshot, tableSpots(sample));
  // What a user's workbook holds besides values: widths, a patterned fill and a note on flagged
  // cells, formats on blank cells the plan will own.
  const first = plan.sheets[0]?.flags[0];
  const second = plan.sheets[0]?.flags[1];
  if (!first || !second) throw new Error('plan without flags');
  seedCell(fake, STACKED_PROJECT_SHEET, first.row, first.col, { fill: { color: '#DDEBF7', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0, patternTintAndShade: 0 } });
  seedNote(fake, STACKED_PROJECT_SHEET, second.row, second.col, '用户自己的批注');
  fake.sheet(STACKED_PROJECT_SHEET).widths.set(8, 60);
  seedCell(fake, STACKED_PROJECT_SHEET, 3, 9, { numberFormat: '0.0', fill: { color: '#FFFF00', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 } });
  seedCell(fake, STACKED_PROJECT_SHEET, 4, 10, { bold: true });
  return { fake, plan, before: structuredClone(fake.dump()) };
}

function expectUnderLimit(fake: FakeExcel): void {
  for (const s of fake.syncLog) {
    expect(s.requestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  }
}

function recordOf(fake: FakeExcel): string[] {
  const sheet = fake.sheet(RECORD_SHEET);
  const column: unknown[][] = [];
  for (let row = 1; sheet.cells.has(`${row},1`); row++) column.push([fake.cell(RECORD_SHEET, row, 1).value]);
  return recordChunks(column);
}

describe('applyWritePlan and clearWritePlan on the 40-table sample', () => {
  it('writes the plan in 4 syncs (3 without mixed formats) and clearing restores every cell, fill, note, width and sheet', async () => {
    const { fake, plan, before } = await fixture();
    const stats = await applyWritePlan(contextOf(fake), plan, NOTES);
    // Inspect, originals, write; plus one because the fixture gave some owned cells their own
    // formats, so their blocks are read cell by cell (a plain workbook takes 3, see below).
    expect(stats.syncs).toBe(4);
    expect(fake.syncs).toBe(4);
    expect(stats.summarySheet).toBe(SUMMARY_SHEET);
    expectUnderLimit(fake);

    const ops = plan.sheets.find((s) => s.sheet === STACKED_PROJECT_SHEET);
    const t0 = ops?.cells[0];
    const formulaCell = ops?.cells.find((c) => c.formula !== undefined);
    if (!ops || !t0 || !formulaCell) throw new Error('plan shape');
    expect(fake.cell(STACKED_PROJECT_SHEET, t0.row, t0.col)).toMatchObject({ value: '实际完成值', bold: true, fill: { color: '#D9D9D9', pattern: 'Solid' } });
    expect(fake.cell(STACKED_PROJECT_SHEET, formulaCell.row, formulaCell.col)).toMatchObject({ formula: formulaCell.formula, numberFormat: '0.00' });
    // Strings Excel would misread stay text.
    const risky = ops.cells.filter((c) => c.value === '=指标值缺失' || c.value === '100');
    expect(risky.length).toBeGreaterThan(1);
    for (const c of risky) expect(fake.cell(STACKED_PROJECT_SHEET, c.row, c.col)).toMatchObject({ value: c.value, formula: null });
    // A flag on a merged area colours all of it; its note sits on the top-left cell.
    const flag = ops.flags[0];
    const area = fake.sheet(STACKED_PROJECT_SHEET).merges.find((m) => m.top === flag?.row && m.left === flag?.col);
    if (!flag || !area) throw new Error('expected a merged flag');
    for (let col = area.left; col <= area.right; col++) expect(fake.cell(STACKED_PROJECT_SHEET, area.top, col).fill).toMatchObject({ color: '#FFC7CE', pattern: 'Solid' });
    expect(fake.sheet(STACKED_PROJECT_SHEET).notes.get(`${flag.row},${flag.col}`)).toBe(flag.note);
    // The user's own note stays as it was.
    const second = ops.flags[1];
    expect(fake.sheet(STACKED_PROJECT_SHEET).notes.get(`${second?.row},${second?.col}`)).toBe('用户自己的批注');
    // A flag on an input cell shows the flag's colour.
    const info = ops.flags[2];
    expect(fake.cell(STACKED_PROJECT_SHEET, info?.row ?? 0, info?.col ?? 0).fill?.color).toBe(`#${FILL.info.slice(2)}`);
    expect(fake.sheet(STACKED_PROJECT_SHEET).widths.get(ops.columnWidths[2]?.col ?? 0)).toBe(210);

    const summary = fake.sheet(SUMMARY_SHEET);
    expect(summary.frozenRows).toBe(1);
    expect(fake.cell(SUMMARY_SHEET, 2, 2).formula).toBe(`HYPERLINK("#'${STACKED_PROJECT_SHEET}'!A1","表1")`);
    expect(fake.cell(SUMMARY_SHEET, 2, 2).fontColor).toBe('#0563C1');
    expect(fake.cell(SUMMARY_SHEET, 1, 1)).toMatchObject({ value: '工作表', bold: true });
    expect(fake.sheet(RECORD_SHEET).visibility).toBe('VeryHidden');

    // The record reads back in both hosts, and lists exactly what was written.
    const chunks = recordOf(fake);
    const record = decodeOffice(chunks);
    expect(decodeXlsx(chunks)).toMatchObject({ version: 1, summarySheet: SUMMARY_SHEET });
    const rec = record.sheets.find((s) => s.sheet === STACKED_PROJECT_SHEET);
    expect(rec?.owned).toHaveLength(new Set(ops.cells.map((c) => `${c.row},${c.col}`)).size);
    expect(rec?.notes.some((n) => n.row === second?.row && n.col === second?.col)).toBe(false);
    expect(rec?.fills.find((f) => f.row === flag.row && f.col === flag.col)?.original).toMatchObject({ type: 'pattern', pattern: 'lightGray' });
    expect(rec?.widths.find((w) => w.col === 8)?.original).toBeCloseTo(60 / 5.25);
    expect(rec?.owned.find((o) => o.row === 3 && o.col === 9)?.original).toMatchObject({ numFmt: '0.0', fill: { fgColor: { argb: 'FFFFFF00' } } });

    const syncsBefore = fake.syncs;
    expect(await clearWritePlan(contextOf(fake), { support: 'notes', fillPatterns: true })).toBe(true);
    expect(fake.syncs - syncsBefore).toBe(4);
    expect(fake.dump()).toEqual(before);
    expect(await clearWritePlan(contextOf(fake), { support: 'notes' })).toBe(false);
  });

  it('checking twice gives the workbook checking once does, and the user’s inputs can be read first', async () => {
    const { fake, plan } = await fixture();
    await applyWritePlan(contextOf(fake), plan, NOTES);
    const once = structuredClone(fake.dump());
    const second = await applyWritePlan(contextOf(fake), plan, NOTES);
    expect(second.replacedPrevious).toBe(true);
    expect(fake.dump()).toEqual(once);

    const input = plan.sheets[0]?.cells.find((c) => c.input);
    if (!input) throw new Error('no input cell');
    seedCell(fake, plan.sheets[0]?.sheet ?? '', input.row, input.col, { value: 0.95 });
    const { cleared, inputs } = await clearWritePlanKeepingInputs(contextOf(fake), { support: 'notes', fillPatterns: true });
    expect(cleared).toBe(true);
    expect(inputs).toEqual([{ sheet: plan.sheets[0]?.sheet, row: input.row, col: input.col, value: 0.95 }]);
  });

  it('needs the same syncs for 1 table as for 40', async () => {
    const { sample, snapshot } = await stackedFixture();
    const spots = tableSpots(sample);
    const counts: number[] = [];
    for (const n of [1, 10, spots.length]) {
      const fake = FakeExcel.fromSnapshot(snapshot);
      counts.push((await applyWritePlan(contextOf(fake), handPlan(snapshot, spots.slice(0, n)), NOTES)).syncs);
    }
    expect(counts).toEqual([3, 3, 3]);
  });

  it('reports the cells written after each batch it sends, without a sync of its own', async () => {
    const { sample, snapshot } = await stackedFixture();
    const plan = handPlan(snapshot, tableSpots(sample));
    const budgetBytes = 64 * 1024;
    const quiet = await applyWritePlan(contextOf(FakeExcel.fromSnapshot(snapshot)), plan, { ...NOTES, budgetBytes });
    const reports: [number, number][] = [];
    const stats = await applyWritePlan(contextOf(FakeExcel.fromSnapshot(snapshot)), plan, { ...NOTES, budgetBytes, onProgress: (done, total) => void reports.push([done, total]) });
    expect(stats.syncs).toBe(quiet.syncs);
    const summaryCells = plan.summary.rows.flat().filter((v) => v !== null && v !== '').length;
    const total = stats.ownedCells + stats.flaggedCells + summaryCells;
    expect(reports[0]).toEqual([0, total]);
    expect(reports.at(-1)).toEqual([total, total]);
    expect(reports.every(([, t]) => t === total)).toBe(true);
    const done = reports.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    // It moves during the write, not only at its ends.
    expect(done.filter((d) => d > 0 && d < total).length).toBeGreaterThan(1);
  });

  it('sends a repeating formula once and copies it: every owned cell holds its own formula, in fewer bytes than the formulas', async () => {
    const { sample, snapshot } = await stackedFixture();
    const big = multipliedSnapshot(snapshot, 3);
    const fake = FakeExcel.fromSnapshot(big);
    const plan = handPlan(big, tableSpots(sample, [1, 2, 3].map(copyName)));
    const formulaCells = plan.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => ({ sheet: s.sheet, ...c })));
    const formulaBytes = formulaCells.reduce((n, c) => n + Buffer.byteLength(c.formula ?? ''), 0);
    const copies = jest.spyOn(FakeRangeAreas.prototype, 'copyFrom');
    const writes = jest.spyOn(FakeRange.prototype, 'formulas', 'set');
    await applyWritePlan(contextOf(fake), plan, NOTES);
    const written = writes.mock.calls.flatMap(([data]) => data.flat()).filter((f): f is string => typeof f === 'string' && f.startsWith('='));
    const copyCalls = copies.mock.calls.length;
    copies.mockRestore();
    writes.mockRestore();
    for (const c of formulaCells) expect(fake.cell(c.sheet, c.row, c.col).formula).toBe(c.formula);
    expect(copyCalls).toBeGreaterThan(0);
    // The three copies of each table share their formulas' shapes: at most a third is sent as text.
    expect(written.reduce((n, f) => n + Buffer.byteLength(f) - 1, 0)).toBeLessThanOrEqual(formulaBytes / 3);
  });

  describe.each([
    ['refuses a copy into several areas', 'refuses-areas'],
    ['copies formulas without moving their references', 'keeps-references'],
  ] as const)('where an Excel %s', (_what, behaviour) => {
    it('writes every formula itself, and clearing still gives the workbook back', async () => {
      const { sample, snapshot } = await stackedFixture();
      const big = multipliedSnapshot(snapshot, 2);
      const fake = FakeExcel.fromSnapshot(big);
      fake.copyFromBehaviour = behaviour;
      const before = structuredClone(fake.dump());
      const plan = handPlan(big, tableSpots(sample, [1, 2].map(copyName)));
      const formulaCells = plan.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => ({ sheet: s.sheet, ...c })));
      await applyWritePlan(contextOf(fake), plan, NOTES);
      for (const c of formulaCells) expect([c.sheet, c.row, c.col, fake.cell(c.sheet, c.row, c.col).formula]).toEqual([c.sheet, c.row, c.col, c.formula]);
      expect(await clearWritePlan(contextOf(fake), { support: 'notes', fillPatterns: true })).toBe(true);
      expect(fake.dump()).toEqual(before);
    });
  });

  it('writes and clears a 50× workbook (1,950 tables) in batches under 5 MB', async () => {
    const { sample, snapshot } = await stackedFixture();
    const big = multipliedSnapshot(snapshot, 50);
    const fake = FakeExcel.fromSnapshot(big);
    const before = structuredClone(fake.dump());
    const plan = handPlan(big, tableSpots(sample, Array.from({ length: 50 }, (_, i) => copyName(i + 1))));
    const stats = await applyWritePlan(contextOf(fake), plan, NOTES);
    expectUnderLimit(fake);
    const written = fake.syncLog.reduce((n, s) => n + s.requestBytes, 0);
    // Inspect and originals, then one batch per budget's worth of writes.
    expect(stats.syncs).toBeLessThanOrEqual(2 + 1 + Math.ceil(written / (3 * 1024 * 1024)));
    const applySyncs = fake.syncs;
    expect(await clearWritePlan(contextOf(fake), { support: 'notes', fillPatterns: true })).toBe(true);
    expectUnderLimit(fake);
    expect(fake.dump()).toEqual(before);
    console.log(`apply: 50× workbook ${applySyncs} syncs (${(written / 1e6).toFixed(1)} MB sent); clear ${fake.syncs - applySyncs} syncs`);
  });
});

describe('notes fallback', () => {
  it('uses comments where notes are not supported, and clears them', async () => {
    const { fake, plan, before } = await fixture();
    const stats = await applyWritePlan(contextOf(fake), plan, { notes: 'comments', fillPatterns: true });
    expect(stats.notes).toBeGreaterThan(0);
    expect(fake.comments).toHaveLength(stats.notes);
    expect(fake.sheet(STACKED_PROJECT_SHEET).notes.size).toBe(1);
    expect(decodeOffice(recordOf(fake)).noteKind).toBe('comments');
    expect(await clearWritePlan(contextOf(fake), { support: 'comments', fillPatterns: true })).toBe(true);
    expect(fake.dump()).toEqual(before);
  });

  it('adds no note over a user’s threaded comment', async () => {
    const { fake, plan } = await fixture();
    const flag = plan.sheets.find((s) => s.sheet === DEPARTMENT_SHEET)?.flags[1];
    if (!flag) throw new Error('no department flag');
    fake.comments.push({ id: 'user', sheetId: fake.sheet(DEPARTMENT_SHEET).id, row: flag.row, col: flag.col, content: '用户的评论' });
    const before = structuredClone(fake.dump());
    const stats = await applyWritePlan(contextOf(fake), plan, NOTES);
    expect(fake.sheet(DEPARTMENT_SHEET).notes.has(`${flag.row},${flag.col}`)).toBe(false);
    expect(stats.notes).toBe(plan.sheets.reduce((n, s) => n + s.flags.length, 0) - 2);
    expect(await clearWritePlan(contextOf(fake), { support: 'notes', fillPatterns: true })).toBe(true);
    expect(fake.dump()).toEqual(before);
  });

  it('writes no note at all where neither is supported; the 检查结果 column still has the messages', async () => {
    const { fake, plan, before } = await fixture();
    const stats = await applyWritePlan(contextOf(fake), plan, { notes: 'none', fillPatterns: false });
    expect(stats.notes).toBe(0);
    expect(fake.comments).toHaveLength(0);
    const results = plan.sheets[0]?.cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('目标值')) ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const c of results) expect(fake.cell(plan.sheets[0]?.sheet ?? '', c.row, c.col).value).toBe(c.value);
    expect(await clearWritePlan(contextOf(fake), { support: 'none', fillPatterns: false })).toBe(true);
    // Without pattern support the patterned fill of a flagged cell comes back as its colour.
    const flag = plan.sheets[0]?.flags[0];
    const fill = fake.cell(STACKED_PROJECT_SHEET, flag?.row ?? 0, flag?.col ?? 0).fill;
    expect(fill?.color).toBe('#DDEBF7');
    seedCell(fake, STACKED_PROJECT_SHEET, flag?.row ?? 0, flag?.col ?? 0, { fill: { color: '#DDEBF7', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0, patternTintAndShade: 0 } });
    expect(fake.dump()).toEqual(before);
  });

  it('refuses to clear notes this Excel cannot remove, before changing anything', async () => {
    const { fake, plan } = await fixture();
    await applyWritePlan(contextOf(fake), plan, NOTES);
    const written = structuredClone(fake.dump());
    const mutations = fake.mutations;
    await expect(clearWritePlan(contextOf(fake), { support: 'comments' })).rejects.toMatchObject({ code: 'notes-unsupported' });
    expect(fake.mutations).toBe(mutations);
    expect(fake.dump()).toEqual(written);
  });
});

describe('summary sheet and workbook access', () => {
  it('leaves a user’s sheet named 检查汇总 alone and clears its own', async () => {
    const { fake, plan } = await fixture();
    fake.addSheet(SUMMARY_SHEET);
    seedCell(fake, SUMMARY_SHEET, 1, 1, { value: '用户的汇总' });
    const before = structuredClone(fake.dump());
    const stats = await applyWritePlan(contextOf(fake), plan, NOTES);
    expect(stats.summarySheet).toBe(`${SUMMARY_SHEET} (2)`);
    expect(fake.cell(SUMMARY_SHEET, 1, 1).value).toBe('用户的汇总');
    expect(await clearWritePlan(contextOf(fake), { support: 'notes', fillPatterns: true })).toBe(true);
    expect(fake.dump()).toEqual(before);
  });

  it('reports a workbook it cannot reach (closed, or a cell being edited) without changing it', async () => {
    const { fake, plan } = await fixture();
    fake.sync = () => Promise.reject(Object.assign(new Error('The workbook is closed'), { code: 'InvalidOperationInCellEditMode' }));
    await expect(applyWritePlan(contextOf(fake), plan, NOTES)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('无法访问工作簿') });
    await expect(clearWritePlan(contextOf(fake), { support: 'notes' })).rejects.toMatchObject({ code: 'unavailable' });
    expect(fake.mutations).toBe(0);
  });
});

describe('refusals and rollback', () => {
  it('refuses a protected sheet before writing anything', async () => {
    const { fake, plan, before } = await fixture();
    fake.sheet(DEPARTMENT_SHEET).protected = true;
    const run = applyWritePlan(contextOf(fake), plan, NOTES);
    await expect(run).rejects.toBeInstanceOf(ExcelHostError);
    await expect(run).rejects.toMatchObject({ code: 'protected', message: expect.stringContaining('受保护') });
    await expect(run).rejects.toMatchObject({ message: expect.stringContaining('is protected') });
    expect(fake.mutations).toBe(0);
    expect(fake.syncs).toBe(1);
    fake.sheet(DEPARTMENT_SHEET).protected = false;
    expect(fake.dump()).toEqual(before);
  });

  it('refuses a protected workbook structure before writing anything', async () => {
    const { fake, plan } = await fixture();
    fake.workbookProtected = true;
    await expect(applyWritePlan(contextOf(fake), plan, NOTES)).rejects.toMatchObject({ code: 'protected' });
    expect(fake.mutations).toBe(0);
  });

  it('refuses a plan that would overwrite a user’s cell, and names a missing sheet', async () => {
    const { fake, plan, before } = await fixture();
    const owned = plan.sheets[0]?.cells[5];
    seedCell(fake, plan.sheets[0]?.sheet ?? '', owned?.row ?? 0, owned?.col ?? 0, { value: '用户输入' });
    const snapshotBefore = structuredClone(fake.dump());
    await expect(applyWritePlan(contextOf(fake), plan, NOTES)).rejects.toMatchObject({ code: 'plan-conflict' });
    expect(fake.mutations).toBe(0);
    expect(fake.dump()).toEqual(snapshotBefore);

    const fresh = FakeExcel.fromSnapshot((await stackedFixture()).snapshot);
    const renamed = { ...plan, sheets: [...plan.sheets, { sheet: '不存在', cells: [], flags: [], columnWidths: [] }] };
    await expect(applyWritePlan(contextOf(fresh), renamed, NOTES)).rejects.toMatchObject({ code: 'missing-sheet', message: expect.stringContaining('不存在') });
    expect(fresh.mutations).toBe(0);
    seedCell(fake, plan.sheets[0]?.sheet ?? '', owned?.row ?? 0, owned?.col ?? 0, { value: null });
    expect(fake.dump()).toEqual(before);
  });

  it.each(['first', 'second', 'middle', 'second last', 'last'] as const)('rolls back when the %s write fails, leaving the workbook as it was', async (which) => {
    const { fake, plan, before } = await fixture();
    const counted = await fixture();
    await applyWritePlan(contextOf(counted.fake), plan, NOTES);
    const total = counted.fake.mutations;
    const at = { first: 1, second: 2, middle: Math.round(total / 2), 'second last': total - 1, last: total }[which];
    fake.failOnMutation(at);
    const run = applyWritePlan(contextOf(fake), plan, NOTES);
    await expect(run).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining('已撤销') });
    expect(fake.dump()).toEqual(before);
  });

  it('says so when the rollback itself cannot finish; clearing later completes it', async () => {
    const { fake, plan, before } = await fixture();
    const ctx = contextOf(fake);
    // Fail a write in the middle, then the first write of the rollback.
    const original = fake.sync.bind(fake);
    let failures = 0;
    fake.failOnMutation(200);
    fake.sync = async () => {
      try {
        await original();
      } catch (e) {
        failures++;
        if (failures === 1) fake.failOnMutation(1);
        throw e;
      }
    };
    await expect(applyWritePlan(ctx, plan, NOTES)).rejects.toMatchObject({ code: 'rollback-failed', message: expect.stringContaining('清除检查结果') });
    fake.sync = original;
    expect(await clearWritePlan(ctx, { support: 'notes', fillPatterns: true })).toBe(true);
    expect(fake.dump()).toEqual(before);
  });
});
