/** Driving the task pane in the harness through its roles, labels and test ids. */
import type { Page } from 'playwright-core';

export interface Counts {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export async function counts(page: Page): Promise<Counts> {
  const read = async (id: string) => Number(await page.getByTestId(id).textContent());
  return { tables: await read('count-tables'), errors: await read('count-errors'), warnings: await read('count-warnings'), infos: await read('count-infos') };
}

/** Clicks 检查表格 and waits for the status line of the finished check. */
export async function runCheck(page: Page, done = /检查完成|Check finished/): Promise<void> {
  const status = page.getByTestId('status');
  const before = await status.textContent();
  await page.getByTestId('check').click();
  await page.waitForFunction(
    ([previous]) => {
      const s = document.querySelector('[data-testid="status"]')?.textContent ?? '';
      return s !== previous && s !== '';
    },
    [before],
  );
  await status.filter({ hasText: done }).waitFor();
}

/** The grade chart's bars: how many tables have each grade. */
export async function gradeCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-testid="grade-chart"] [data-grade]').evaluateAll((bars) =>
    Object.fromEntries(bars.map((b) => [b.getAttribute('data-grade') ?? '', Number(b.textContent)])));
}

/** Opens every group of the work list (the groups start closed, one line each). */
export async function expandAll(page: Page): Promise<void> {
  const button = page.getByTestId('expand-all');
  if ((await button.textContent()) === '全部展开' || (await button.textContent()) === 'Expand all') await button.click();
  await page.locator('[data-testid="group-header"][aria-expanded="false"]').first().waitFor({ state: 'detached' });
}

/**
 * How far anything in the pane shows past its right edge, in px (0: it all fits). An element inside
 * a clipping ancestor (overflow other than visible) shows only as far as that ancestor, which is
 * measured itself.
 */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const pane = document.querySelector('[data-testid="pane"]');
    const right = pane.getBoundingClientRect().right;
    // The pane's own clip (its main element) does not count: what it clips is cut off.
    const clipped = (el) => {
      for (let a = el.parentElement; a && a !== pane && a.tagName !== 'MAIN'; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    let worst = pane.scrollWidth - pane.clientWidth;
    for (const el of pane.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && !clipped(el)) worst = Math.max(worst, r.right - right);
    }
    return worst;
  })()`);
}
