/**
 * The pane around the check in the harness: settings kept with the workbook, the 当前工作表 scope,
 * the severity filter and search, English when Office is not in Chinese, a 350 px wide pane, and
 * the keyboard alone.
 */
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { expectedReport } from './expected-report';
import { harnessSuite } from './harness-suite';
import { screenshot } from './harness-browser';
import { counts, expandAll, overflow, runCheck } from './pane';

const PANE_WIDTH = 350;

const suite = harnessSuite({ openEach: false });
const open = suite.open;
const expected = () => suite.expected();


describe('the task pane around the check', () => {
  it('turns a rule off in the settings, keeps them with the workbook and checks with them', async () => {
    const page = await open();
    const rule = 'indicator.percent-word';
    const without = await expectedReport({ ...DEFAULT_PROFILE, rules: { [rule]: 'off' } });
    expect(without.summary).not.toEqual(expected().summary);

    await page.getByRole('button', { name: '设置', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '设置' });
    await dialog.locator(`select[data-rule="${rule}"]`).selectOption('off');
    await screenshot(page, 'settings', '[role="dialog"]');
    await dialog.getByTestId('save-settings').click();
    await dialog.getByTestId('settings-status').filter({ hasText: '已保存' }).waitFor();
    await dialog.getByTestId('close-settings').click();
    await dialog.waitFor({ state: 'detached' });

    await runCheck(page);
    expect(await counts(page)).toEqual(without.summary);
    await expect(page.locator(`[data-testid="finding"][data-rule="${rule}"]`).count()).resolves.toBe(0);

    // Saved with the workbook: the settings read back show the rule off.
    await page.getByRole('button', { name: '设置', exact: true }).click();
    await expect(page.getByRole('dialog').locator(`select[data-rule="${rule}"]`).inputValue()).resolves.toBe('off');
    // Closed, the drawer gives the pane back to screen readers.
    await page.getByRole('dialog').getByTestId('close-settings').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(`document.querySelector('[data-testid="pane"]').closest('[aria-hidden="true"]') === null`);
    await expect(page.getByTestId('pane').getByRole('button', { name: '检查表格' }).isVisible()).resolves.toBe(true);
  });

  it('checks only the sheet shown when the scope is 当前工作表', async () => {
    const page = await open();
    const sheet = '部门整体绩效目标';
    await page.getByRole('tab', { name: sheet, exact: true }).click();
    await page.getByRole('radiogroup', { name: '检查范围' }).getByRole('radio', { name: '当前工作表' }).check();
    await runCheck(page);

    const tables = expected().tables.filter((t) => t.sheet === sheet);
    const findings = expected().findings.filter((f) => f.sheet === sheet);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(await counts(page)).toEqual({ tables: tables.length, errors: count('error'), warnings: count('warning'), infos: count('info') });
    const groups = await page.getByTestId('table-group').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-table-id')));
    expect(new Set(groups)).toEqual(new Set(findings.map((f) => f.table)));
  });

  it('filters the findings by severity and by a search', async () => {
    const page = await open();
    await runCheck(page);
    const errorsOnly = page.getByTestId('filter-error');
    for (const id of ['filter-error', 'filter-warning', 'filter-info']) await expect(page.getByTestId(id).getAttribute('aria-pressed')).resolves.toBe('false');
    // Pressing 错误 selects the errors: they alone are shown.
    await errorsOnly.click();
    await expect(errorsOnly.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByTestId('filter-info').getAttribute('aria-pressed')).resolves.toBe('false');
    await expandAll(page);
    const shown = await page.getByTestId('finding').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-severity')));
    expect(shown).toEqual(expected().findings.filter((f) => f.severity === 'error').map(() => 'error'));

    const rule = expected().findings.find((f) => f.severity === 'error')?.rule ?? '';
    await page.getByRole('searchbox', { name: '搜索发现' }).fill(rule);
    await expect(page.getByTestId('finding').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-rule')))).resolves.toEqual(
      expected().findings.filter((f) => f.severity === 'error' && f.rule === rule).map((f) => f.rule),
    );
  });

  it('speaks English when Office is not in Chinese', async () => {
    const page = await open({ lang: 'en-US' });
    await expect(page.getByRole('radiogroup', { name: 'Scope' }).getByRole('radio', { name: 'Whole workbook' }).isChecked()).resolves.toBe(true);
    await page.getByTestId('pane').getByRole('button', { name: 'Check tables' }).click();
    const { errors, warnings, infos, tables } = expected().summary;
    await page.getByTestId('status').filter({ hasText: `Check finished: ${errors} errors, ${warnings} warnings, ${infos} infos in ${tables} tables` }).waitFor();
    await expect(page.getByTestId('pane').getByRole('button', { name: 'Clear results' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox', { name: 'Search findings' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'check-en-pane', '[data-testid="pane"]');
  });

  it('fits a 350 px pane, with findings listed and with the settings open', async () => {
    const page = await open({}, PANE_WIDTH);
    await expect(page.getByTestId('pane').evaluate((p) => p.getBoundingClientRect().width)).resolves.toBe(PANE_WIDTH);
    await runCheck(page);
    await expect(overflow(page)).resolves.toBeLessThanOrEqual(0.5);
    await screenshot(page, 'pane-350');
    await page.getByRole('button', { name: '设置', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '设置' });
    // Once it has slid in, the drawer takes the pane's width and no more.
    await page.waitForFunction(`(() => { const r = document.querySelector('[role="dialog"]')?.getBoundingClientRect(); return r && r.left === 0; })()`);
    await expect(dialog.evaluate((d) => d.getBoundingClientRect().right)).resolves.toBeLessThanOrEqual(PANE_WIDTH);
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBe(PANE_WIDTH);
    await screenshot(page, 'settings-350');
  });

  it('works from the keyboard alone: check, then go to a finding and open its cell', async () => {
    const page = await open();
    const focused = (attr: string) => page.evaluate(`document.activeElement?.getAttribute(${JSON.stringify(attr)}) ?? null`) as Promise<string | null>;
    const tabTo = async (testId: string) => {
      for (let i = 0; i < 60; i++) {
        if ((await focused('data-testid')) === testId) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${testId}`);
    };
    await tabTo('check');
    await page.keyboard.press('Enter');
    await page.getByTestId('status').filter({ hasText: '检查完成' }).waitFor();

    await tabTo('group-header');
    await page.keyboard.press('Enter');
    await tabTo('finding');
    const first = await focused('data-cell');
    await page.keyboard.press('ArrowDown');
    const second = await focused('data-cell');
    expect(second).not.toBeNull();
    expect(await focused('data-testid')).toBe('finding');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('name-box').textContent()).resolves.toBe(second?.split('!')[1]);
    expect(first).not.toBeNull();
  });
});
