/**
 * 全部应用 in the harness, at 320 and 350 px: it asks once, naming how many cells change; 取消
 * writes nothing; once applied, 撤销 puts the old texts back, except in a cell the user changed since.
 */
import type { Page } from 'playwright-core';
import type { Report } from '../../src/core/report';
import { screenshot } from './harness-browser';
import { inWideWindow, showSheet, typeInto } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { runCheck } from './pane';

const suite = harnessSuite({ openEach: false });

type Finding = Report['findings'][number];

/** The cells a rule's 全部应用 writes: one per cell, the first suggestion. */
function ruleFixes(report: Report, rule: string): Finding[] {
  const cells = new Map<string, Finding>();
  for (const f of report.findings) if (f.rule === rule && f.suggestion !== undefined && !cells.has(`${f.sheet}!${f.cell}`)) cells.set(`${f.sheet}!${f.cell}`, f);
  return [...cells.values()];
}

/** What the fixed cells show in the sheet, in the order of `fixes`: each sheet shown once, its cells read at once. */
function texts(page: Page, fixes: readonly Finding[]): Promise<string[]> {
  return inWideWindow(page, async () => {
    const shown = new Map<string, string>();
    for (const sheet of new Set(fixes.map((f) => f.sheet))) {
      await showSheet(page, sheet);
      const cells = fixes.filter((f) => f.sheet === sheet).map((f) => f.cell);
      const read = await page.locator(`table[data-sheet="${sheet}"]`).evaluate(
        (table, addresses) => addresses.map((a) => table.querySelector(`td[data-cell="${a}"]`)?.textContent ?? ''),
        cells,
      );
      cells.forEach((cell, i) => shown.set(`${sheet}!${cell}`, read[i] ?? ''));
    }
    return fixes.map((f) => shown.get(`${f.sheet}!${f.cell}`) ?? '');
  });
}

describe('全部应用 and 撤销 in the browser harness', () => {
  for (const width of [320, 350]) {
    it(`asks once, applies, and undoes all but a cell edited since, at ${width} px`, async () => {
      const page = await suite.open({}, width);
      await runCheck(page);
      const button = page.getByTestId('bulk-fixes').getByTestId('apply-rule-fixes').first();
      const rule = (await button.getAttribute('data-rule')) ?? '';
      const fixes = ruleFixes(suite.expected(), rule);
      expect(fixes.length).toBeGreaterThan(1);
      const before = await texts(page, fixes);
      expect(before).not.toEqual(fixes.map((f) => f.suggestion));

      // 取消: the dialog names the count, and nothing is written.
      await button.click();
      const dialog = page.getByTestId('confirm-fixes-dialog');
      await expect(dialog.getByTestId('confirm-fixes-body').textContent()).resolves.toContain(`修改 ${fixes.length} 个单元格`);
      await expect(dialog.getByTestId('confirm-fixes').textContent()).resolves.toBe(`修改 ${fixes.length} 个单元格`);
      await screenshot(page, `batch-confirm-${width}`);
      await dialog.getByTestId('cancel-fixes').click();
      await dialog.waitFor({ state: 'detached' });
      await expect(texts(page, fixes)).resolves.toEqual(before);

      await button.click();
      await dialog.getByTestId('confirm-fixes').click();
      const notice = page.getByTestId('fix-notice');
      await notice.filter({ hasText: `已应用 ${fixes.length} 条建议` }).waitFor({ timeout: 60_000 });
      await expect(texts(page, fixes)).resolves.toEqual(fixes.map((f) => f.suggestion));

      // The user changes one of the fixed cells by hand; 撤销 leaves that one as typed.
      const edited = fixes[0] as Finding;
      await inWideWindow(page, async () => {
        await showSheet(page, edited.sheet);
        await typeInto(page, edited.sheet, edited.cell, '我自己改的');
      });
      await notice.getByTestId('undo').click();
      await notice.filter({ hasText: '已撤销' }).waitFor({ timeout: 60_000 });
      const noticeText = (await notice.textContent()) ?? '';
      expect(noticeText).toContain(`已撤销 ${fixes.length - 1} 个单元格的修改`);
      expect(noticeText).toContain(`1 个单元格在应用建议后又被修改过，保留了现在的内容：${edited.sheet}!${edited.cell}`);
      await expect(texts(page, fixes)).resolves.toEqual(['我自己改的', ...before.slice(1)]);
      await expect(notice.getByTestId('undo').count()).resolves.toBe(0);
      await screenshot(page, `batch-undone-${width}`);
    });
  }
});
