/**
 * A large workbook in the harness (the sample's project sheet eight times over): the pane shows
 * each stage of the check as it goes, and ends with the counts of every table.
 */
import { LARGE_COPIES } from '../../scripts/build-harness-workbook';
import { screenshot } from './harness-browser';
import { harnessSuite } from './harness-suite';
import { counts } from './pane';

const suite = harnessSuite({ openEach: { workbook: 'large-workbook.json' } });

describe('a large workbook in the browser harness', () => {
  it('shows the check’s progress stage by stage, then the counts of all its tables', async () => {
    const page = suite.page();
    const expected = suite.expected();
    // Every text the progress line shows, in order, however briefly.
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
    const stage = (word: string) => seen.findIndex((t) => t.includes(word));
    expect(stage('正在读取工作表')).toBeGreaterThanOrEqual(0);
    expect(stage('正在检查表格')).toBeGreaterThan(stage('正在读取工作表'));
    expect(stage('正在写入检查结果')).toBeGreaterThan(stage('正在检查表格'));
    await expect(page.getByTestId('check-progress').count()).resolves.toBe(0);

    const projects = expected.tables.filter((t) => t.kind === 'project').length;
    const departments = expected.tables.filter((t) => t.kind === 'department').length;
    expect((await counts(page)).tables).toBe(projects * LARGE_COPIES + departments);
    await screenshot(page, 'large-workbook-checked', '[data-testid="pane"]');
  });
});
