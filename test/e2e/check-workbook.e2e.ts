/**
 * 检查表格 in the harness: the counts and findings the pane shows are the engine's own on the sample
 * workbook (computed here in Node from the .xlsx), the grid shows the flags, a finding selects its
 * cell, and 清除检查结果 brings every sheet back as it was.
 */
import { parseCellAddress } from '../../src/core/address';
import { FILL, SUMMARY_SHEET } from '../../src/core/plan/write-plan';
import { screenshot } from './harness-browser';
import { drawnWorkbook, gridCell, sheetNames } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { counts, expandAll, runCheck } from './pane';

const PROJECT_SHEET = '项目绩效目标表';

const suite = harnessSuite();

const argb = (fill: string) => `#${fill.slice(2)}`;

describe('检查表格 in the browser harness', () => {
  it('shows the counts and the findings the engine computes, and flags the cells in the sheet', async () => {
    const page = suite.page();
    const expected = suite.expected();
    await runCheck(page);

    expect(await counts(page)).toEqual(expected.summary);
    await expect(page.getByTestId('status').textContent()).resolves.toBe(
      `检查完成：${expected.summary.errors} 个错误，${expected.summary.warnings} 个警告，${expected.summary.infos} 个提示，共 ${expected.summary.tables} 张表`,
    );

    const tablesWithFindings = new Set(expected.findings.map((f) => f.table));
    await expect(page.getByTestId('table-group').count()).resolves.toBe(tablesWithFindings.size);

    // The groups start closed, one line each; the first one opened lists exactly its table's findings.
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);
    const first = page.getByTestId('table-group').first();
    await first.getByTestId('group-header').click();
    await expect(first.getByTestId('group-header').getAttribute('aria-expanded')).resolves.toBe('true');
    const tableId = await first.getAttribute('data-table-id');
    const shown = await first.getByTestId('finding').evaluateAll((items) =>
      items.map((i) => `${i.getAttribute('data-rule')}@${i.getAttribute('data-cell')}`).sort());
    const own = expected.findings.filter((f) => f.table === tableId).map((f) => `${f.rule}@${f.sheet}!${f.cell}`).sort();
    expect(shown).toEqual(own);
    expect(own.length).toBeGreaterThan(0);

    // Every finding of that table is on its cell: the most severe one's colour, each one in the note.
    for (const f of expected.findings.filter((x) => x.table === tableId)) {
      const td = gridCell(page, f.sheet, f.cell);
      await expect(td.getAttribute('data-note')).resolves.toContain(`${f.message}`);
      await expect(td.getAttribute('data-note')).resolves.toContain(`[${f.rule}]`);
      if (f.severity === 'error') await expect(td.getAttribute('data-fill')).resolves.toBe(argb(FILL.error));
    }

    // The score columns and the summary sheet are there.
    const table = expected.tables.find((t) => t.id === tableId);
    expect(table?.sheet).toBe(PROJECT_SHEET);
    await expect(sheetNames(page)).resolves.toContain(SUMMARY_SHEET);
    await screenshot(page, 'check-zh');
    await screenshot(page, 'check-zh-pane', '[data-testid="pane"]');
  });

  it('selects the cell of a finding clicked in the pane, scrolling the sheet to it', async () => {
    const page = suite.page();
    const expected = suite.expected();
    await runCheck(page);
    const far = expected.findings.filter((f) => f.sheet === PROJECT_SHEET).sort((a, b) => parseCellAddress(b.cell).row - parseCellAddress(a.cell).row)[0];
    if (!far) throw new Error('the sample has no finding on the project sheet');
    await expandAll(page);

    const item = page.locator(`[data-testid="finding"][data-cell="${far.sheet}!${far.cell}"][data-rule="${far.rule}"]`).first();
    await item.scrollIntoViewIfNeeded();
    await item.click();

    await expect(page.getByTestId('name-box').textContent()).resolves.toBe(far.cell);
    const td = gridCell(page, far.sheet, far.cell);
    await expect(td.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('td[aria-selected="true"]').count()).resolves.toBe(1);
    const [box, view] = await Promise.all([td.boundingBox(), page.getByTestId('grid').boundingBox()]);
    expect(box && view && box.y >= view.y && box.y + box.height <= view.y + view.height).toBe(true);
    await screenshot(page, 'finding-selected');
  });

  it('clears everything it wrote: every sheet is drawn as before the check', async () => {
    const page = suite.page();
    const expected = suite.expected();
    const before = await drawnWorkbook(page, PROJECT_SHEET);
    await runCheck(page);
    const checked = await drawnWorkbook(page, PROJECT_SHEET);
    expect(checked).not.toEqual(before);
    const written = (drawn: typeof before) => (drawn[PROJECT_SHEET] ?? []).filter((c) => c.text === '实际完成值').length;
    expect(written(before)).toBe(0);
    expect(written(checked)).toBe(expected.tables.filter((t) => t.sheet === PROJECT_SHEET && t.kind === 'project').length);

    await page.getByTestId('pane').getByRole('button', { name: '清除检查结果' }).click();
    await page.getByTestId('notice').filter({ hasText: '已清除检查结果' }).waitFor();
    await expect(drawnWorkbook(page, PROJECT_SHEET)).resolves.toEqual(before);
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);
  });
});
