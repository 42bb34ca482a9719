/// <reference types="office-js" />
import { checkWorkbook } from '../../src/core/engine';
import { OWNED_HEADER, RECORD_SHEET, SUMMARY_SHEET } from '../../src/core/plan/write-plan';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile/profile-schema';
import type { CellTarget } from '../../src/addin/addin-host';
import { readCells, writeCellTexts } from '../../src/excel/cell-texts';
import { PAYLOAD_LIMIT_BYTES } from '../../src/excel/limits';
import { OfficeAddinHost, PROFILE_SETTING } from '../../src/excel/office-addin-host';
import { applyFixes, readCheckedTexts } from '../../src/taskpane/apply-fixes';
import { undoFixes } from '../../src/taskpane/fix-undo';
import { finding } from '../taskpane/report-fixture';
import { STACKED_PROJECT_SHEET } from '../fixtures/sample-layout';
import { contextOf, stackedFixture } from './excel-fixtures';
import { FakeExcel, seedCell } from '../../src/harness/fake-excel';
import { installOffice, savedSettings, uninstallOffice } from './office-globals';

afterEach(uninstallOffice);

async function sampleHost(): Promise<{ fake: FakeExcel; host: OfficeAddinHost; expected: ReturnType<typeof checkWorkbook>; sheets: number }> {
  const { snapshot } = await stackedFixture();
  const fake = FakeExcel.fromSnapshot(snapshot);
  installOffice(fake);
  return { fake, host: new OfficeAddinHost(), expected: checkWorkbook(snapshot, DEFAULT_PROFILE), sheets: snapshot.sheets.length };
}

function headerCell(fake: FakeExcel, header: string): { row: number; col: number } {
  for (const [key, cell] of fake.sheet(STACKED_PROJECT_SHEET).cells) {
    if (cell.value === header) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      return { row, col };
    }
  }
  throw new Error(`no ${header} header`);
}

describe('OfficeAddinHost.check', () => {
  it('reports what the engine finds on the workbook and writes the result into it', async () => {
    const { fake, host, expected, sheets } = await sampleHost();
    const stages: string[] = [];
    const outcome = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE, onProgress: (p) => stages.push(`${p.stage}${p.done}/${p.total}`) });
    expect(outcome.report.summary).toEqual(expected.report.summary);
    expect(outcome.report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(expected.report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
    expect(outcome.report.file).toBe('2023年绩效目标表.xlsx');
    expect(outcome.sheet).toBeNull();
    expect(outcome.summarySheet).toBe(SUMMARY_SHEET);
    expect(fake.sheet(RECORD_SHEET).visibility).not.toBe('Visible');
    // Sheets read, tables checked, cells written.
    const tables = outcome.report.tables.length;
    expect(stages.slice(0, 4)).toEqual(['read0/0', `read${sheets}/${sheets}`, 'check0/0', `check${tables}/${tables}`]);
    const writes = stages.slice(4).map((s) => /^write(\d+)\/(\d+)$/.exec(s));
    const total = Number(writes.at(-1)?.[2]);
    expect(total).toBeGreaterThan(0);
    expect(writes.map((m) => m?.[0])).toEqual(['write0/0', `write0/${total}`, ...writes.slice(2, -1).map((m) => m?.[0]), `write${total}/${total}`]);
    const written = writes.slice(1).map((m) => Number(m?.[1]));
    expect(written).toEqual([...written].sort((a, b) => a - b));
  });

  it('checking again replaces the result, keeps a typed 实际完成值 and counts it; clearing restores the workbook', async () => {
    const { fake, host } = await sampleHost();
    const before = structuredClone(fake.dump());
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    const actual = headerCell(fake, OWNED_HEADER.actual);
    seedCell(fake, STACKED_PROJECT_SHEET, actual.row + 1, actual.col, { value: 12, text: '12' });
    const again = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    expect(fake.cell(STACKED_PROJECT_SHEET, actual.row + 1, actual.col).value).toBe(12);
    expect(again.report.tables.filter((t) => t.actuals?.filled === 1).map((t) => t.sheet)).toEqual([STACKED_PROJECT_SHEET]);
    expect(again.report.tables.some((t) => t.score !== undefined)).toBe(false);
    expect(await host.countTypedEntries()).toBe(1);
    expect(await host.clear('drop')).toBe(true);
    expect(fake.dump()).toEqual(before);
    expect(await host.countTypedEntries()).toBe(0);
    expect(await host.clear('drop')).toBe(false);
  });

  it('knows whether there is a result to clear, without changing anything', async () => {
    const { fake, host } = await sampleHost();
    expect(await host.hasResult()).toBe(false);
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    const checked = structuredClone(fake.dump());
    expect(await host.hasResult()).toBe(true);
    expect(fake.dump()).toEqual(checked);
    await host.clear('keep');
    expect(await host.hasResult()).toBe(false);
  });

  it('checking again writes into the same summary and record sheets, never deleting one (that would wipe the undo history)', async () => {
    const { fake, host } = await sampleHost();
    const before = structuredClone(fake.dump());
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    const ids = () => [fake.sheet(SUMMARY_SHEET).id, fake.sheet(RECORD_SHEET).id];
    const first = { ids: ids(), dump: structuredClone(fake.dump()) };
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    expect(ids()).toEqual(first.ids);
    expect(fake.dump()).toEqual(first.dump);
    expect(fake.sheets.map((s) => s.name).filter((n) => n.startsWith(SUMMARY_SHEET))).toEqual([SUMMARY_SHEET]);
    expect(await host.clear()).toBe(true);
    expect(fake.dump()).toEqual(before);
  });

  it('reports only the active sheet when the scope is one sheet, while the whole workbook keeps its result', async () => {
    const { fake, host, expected } = await sampleHost();
    const other = expected.report.tables.find((t) => t.sheet !== STACKED_PROJECT_SHEET);
    if (!other) throw new Error('the sample has a second sheet');
    fake.activeSheet = other.sheet;
    const outcome = await host.check({ scope: 'sheet', profile: DEFAULT_PROFILE });
    expect(outcome.sheet).toBe(other.sheet);
    expect(outcome.report.tables.every((t) => t.sheet === other.sheet)).toBe(true);
    expect(outcome.report.findings.every((f) => f.sheet === other.sheet)).toBe(true);
    expect(outcome.report.summary.tables).toBe(outcome.report.tables.length);
    expect(outcome.report.summary.errors).toBe(outcome.report.findings.filter((f) => f.severity === 'error').length);
    expect(headerCell(fake, OWNED_HEADER.actual)).toBeDefined();
  });
});

