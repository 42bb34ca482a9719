/**
 * The WPS host through its AddinHost, on the ET fake: the check and the clear (what the contract
 * test compares between hosts is not repeated here), the add-in's own writes never taken as the
 * user's edits whether WPS raises SheetChange inside the write or later, the cells the pane reads
 * and writes, refusals before any change, a failed write rolled back, and the profile.
 */
import type { AddinHost, UserEdit } from '../../src/addin/addin-host';
import { checkWorkbook } from '../../src/core/engine';
import { OWNED_HEADER, RECORD_SHEET, SUMMARY_SHEET } from '../../src/core/plan/write-plan';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile/profile-schema';
import { FakeExcel, seedCell } from '../../src/harness/fake-excel';
import { FakeEt } from '../../src/harness/fake-et';
import { createWpsAddinHost, PROFILE_STORAGE_KEY } from '../../src/wps/wps-addin-host';
import { OWN_WRITE_GRACE_MS } from '../../src/wps/wps-own-writes';
import { STACKED_PROJECT_SHEET } from '../fixtures/sample-layout';
import { stackedFixture } from '../excel/excel-fixtures';
import { applyFixes, readCheckedTexts } from '../../src/taskpane/apply-fixes';
import { undoFixes } from '../../src/taskpane/fix-undo';
import { finding } from '../taskpane/report-fixture';

