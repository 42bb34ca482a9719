/**
 * The ribbon's buttons in the harness, run through the same shared-runtime commands Excel binds:
 * 检查表格 checks and writes without the pane and says what it found in a notice, which an open pane
 * also shows; 清除检查结果 puts every sheet back; 检查面板 shows and hides the pane.
 */
import { SUMMARY_SHEET } from '../../src/core/plan/write-plan';
import { screenshot } from './harness-browser';
import { drawnWorkbook, sheetNames } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { counts } from './pane';

const PROJECT_SHEET = '项目绩效目标表';

const suite = harnessSuite();

describe('the ribbon group 开始 › 绩效目标表', () => {
  it('checks with one click, says what it found, and undoes it all with one more', async () => {
    const page = suite.page();
    const expected = suite.expected();
    const ribbon = page.getByRole('toolbar', { name: /绩效目标表/ });
    const before = await drawnWorkbook(page, PROJECT_SHEET);
    const { errors, warnings, infos, tables } = expected.summary;

    await ribbon.getByRole('button', { name: '检查表格' }).click();
    const notice = page.getByTestId('notice-window');
    await expect(notice.getByTestId('notice-text').textContent()).resolves.toBe(
      `检查完成：${errors} 个错误，${warnings} 个警告，${infos} 个提示，共 ${tables} 张表`,
    );
    await screenshot(page, 'ribbon-check');
    // The open pane shows what the ribbon's check found, without checking again.
    expect(await counts(page)).toEqual(expected.summary);
    await expect(sheetNames(page)).resolves.toContain(SUMMARY_SHEET);

    await notice.getByTestId('notice-text').click();
    await notice.waitFor({ state: 'detached' });

    await ribbon.getByRole('button', { name: '清除检查结果' }).click();
    await expect(notice.getByTestId('notice-text').textContent()).resolves.toBe('已清除检查结果');
    await page.getByRole('button', { name: '关闭 Close' }).click();
    await expect(drawnWorkbook(page, PROJECT_SHEET)).resolves.toEqual(before);
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);

    await ribbon.getByRole('button', { name: '清除检查结果' }).click();
    await expect(notice.getByTestId('notice-text').textContent()).resolves.toBe('没有需要清除的检查结果');
  });

  it('shows and hides the pane with 检查面板', async () => {
    const page = suite.page();
    const toggle = page.getByRole('toolbar', { name: /绩效目标表/ }).getByRole('button', { name: '检查面板' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(page.getByTestId('pane').isHidden()).resolves.toBe(true);
    await toggle.click();
    await expect(page.getByTestId('pane').isVisible()).resolves.toBe(true);
  });
});