describe('OfficeAddinHost cells', () => {
  it('writes a percentage into a number cell as a number and anything Excel would misread as text', async () => {
    const { fake, host } = await sampleHost();
    seedCell(fake, STACKED_PROJECT_SHEET, 3, 30, { value: 0.3, text: '30%', numberFormat: '0%' });
    seedCell(fake, STACKED_PROJECT_SHEET, 4, 30, { value: '1-3个', text: '1-3个' });
    const at = (row: number) => ({ sheet: STACKED_PROJECT_SHEET, row, col: 30 });
    await host.writeTexts([{ target: at(3), text: '40%' }, { target: at(4), text: '1-3' }, { target: at(5), text: '≥90%' }]);
    expect(fake.cell(STACKED_PROJECT_SHEET, 3, 30).value).toBe(0.4);
    expect(fake.cell(STACKED_PROJECT_SHEET, 4, 30).value).toBe('1-3');
    expect((await host.readCells([at(5), at(3), at(4)])).map((c) => c.text)).toEqual(['≥90%', '40%', '1-3']);
  });

  it('writes a suggested number into a number cell as a number, and 撤销 gives back the exact number it held', async () => {
    const { fake, host } = await sampleHost();
    seedCell(fake, STACKED_PROJECT_SHEET, 6, 30, { value: 64.3912, text: '64.39', numberFormat: '0.00' });
    const fix = finding({ sheet: STACKED_PROJECT_SHEET, cell: 'AD6', suggestion: '70.5' });
    const result = await applyFixes(host, [fix], await readCheckedTexts(host, [fix]));
    expect(fake.cell(STACKED_PROJECT_SHEET, 6, 30).value).toBe(70.5);
    await undoFixes(host, result.fixed);
    expect(fake.cell(STACKED_PROJECT_SHEET, 6, 30).value).toBe(64.3912);
  });

  it.each([3, 150])('applies %i fixes in the same number of syncs: one to read them after the check, one to read, two to write and one to read back (for 撤销) when applied', async (fixes) => {
    const fake = new FakeExcel();
    fake.addSheet('项目表');
    fake.addSheet('部门表');
    const findings = Array.from({ length: fixes }, (_, i) => {
      const sheet = i % 2 === 0 ? '项目表' : '部门表';
      const row = i + 1;
      if (i % 3 === 0) seedCell(fake, sheet, row, 3, { value: 0.3, text: '30%', numberFormat: '0%' });
      else seedCell(fake, sheet, row, 3, { value: '约30%', text: '约30%' });
      return finding({ sheet, cell: `C${row}`, suggestion: '40%' });
    });
    installOffice(fake);
    const host = new OfficeAddinHost();

    const start = fake.syncs;
    const checked = await readCheckedTexts(host, findings);
    expect(fake.syncs - start).toBe(1);
    const result = await applyFixes(host, findings, checked);
    expect(fake.syncs - start).toBe(5);
    expect(fake.syncLog.every((s) => s.failed === undefined)).toBe(true);

    expect(result.applied).toHaveLength(fixes);
    for (const [i, f] of findings.entries()) {
      const cell = fake.cell(f.sheet, i + 1, 3);
      if (i % 3 === 0) expect([cell.value, fake.displayText(f.sheet, i + 1, 3)]).toEqual([0.4, '40%']);
      else expect(cell.value).toBe('40%');
    }
  });
});

