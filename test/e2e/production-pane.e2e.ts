/**
 * The add-in build itself, as Excel loads it: dist/taskpane.html and its minified taskpane.js from
 * `npm run build`, with Office.js stood in locally. The page asks for Office.js at Microsoft's CDN;
 * the browser is answered, without the request leaving it, with dist-harness/office-stand-in.js (a
 * fake Office over the sample workbook). The stand-in fetches `sample-workbook.json` next to the
 * page, which dist/ does not hold, so that address is answered from dist-harness/ too: one server,
 * on the production folder, and nothing of the harness copied into it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { NOTICE_TEXT_PARAM } from '../../src/commands/notice-dialog';
import { parsesAs } from './bundle-syntax';
import { HARNESS_DIR, screenshot } from './harness-browser';
import { harnessSuite } from './harness-suite';
import { counts, expandAll, runCheck } from './pane';

const DIST = path.resolve(__dirname, '../../dist');
/** What dist/taskpane.html loads before taskpane.js (webpack.config.js's `OFFICE_JS`). */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The width Excel gives a task pane. */
const PANE_WIDTH = 350;

/**
 * The stand-in bundle, without its source map comment: the browser would resolve the map against
 * the CDN address it was served for, and ask the internet for it.
 */
function standIn(): string {
  return readFileSync(path.join(HARNESS_DIR, 'office-stand-in.js'), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
}

const suite = harnessSuite({
  openEach: false,
  target: {
    root: DIST,
    page: 'taskpane.html',
    fulfil: (server) => ({
      [OFFICE_JS]: { body: standIn(), contentType: 'text/javascript; charset=utf-8' },
      [`${server}/sample-workbook.json`]: {
        body: readFileSync(path.join(HARNESS_DIR, 'sample-workbook.json')),
        contentType: 'application/json; charset=utf-8',
      },
    }),
  },
});

/** The ribbon taskpane.js bound its commands to, as the stand-in exposes it (the page has no ribbon). */
interface PageRibbon {
  press(name: string): Promise<void>;
  dialog: { url: string } | null;
}

/** Presses a ribbon button through the fake ribbon; resolves with the notice's text once the command completed. */
async function pressRibbon(page: Page, command: string): Promise<string | null> {
  const url = await page.evaluate(async (name) => {
    const ribbon = (window as unknown as { __jixiaoRibbon: PageRibbon }).__jixiaoRibbon;
    await ribbon.press(name);
    return ribbon.dialog?.url ?? null;
  }, command);
  return url === null ? null : new URL(url).searchParams.get(NOTICE_TEXT_PARAM);
}

describe('the production task pane (dist/taskpane.html) with Office.js stood in', () => {
  it('is written in ES2019, which WebView2 and the Safari of Mac Excel 2021 (macOS 10.15) parse', () => {
    for (const bundle of ['taskpane.js', 'notice.js']) expect([bundle, parsesAs(readFileSync(path.join(DIST, bundle), 'utf8'), 2019)]).toEqual([bundle, { ok: true }]);
  });

  it('opens in Chinese once Office is ready, and a check shows what the engine finds', async () => {
    const page = await suite.open({}, PANE_WIDTH);
    const expected = suite.expected();
    // Office.js was asked for once, and answered locally; the suite fails the test on any other offsite request.
    expect(suite.fulfilled().filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([OFFICE_JS]);
    await expect(page.getByTestId('check').textContent()).resolves.toBe('检查表格');
    // The production page: the pane alone, none of the harness's workbook drawing.
    await expect(page.getByTestId('workbook').count()).resolves.toBe(0);

    await runCheck(page);
    expect(await counts(page)).toEqual(expected.summary);
    const { errors, warnings, infos, tables } = expected.summary;
    await expect(page.getByTestId('status').textContent()).resolves.toBe(`检查完成：${errors} 个错误，${warnings} 个警告，${infos} 个提示，共 ${tables} 张表`);
    await expect(page.getByTestId('table-group').count()).resolves.toBe(new Set(expected.findings.map((f) => f.table)).size);
    await expandAll(page);
    const shown = await page.getByTestId('finding').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-rule')}@${i.getAttribute('data-cell')}`));
    expect(shown.length).toBeGreaterThan(0);
    expect(expected.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(expect.arrayContaining(shown));
    await screenshot(page, 'production-pane');
  });

  it('runs the ribbon’s 检查表格 command taskpane.js registered, and says what it found', async () => {
    const page = await suite.open({}, PANE_WIDTH);
    const { errors, warnings, infos, tables } = suite.expected().summary;
    await expect(pressRibbon(page, 'checkWorkbook')).resolves.toBe(`检查完成：${errors} 个错误，${warnings} 个警告，${infos} 个提示，共 ${tables} 张表`);
    // The shared runtime: the open pane shows the ribbon's check without checking again.
    await page.getByTestId('status').filter({ hasText: '检查完成' }).waitFor();
    expect(await counts(page)).toEqual(suite.expected().summary);
  });
});
