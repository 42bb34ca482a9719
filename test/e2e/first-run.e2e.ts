/**
 * The pane before any check, at 320 and 350 px: a line on what a check writes and that 清除检查结果
 * removes it; 清除检查结果 disabled while there is nothing to clear; 自动检查 explained in its tooltip.
 */
import { screenshot } from './harness-browser';
import { harnessSuite } from './harness-suite';
import { overflow, runCheck } from './pane';

const suite = harnessSuite({ openEach: false });

describe('the first run in the browser harness', () => {
  for (const width of [320, 350]) {
    it(`says what a check writes, and offers 清除检查结果 only when there is a result, at ${width} px`, async () => {
      const page = await suite.open({}, width);
      const line = page.getByTestId('first-run');
      const text = (await line.textContent()) ?? '';
      for (const word of ['实际完成值', '得分', '检查结果', '底色', '批注', '检查汇总', '清除检查结果']) expect([word, text.includes(word)]).toEqual([word, true]);
      const clear = page.getByTestId('clear');
      await page.waitForFunction(() => document.querySelector('[data-testid="clear"]')?.hasAttribute('disabled'));
      await expect(overflow(page)).resolves.toBeLessThanOrEqual(0.5);
      await screenshot(page, `first-run-${width}`);

      await runCheck(page);
      await line.waitFor({ state: 'detached' });
      await expect(clear.isEnabled()).resolves.toBe(true);

      await clear.click();
      await page.getByTestId('notice').filter({ hasText: '已清除检查结果' }).waitFor();
      await page.waitForFunction(() => document.querySelector('[data-testid="clear"]')?.hasAttribute('disabled'));
      await line.waitFor();
    });

    it(`explains 自动检查 in its tooltip, at ${width} px`, async () => {
      const page = await suite.open({}, width);
      const toggle = page.getByRole('switch', { name: '自动检查' });
      await toggle.hover();
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      await expect(tip.textContent()).resolves.toContain('自动重新检查');
      await expect(toggle.evaluate((el) => {
        const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/);
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join('');
      })).resolves.toContain('自动重新检查');
    });
  }
});