describe('reading and writing cells in batches', () => {
  function cells(n: number): { fake: FakeExcel; targets: CellTarget[] } {
    const fake = new FakeExcel();
    fake.addSheet('S');
    const targets = Array.from({ length: n }, (_, i) => ({ sheet: 'S', row: i + 1, col: 1 }));
    for (const t of targets) seedCell(fake, 'S', t.row, t.col, { value: t.row, text: String(t.row) });
    return { fake, targets };
  }

  it('splits into batches under the budget, each one sync, and keeps the order', async () => {
    const { fake, targets } = cells(40);
    const budget = { budgetBytes: 5_000 };
    expect(await readCells(contextOf(fake), targets, budget)).toEqual(targets.map((t) => ({ text: String(t.row), value: t.row })));
    const reads = fake.syncs;
    expect(reads).toBeGreaterThan(1);
    expect(reads).toBeLessThan(targets.length);
    await writeCellTexts(contextOf(fake), targets.map((t) => ({ target: t, text: `第${t.row}项` })), budget);
    expect(fake.syncs - reads).toBeLessThan(targets.length);
    expect(targets.map((t) => fake.cell('S', t.row, t.col).value)).toEqual(targets.map((t) => `第${t.row}项`));
  });

  it('reads again in smaller batches when Excel refuses a response as too large', async () => {
    const { fake, targets } = cells(200);
    // Each cell answers its text and its value: together over the response limit, half of them under it.
    const long = '长'.repeat(Math.ceil((1.5 * PAYLOAD_LIMIT_BYTES) / (200 * 2 * 3)));
    for (const t of targets) seedCell(fake, 'S', t.row, t.col, { value: long, text: long });
    const read = await readCells(contextOf(fake), targets);
    expect(read).toHaveLength(200);
    expect(read.every((c) => c.text === long && c.value === long)).toBe(true);
    expect(fake.syncLog[0]?.failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.syncLog.slice(1).map((s) => s.failed)).toEqual([undefined, undefined]);
  });
});

describe('OfficeAddinHost profile', () => {
  it('keeps the profile in the document settings and reads back the same', async () => {
    const { host } = await sampleHost();
    expect(await host.loadProfile()).toBeNull();
    const profile: Profile = { ...DEFAULT_PROFILE, budgetYear: 2024, rules: { 'plan.milestone': 'off' } };
    await host.saveProfile(profile);
    expect(await host.loadProfile()).toEqual(profile);
    expect(host.displayLanguage()).toBe('en-US');
  });

  it('ignores a saved profile that is no longer valid, and says so when saving fails', async () => {
    const { fake, host } = await sampleHost();
    savedSettings.set(PROFILE_SETTING, { rules: { 'no.such-rule': 'error' } });
    expect(await host.loadProfile()).toBeNull();
    installOffice(fake, { saveFails: true });
    await expect(host.saveProfile(DEFAULT_PROFILE)).rejects.toThrow(/disk full/);
  });
});
