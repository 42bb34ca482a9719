/**
 * The host a WPS page runs on: the profile kept in the workbook's profile sheet, read and written
 * through the ET fake over the same workbook state the Office.js host sees, and the workbook jobs
 * of the ribbon's page and the pane's behind one lock.
 */
import type { UserEdit } from '../../src/addin/addin-host';
import { LOCK_KEY } from '../../src/addin/cross-page-lock';
import { PROFILE_SHEET } from '../../src/addin/profile-sheet';
import { checkWorkbook } from '../../src/core/engine';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile/profile-schema';
import { createOfficeAddinHost } from '../../src/excel/office-addin-host';
import { FakeExcel } from '../../src/harness/fake-excel';
import { FakeEt } from '../../src/harness/fake-et';
import { PROFILE_STORAGE_KEY } from '../../src/wps/wps-addin-host';
import { wpsPageHost } from '../../src/wps/wps-page-host';
import { stackedFixture } from '../excel/excel-fixtures';
import { installOffice, uninstallOffice } from '../excel/office-globals';
import { STACKED_PROJECT_SHEET } from '../fixtures/sample-layout';

const MINE: Profile = { ...DEFAULT_PROFILE, name: '本单位方案', budgetYear: 2023, minSatisfactionPercent: 90 };

async function sample(): Promise<{ fake: FakeExcel; et: FakeEt; expected: ReturnType<typeof checkWorkbook> }> {
  const { snapshot } = await stackedFixture();
  const fake = FakeExcel.fromSnapshot(snapshot);
  installOffice(fake);
  return { fake, et: new FakeEt(fake), expected: checkWorkbook(snapshot, DEFAULT_PROFILE) };
}

afterEach(() => uninstallOffice());

describe('the WPS page host', () => {
  it('keeps the profile in the very hidden profile sheet, which Excel reads too, and PluginStorage is left alone', async () => {
    const { fake, et } = await sample();
    const wps = wpsPageHost(et.application, 'pane');
    expect(await wps.loadProfile()).toBeNull();
    await wps.saveProfile(MINE);
    expect(fake.sheet(PROFILE_SHEET).visibility).toBe('VeryHidden');
    expect(fake.activeSheet).toBe(STACKED_PROJECT_SHEET);
    expect(et.application.PluginStorage.getItem(PROFILE_STORAGE_KEY)).toBeNull();
    expect(await createOfficeAddinHost().loadProfile()).toEqual(MINE);

    const fromExcel: Profile = { ...MINE, name: 'Excel 中保存' };
    await createOfficeAddinHost().saveProfile(fromExcel);
    expect(await wpsPageHost(et.application, 'ribbon').loadProfile()).toEqual(fromExcel);
  });

  it('never checks the profile sheet as a table, and 清除检查结果 leaves it', async () => {
    const { fake, et, expected } = await sample();
    const wps = wpsPageHost(et.application, 'pane');
    await wps.saveProfile(MINE);
    const kept = structuredClone([...fake.sheet(PROFILE_SHEET).cells]);
    const outcome = await wps.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    expect(outcome.report.summary).toEqual(expected.report.summary);
    expect(outcome.report.tables.some((t) => t.sheet === PROFILE_SHEET)).toBe(false);
    expect(await wps.clear('drop')).toBe(true);
    expect([...fake.sheet(PROFILE_SHEET).cells]).toEqual(kept);
    expect(await wps.loadProfile()).toEqual(MINE);
  });

  it('does not take its own profile write for a user’s edit', async () => {
    const { et } = await sample();
    const wps = wpsPageHost(et.application, 'pane');
    const edits: UserEdit[] = [];
    const stop = await wps.watchEdits((e) => edits.push(e));
    await wps.saveProfile(MINE);
    await stop();
    expect(edits).toEqual([]);
  });

  it('puts the ribbon page’s and the pane’s jobs behind the lock they share in PluginStorage, and frees it after', async () => {
    const fake = new FakeExcel();
    fake.addSheet('表1');
    const et = new FakeEt(fake);
    const storage = et.application.PluginStorage;
    const seen: (string | null)[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === LOCK_KEY) seen.push(value.split(' ')[0] ?? '');
      setItem(key, value);
    };
    const ribbon = wpsPageHost(et.application, 'ribbon');
    const pane = wpsPageHost(et.application, 'pane');
    const [a, b] = await Promise.all([ribbon.clear(), pane.clear()]);
    expect([a, b]).toEqual([false, false]);
    const holders = seen.filter((v) => v !== '');
    expect(new Set(holders)).toEqual(new Set(['ribbon', 'pane']));
    expect(storage.getItem(LOCK_KEY)).toBe('');
  });
});
