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
