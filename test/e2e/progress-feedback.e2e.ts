/**
 * Progress and feedback in the harness, at 320 and 350 px: the write of the large workbook counts
 * its cells as it goes; an edit with 自动检查 off marks the results out of date until the next check;
 * the focus stays on 检查表格 through a check, and moves to the next finding after a fix.
 */
import type { Page } from 'playwright-core';
import type { Report } from '../../src/core/report';
import { screenshot } from './harness-browser';
import { inWideWindow, showSheet, typeInto } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { expandAll, runCheck } from './pane';

const suite = harnessSuite({ openEach: false });

type Finding = Report['findings'][number];

function activeTestId(page: Page): Promise<unknown> {
  return page.evaluate('document.activeElement?.getAttribute("data-testid")');
}

describe('progress and feedback in the browser harness', () => {
  for (const width of [320, 350]) {
    it(`counts the cells written while the large workbook's result is written, at ${width} px`, async () => {
      const page = await suite.open({ workbook: 'large-workbook.json' }, width);
      await page.evaluate(`(() => {
        window.progressSeen = [];
        new MutationObserver(() => {
          const text = document.querySelector('[data-testid="check-progress"]')?.textContent ?? '';
          if (text !== '' && window.progressSeen[window.progressSeen.length - 1] !== text) window.progressSeen.push(text);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      })()`);
      await page.getByTestId('check').click();
      await page.getByTestId('status').filter({ hasText: '检查完成' }).waitFor({ timeout: 110_000 });
      const seen = (await page.evaluate('window.progressSeen')) as string[];
      const sheets = seen.map((t) => /已读 (\d+)\/(\d+) 张/.exec(t)).find((m) => m !== null);
      expect(sheets?.[1]).toBe(sheets?.[2]);
      expect(Number(sheets?.[2])).toBeGreaterThan(3);
      const writes = seen.map((t) => /已写 (\d+)\/(\d+) 个单元格/.exec(t)).filter((m): m is RegExpExecArray => m !== null);
      const total = Number(writes[0]?.[2]);
      expect(total).toBeGreaterThan(0);
      expect(writes.every((m) => Number(m[2]) === total)).toBe(true);
      // Painted while the write goes on, after each batch it sends: from none, through a count
      // between none and all, to all, rising (the large workbook's result takes more than one batch).
      const done = writes.map((m) => Number(m[1]));
      expect(done[0]).toBe(0);
      expect(done.at(-1)).toBe(total);
      expect(done.filter((d) => d > 0 && d < total).length).toBeGreaterThanOrEqual(1);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      // The outcome is said where the user clicked, and the focus is still there.
      await expect(activeTestId(page)).resolves.toBe('check');
      await screenshot(page, `large-workbook-${width}`);
    });

    it(`marks the results out of date after an edit with 自动检查 off, until the next check, at ${width} px`, async () => {
      const page = await suite.open({}, width);
      await runCheck(page);
      await expect(activeTestId(page)).resolves.toBe('check');
      await expect(page.getByTestId('stale').count()).resolves.toBe(0);
      await screenshot(page, `sample-checked-${width}`);
      const f = suite.expected().findings[0] as Finding;
      await inWideWindow(page, async () => {
        await showSheet(page, f.sheet);
        await typeInto(page, f.sheet, f.cell, '改过的内容');
      });
      await page.getByTestId('stale').filter({ hasText: '结果已过期：表格在检查后有改动，请重新检查' }).waitFor();
      await screenshot(page, `stale-${width}`);
      await runCheck(page);
      await expect(page.getByTestId('stale').count()).resolves.toBe(0);
    });

    it(`moves the focus to the next finding after a fix, at ${width} px`, async () => {
      const page = await suite.open({}, width);
      await runCheck(page);
      await expandAll(page);
      const expected = suite.expected();
      const fix = expected.findings.find((f) => f.suggestion !== undefined && !expected.findings.some((g) => g !== f && g.sheet === f.sheet && g.cell === f.cell));
      if (!fix) throw new Error('the sample has no fixable finding alone in its cell');
      const item = page.locator(`[data-testid="finding"][data-rule="${fix.rule}"][data-cell="${fix.sheet}!${fix.cell}"]`);
      // The finding listed right after the fixed one, before the fix.
      const next = await item.evaluate((el) => {
        const all = [...document.querySelectorAll('[data-testid="finding"]')];
        const after = all[all.indexOf(el) + 1];
        return after ? `${after.getAttribute('data-rule')}@${after.getAttribute('data-cell')}` : '';
      });
      expect(next).not.toBe('');
      await page.getByRole('button', { name: `应用建议：把 ${fix.sheet}!${fix.cell} 改为“${fix.suggestion}”`, exact: true }).click();
      await item.waitFor({ state: 'detached', timeout: 60_000 });
      await page.getByTestId('fix-notice').filter({ hasText: '已应用 1 条建议' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'finding');
      await expect(page.evaluate('`${document.activeElement.getAttribute("data-rule")}@${document.activeElement.getAttribute("data-cell")}`')).resolves.toBe(next);
    });
  }
});