async function sampleHost(eventDelayMs?: number): Promise<{ fake: FakeExcel; et: FakeEt; host: AddinHost; expected: ReturnType<typeof checkWorkbook> }> {
  const { snapshot } = await stackedFixture();
  const fake = FakeExcel.fromSnapshot(snapshot);
  const et = new FakeEt(fake, { fileName: '2023年绩效目标表.xlsx', eventDelayMs });
  return { fake, et, host: createWpsAddinHost(et.application), expected: checkWorkbook(snapshot, DEFAULT_PROFILE) };
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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the WPS host', () => {
  it('checks, keeps a typed 实际完成值 through a re-check, and clears back to the workbook it found', async () => {
    const { fake, host, expected } = await sampleHost();
    const before = structuredClone(fake.dump());
    const outcome = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    expect(outcome.report.summary).toEqual(expected.report.summary);
    expect(outcome.report.file).toBe('2023年绩效目标表.xlsx');
    expect(outcome.summarySheet).toBe(SUMMARY_SHEET);
    expect(fake.sheet(RECORD_SHEET).visibility).toBe('VeryHidden');
    expect(fake.activeSheet).toBe(STACKED_PROJECT_SHEET);

    const actual = headerCell(fake, OWNED_HEADER.actual);
    fake.userEdit(STACKED_PROJECT_SHEET, actual.row + 1, actual.col, '12');
    const ids = [fake.sheet(SUMMARY_SHEET).id, fake.sheet(RECORD_SHEET).id];
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    expect([fake.sheet(SUMMARY_SHEET).id, fake.sheet(RECORD_SHEET).id]).toEqual(ids);
    expect(fake.cell(STACKED_PROJECT_SHEET, actual.row + 1, actual.col).value).toBe(12);
    expect(await host.countTypedEntries()).toBe(1);
    expect(await host.hasResult()).toBe(true);
    expect(await host.clear('drop')).toBe(true);
    expect(fake.dump()).toEqual(before);
    expect(await host.countTypedEntries()).toBe(0);
    expect(await host.hasResult()).toBe(false);
    expect(await host.clear()).toBe(false);
  });

  it('reports only the active sheet when the scope is one sheet', async () => {
    const { fake, host, expected } = await sampleHost();
    const other = expected.report.tables.find((t) => t.sheet !== STACKED_PROJECT_SHEET);
    if (!other) throw new Error('the sample has a second sheet');
    fake.activeSheet = other.sheet;
    const outcome = await host.check({ scope: 'sheet', profile: DEFAULT_PROFILE });
    expect(outcome.sheet).toBe(other.sheet);
    expect(outcome.report.tables.map((t) => t.sheet)).toEqual(expected.report.tables.filter((t) => t.sheet === other.sheet).map((t) => t.sheet));
    expect(outcome.report.findings.every((f) => f.sheet === other.sheet)).toBe(true);
    expect(await host.activeSheet()).toBe(other.sheet);
  });

  it.each([['inside the write', undefined], ['50 ms later', 50]] as const)(
    "never takes the add-in's own writes for the user's edits (SheetChange raised %s), and reports the user's",
    async (_, delay) => {
      const { fake, host } = await sampleHost(delay);
      const edits: UserEdit[] = [];
      const stop = await host.watchEdits((e) => edits.push(e));
      await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
      await host.writeTexts([{ target: { sheet: STACKED_PROJECT_SHEET, row: 2, col: 40 }, text: '40%' }]);
      await pause(100);
      expect(await host.clear()).toBe(true);
      await pause(100);
      expect(edits).toEqual([]);
      // Raised inside the write, an edit right after it is the user's; raised later, only one after the grace.
      const later = Date.now() + (delay === undefined ? 0 : OWN_WRITE_GRACE_MS);
      const now = jest.spyOn(Date, 'now').mockReturnValue(later);
      try {
        fake.userEdit(STACKED_PROJECT_SHEET, 3, 2, '改过');
        await pause(100);
      } finally {
        now.mockRestore();
      }
      expect(edits).toEqual([{ sheet: STACKED_PROJECT_SHEET, address: 'B3' }]);
      await stop();
      fake.userEdit(STACKED_PROJECT_SHEET, 4, 2, '又改');
      await pause(100);
      expect(edits).toHaveLength(1);
    },
  );

  it('writes a percentage into a number cell as a number and anything WPS would misread as text; reads texts in order; selects a cell', async () => {
    const { fake, host } = await sampleHost();
    seedCell(fake, STACKED_PROJECT_SHEET, 3, 30, { value: 0.3, text: '30%', numberFormat: '0%' });
    seedCell(fake, STACKED_PROJECT_SHEET, 4, 30, { value: '1-3个', text: '1-3个' });
    const at = (row: number) => ({ sheet: STACKED_PROJECT_SHEET, row, col: 30 });
    await host.writeTexts([{ target: at(3), text: '40%' }, { target: at(4), text: '1-3' }, { target: at(5), text: '≥90%' }]);
    expect(fake.cell(STACKED_PROJECT_SHEET, 3, 30).value).toBe(0.4);
    expect(fake.cell(STACKED_PROJECT_SHEET, 4, 30).value).toBe('1-3');
    expect((await host.readCells([at(5), at(3), at(4)])).map((c) => c.text)).toEqual(['≥90%', '40%', '1-3']);
    await host.select(at(4));
    expect(fake.selection).toEqual({ sheet: STACKED_PROJECT_SHEET, area: { top: 4, left: 30, bottom: 4, right: 30 } });
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

  it('refuses a protected sheet before changing anything', async () => {
    const { fake, host } = await sampleHost();
    const before = structuredClone(fake.dump());
    fake.sheet(STACKED_PROJECT_SHEET).protected = true;
    await expect(host.check({ scope: 'workbook', profile: DEFAULT_PROFILE })).rejects.toMatchObject({ code: 'protected' });
    fake.sheet(STACKED_PROJECT_SHEET).protected = false;
    expect(fake.dump()).toEqual(before);
  });

  it('rolls a write that fails midway back to the workbook it found', async () => {
    const { fake, host } = await sampleHost();
    const before = structuredClone(fake.dump());
    fake.failOnMutation(40);
    await expect(host.check({ scope: 'workbook', profile: DEFAULT_PROFILE })).rejects.toMatchObject({ code: 'write-failed' });
    const after = fake.dump() as { sheets: { name: string }[] };
    expect(after).toEqual(before);
  });

  it('keeps the profile in PluginStorage and ignores what it cannot read', async () => {
    const { et, host } = await sampleHost();
    expect(await host.loadProfile()).toBeNull();
    const profile: Profile = { ...DEFAULT_PROFILE, budgetYear: 2024, rules: { 'plan.milestone': 'off' } };
    await host.saveProfile(profile);
    expect(await host.loadProfile()).toEqual(profile);
    et.application.PluginStorage.setItem(PROFILE_STORAGE_KEY, '{not json');
    expect(await host.loadProfile()).toBeNull();
  });
});
