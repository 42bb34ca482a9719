/// <reference types="office-js" />
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { OfficeAddinHost } from '../../src/excel/office-addin-host';
import { FakeExcel } from '../../src/harness/fake-excel';
import { installFakeOffice } from '../../src/harness/install-fake-office';

const SHEET = '项目绩效目标表';

function installed(displayLanguage = 'zh-CN', documentUrl?: string): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet(SHEET);
  installFakeOffice(fake, { displayLanguage, documentUrl });
  return fake;
}

/** Waits for what event handlers and their own `Excel.run`s do after a change. */
async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  const g = globalThis as { Excel?: unknown; Office?: unknown };
  delete g.Excel;
  delete g.Office;
});

describe('Excel.run', () => {
  it('gives each batch its own context, whose commands only its own sync sends, and resolves with the batch’s result', async () => {
    const fake = installed();
    let releaseFirst = (): void => undefined;
    const first = Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('A1').values = [['第一批']];
      await new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      await context.sync();
      return 'first';
    });
    const second = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange('A2').values = [['第二批']];
      await context.sync();
      return 'second';
    });
    expect(second).toBe('second');
    expect(fake.cell(SHEET, 1, 1).value).toBeNull();
    releaseFirst();
    expect(await first).toBe('first');
    expect(fake.cell(SHEET, 1, 1).value).toBe('第一批');
    expect(fake.cell(SHEET, 2, 1).value).toBe('第二批');
  });

  it('reuses a context passed in, and refuses a batch that returns no promise', async () => {
    installed();
    const outer = await Excel.run(async (context) => context);
    const again = await Excel.run(outer, async (context) => context);
    expect(again).toBe(outer);
    await expect(Excel.run((() => 1) as unknown as () => Promise<unknown>)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });
});

describe('Office', () => {
  it('is ready as Excel on the web, in the display language given', async () => {
    installed('en-US');
    const called: unknown[] = [];
    const info = await Office.onReady((i) => called.push(i));
    expect(info).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(called).toEqual([info]);
    expect(info.host).toBe(Office.HostType.Excel);
    expect(Office.context.displayLanguage).toBe('en-US');
    expect(new OfficeAddinHost().displayLanguage()).toBe('en-US');
  });

  it('given a workbook still loading, is defined at once, and is ready and runs batches only once it has loaded', async () => {
    let load = (_fake: FakeExcel): void => undefined;
    installFakeOffice(new Promise<FakeExcel>((resolve) => (load = resolve)), { displayLanguage: 'zh-CN' });
    const events: string[] = [];
    const ready = Office.onReady(() => events.push('ready'));
    const read = Excel.run(async (context) => {
      events.push('batch');
      const range = context.workbook.worksheets.getItem(SHEET).getRange('A1').load('values');
      await context.sync();
      return range.values;
    });
    expect(Office.context.displayLanguage).toBe('zh-CN');
    await settled();
    expect(events).toEqual([]);

    const fake = new FakeExcel();
    fake.addSheet(SHEET);
    fake.userEdit(SHEET, 1, 1, '已载入');
    load(fake);
    await expect(ready).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    await expect(read).resolves.toEqual([['已载入']]);
    expect(events).toEqual(['ready', 'batch']);
  });

  it('given a workbook that fails to load, is never ready and runs no batch', async () => {
    installFakeOffice(Promise.reject(new Error('sample-workbook.json: HTTP 404')), { displayLanguage: 'zh-CN' });
    const called: unknown[] = [];
    await expect(Office.onReady((i) => called.push(i))).rejects.toThrow('HTTP 404');
    await expect(Excel.run(async () => 'ran')).rejects.toThrow('HTTP 404');
    expect(called).toEqual([]);
  });

  it('supports ExcelApi up to 1.18 and no other requirement set', () => {
    installed();
    const supported = (name: string, version?: string) => Office.context.requirements.isSetSupported(name, version);
    expect([supported('ExcelApi', '1.18'), supported('ExcelApi', '1.2'), supported('ExcelApi'), supported('excelapi', '1.10')]).toEqual([true, true, true, true]);
    expect([supported('ExcelApi', '1.19'), supported('ExcelApi', '2.0'), supported('WordApi', '1.1')]).toEqual([false, false, false]);
  });

  it('keeps document settings in memory as copies, and saves them', async () => {
    installed();
    const settings = Office.context.document.settings;
    expect(settings.get('jixiao.profile')).toBeNull();
    const value = { budgetYear: 2024 };
    settings.set('jixiao.profile', value);
    value.budgetYear = 1999;
    expect(settings.get('jixiao.profile')).toEqual({ budgetYear: 2024 });
    const status = await new Promise<string>((resolve) => settings.saveAsync((r) => resolve(String(r.status))));
    expect(status).toBe(Office.AsyncResultStatus.Succeeded);
    settings.remove('jixiao.profile');
    expect(settings.get('jixiao.profile')).toBeNull();

    const host = new OfficeAddinHost();
    await host.saveProfile({ ...DEFAULT_PROFILE, budgetYear: 2025 });
    expect(await host.loadProfile()).toEqual({ ...DEFAULT_PROFILE, budgetYear: 2025 });
  });
});

describe('the Office add-in host over the installed fake', () => {
  it('hears a person’s edits, not its own writes, until it stops watching', async () => {
    const fake = installed();
    const host = new OfficeAddinHost();
    const edits: unknown[] = [];
    const stop = await host.watchEdits((edit) => edits.push(edit));
    await host.writeTexts([{ target: { sheet: SHEET, row: 1, col: 1 }, text: '插件写入' }]);
    fake.userEdit(SHEET, 2, 3, '95');
    await settled();
    expect(edits).toEqual([{ sheet: SHEET, address: 'C2' }]);

    await stop();
    fake.userEdit(SHEET, 3, 3, '96');
    await settled();
    expect(edits).toHaveLength(1);
  });

  it('selects a cell on another sheet, which the fake shows as active', async () => {
    const fake = installed();
    fake.addSheet('部门整体绩效目标');
    const host = new OfficeAddinHost();
    await host.select({ sheet: '部门整体绩效目标', row: 7, col: 10 });
    expect(fake.selection).toEqual({ sheet: '部门整体绩效目标', area: { top: 7, left: 10, bottom: 7, right: 10 } });
    expect(await host.activeSheet()).toBe('部门整体绩效目标');
  });

  it('names the report after the document URL given, and falls back to a generic name without one', async () => {
    installed('zh-CN', '绩效目标表-汇总.xlsx');
    const named = await new OfficeAddinHost().check({ scope: 'workbook', profile: DEFAULT_PROFILE, onProgress: () => undefined });
    expect(named.report.file).toBe('绩效目标表-汇总.xlsx');
    installed();
    const unnamed = await new OfficeAddinHost().check({ scope: 'workbook', profile: DEFAULT_PROFILE, onProgress: () => undefined });
    expect(unnamed.report.file).toBe('工作簿.xlsx');
  });
});
