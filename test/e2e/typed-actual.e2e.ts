/**
 * A 实际完成值 typed with 自动检查 on, at 320 and 350 px: the table is counted (已填 1/n) and not
 * graded, and a finding about the typed value (ten times its target: over-achieved) sits on the
 * 实际完成值 cell itself, so selecting it lands there (never on the 指标值 beside it).
 */
import { cellAddress, parseCellAddress } from '../../src/core/address';
import { screenshot } from './harness-browser';
import { addressInRow, gridCell, inWideWindow, rowShowing, typeInto } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { expandAll, runCheck } from './pane';

const suite = harnessSuite({ openEach: false });

describe('a typed 实际完成值 in the browser harness', () => {
  for (const width of [320, 350]) {
    it(`is counted and its finding selects its own cell, at ${width} px`, async () => {
      const page = await suite.open({ delay: '150' }, width);
      const table = suite.expected().tables.find((t) => t.kind === 'project');
      if (!table) throw new Error('the sample has no project table');
      await runCheck(page);
      await page.getByRole('switch', { name: '自动检查' }).check();

      const [first, last] = table.range.split(':').map((a) => parseCellAddress(a).row) as [number, number];
      const { actual, rows } = await inWideWindow(page, async () => {
        const header = await rowShowing(page, table.sheet, first, '实际完成值');
        const actualCol = parseCellAddress(await addressInRow(page, table.sheet, header, '实际完成值')).col;
        const targetCol = parseCellAddress(await addressInRow(page, table.sheet, header, '指标值')).col;
        let set = 0;
        for (let row = header + 1; row <= last; row++) {
          if (((await gridCell(page, table.sheet, cellAddress(row, targetCol)).textContent()) ?? '').trim() !== '') set++;
        }
        const cell = cellAddress(header + 1, actualCol);
        const target = Number(/\d+(\.\d+)?/.exec((await gridCell(page, table.sheet, cellAddress(header + 1, targetCol)).textContent()) ?? '')?.[0]);
        if (!(target > 0)) throw new Error('the first indicator of the sample has no number to over-achieve');
        await typeInto(page, table.sheet, cell, String(target * 10));
        return { actual: cell, rows: set };
      });

      const group = page.locator(`[data-testid="table-group"][data-table-id="${table.id}"]`);
      await group.getByTestId('table-score').filter({ hasText: `已填 1/${rows}` }).waitFor();
      await expandAll(page);
      const finding = page.locator(`[data-testid="finding"][data-rule="indicator.over-achievement"][data-cell="${table.sheet}!${actual}"]`);
      await finding.waitFor();
      await finding.click();
      await page.waitForFunction(([cell]) => document.querySelector('[data-testid="name-box"]')?.textContent === cell, [actual]);
      await expect(gridCell(page, table.sheet, actual).getAttribute('aria-selected')).resolves.toBe('true');
      await screenshot(page, `typed-actual-${width}`);
    });
  }
});
