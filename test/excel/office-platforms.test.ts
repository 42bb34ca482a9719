/// <reference types="office-js" />
/**
 * The Office.js host against what real Excel does and the fake now models: requirement sets below the
 * newest (each API above the manifest's minimum used only where supported), Excel on the web (where
 * `worksheet.notes` fails), co-authors' remote changes, and real file names.
 */
import { parseCellAddress } from '../../src/core/address';
import { checkWorkbook } from '../../src/core/engine';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import type { UserEdit } from '../../src/addin/addin-host';
import { OfficeAddinHost, OWN_WRITE_GRACE_MS, workbookFileName } from '../../src/excel/office-addin-host';
import { FakeExcel, seedCell } from '../../src/harness/fake-excel';
import { STACKED_PROJECT_SHEET } from '../fixtures/sample-layout';
import { stackedFixture } from './excel-fixtures';
import { installOffice, uninstallOffice } from './office-globals';

afterEach(() => {
  uninstallOffice();
  jest.restoreAllMocks();
});

async function sample(url?: string) {
  const { snapshot } = await stackedFixture();
  const fake = FakeExcel.fromSnapshot(snapshot);
  installOffice(fake, url === undefined ? {} : { url });
  return { fake, host: new OfficeAddinHost(), expected: checkWorkbook(snapshot, DEFAULT_PROFILE).report };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function watched(host: OfficeAddinHost): Promise<{ edits: UserEdit[]; stop: () => Promise<void> }> {
  const edits: UserEdit[] = [];
  const stop = await host.watchEdits((e) => edits.push(e));
  return { edits, stop };
}

describe('file names', () => {
  it('names the report after a local file whose name holds a percent sign', async () => {
    const { host } = await sample('C:\\预算\\完成率100%.xlsx');
    const outcome = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    expect(outcome.report.file).toBe('完成率100%.xlsx');
  });

  it('decodes a web address, and keeps a name that does not decode as it is', () => {
    expect(workbookFileName('https://contoso.sharepoint.com/sites/cw/Shared%20Documents/%E5%AE%8C%E6%88%90%E7%8E%87100%25.xlsx?web=1')).toBe('完成率100%.xlsx');
    expect(workbookFileName('https://example.com/files/%E5%AE%8C%zz.xlsx')).toBe('%E5%AE%8C%zz.xlsx');
    expect(workbookFileName('/Users/zhang/Documents/50%进度.xlsx')).toBe('50%进度.xlsx');
    expect(workbookFileName('')).toBe('工作簿.xlsx');
  });
});

describe('Excel on the web', () => {
  it('adds the flags’ notes and clears them although worksheet.notes fails there', async () => {
    const { fake, host, expected } = await sample();
    fake.onTheWeb = true;
    const before = structuredClone(fake.dump());
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    const flagged = new Set(expected.findings.map((f) => `${f.sheet}!${f.cell}`));
    const noted = fake.sheets.flatMap((s) => [...s.notes.keys()].map((k) => `${s.name}!${k}`));
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.length).toBeLessThanOrEqual(flagged.size);
    expect(await host.clear()).toBe(true);
    expect(fake.dump()).toEqual(before);
  });

  it('never takes a co-author’s change for the user’s, so co-authors’ panes do not all re-check', async () => {
    const { fake, host } = await sample();
    fake.onTheWeb = true;
    const { edits, stop } = await watched(host);
    fake.userEdit(STACKED_PROJECT_SHEET, 3, 30, '远程输入', 'Remote');
    await tick();
    expect(edits).toEqual([]);
    fake.userEdit(STACKED_PROJECT_SHEET, 3, 30, '本地输入');
    await tick();
    await tick();
    expect(edits).toEqual([{ sheet: STACKED_PROJECT_SHEET, address: 'AD3' }]);
    await stop();
  });
});

describe('requirement sets below the newest', () => {
  it('checks and clears exactly on ExcelApi 1.13, the manifest’s minimum: comments for notes, fill patterns kept', async () => {
    const { fake, host, expected } = await sample();
    fake.excelApi = '1.13';
    // A patterned fill under a flag: fill patterns are ExcelApi 1.9, not 1.15, so it comes back exactly.
    const first = expected.findings[0];
    if (!first) throw new Error('the sample has findings');
    const at = parseCellAddress(first.cell);
    seedCell(fake, first.sheet, at.row, at.col, { fill: { color: '#DDEBF7', pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0, patternTintAndShade: 0 } });
    const before = structuredClone(fake.dump());
    const outcome = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    expect(outcome.report.summary).toEqual(expected.summary);
    expect(fake.syncLog.filter((s) => s.failed !== undefined)).toEqual([]);
    expect(fake.comments.length).toBeGreaterThan(0);
    expect(fake.sheets.every((s) => s.notes.size === 0)).toBe(true);
    expect(await host.clear()).toBe(true);
    expect(fake.dump()).toEqual(before);
  });

  it('tells its own writes from the user’s by time where change events carry no triggerSource (before 1.14)', async () => {
    const { fake, host } = await sample();
    fake.excelApi = '1.13';
    const { edits, stop } = await watched(host);
    await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
    await tick();
    expect(edits).toEqual([]);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + OWN_WRITE_GRACE_MS + 1);
    fake.userEdit(STACKED_PROJECT_SHEET, 3, 30, '输入');
    await tick();
    await tick();
    expect(edits).toEqual([{ sheet: STACKED_PROJECT_SHEET, address: 'AD3' }]);
    await stop();
  });
});
