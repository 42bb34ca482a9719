/**
 * The findings as a work list in the harness: groups closed to one line with their counts, opened
 * one by one or all at once, 上一个 / 下一个 selecting each error's cell then each warning's, the
 * 错误 chip showing the errors alone; at the 350 px a pane has by default and at 320 px.
 */
import { parseCellAddress } from '../../src/core/address';
import type { Report } from '../../src/core/report';
import { screenshot } from './harness-browser';
import { gridCell, sheetTab } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { expandAll, overflow, runCheck } from './pane';

const suite = harnessSuite({ openEach: false });

type Finding = Report['findings'][number];

/** Every error, then every warning: tables in the report's order, cells in reading order, a rule's cell once. */
function expectedWalk(report: Report): Finding[] {
  const order = new Map(report.tables.map((t, i) => [t.id, i]));
  const cell = (f: Finding) => parseCellAddress(f.cell);
  const seen = new Set<string>();
  return (['error', 'warning'] as const).flatMap((severity) =>
    report.findings
      .filter((f) => f.severity === severity)
      .sort((a, b) => (order.get(a.table) ?? 0) - (order.get(b.table) ?? 0) || cell(a).row - cell(b).row || cell(a).col - cell(b).col))
    .filter((f) => {
      const key = `${f.rule}@${f.sheet}!${f.cell}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

describe('the work list in the browser harness', () => {
  it('shows one closed line per table with its counts, and opens them', async () => {
    const page = await suite.open();
    const expected = suite.expected();
    await runCheck(page);
    const tables = [...new Set(expected.findings.map((f) => f.table))];
    await expect(page.getByTestId('group-header').count()).resolves.toBe(tables.length);
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);
    // Each line carries its table's counts.
    const first = page.getByTestId('table-group').first();
    const id = (await first.getAttribute('data-table-id')) ?? '';
    const own = expected.findings.filter((f) => f.table === id);
    for (const severity of ['error', 'warning', 'info'] as const) {
      const n = own.filter((f) => f.severity === severity).length;
      await expect(first.getByTestId(`group-count-${severity}`).count()).resolves.toBe(n > 0 ? 1 : 0);
      if (n > 0) await expect(first.getByTestId(`group-count-${severity}`).textContent()).resolves.toBe(String(n));
    }
    await first.getByTestId('group-header').click();
    await expect(first.getByTestId('finding').count()).resolves.toBe(own.length);
    await first.getByTestId('group-header').click();
    await expect(first.getByTestId('finding').count()).resolves.toBe(0);

    await expandAll(page);
    await expect(page.getByTestId('finding').count()).resolves.toBe(expected.findings.length);
    await page.getByTestId('expand-all').click();
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);

    await page.getByTestId('group-by-rule').click();
    await expect(page.getByTestId('rule-group').count()).resolves.toBe(new Set(expected.findings.map((f) => f.rule)).size);
    await expect(page.getByTestId('group-by-rule').getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('walks every error, then every warning, selecting each cell in turn and marking the finding', async () => {
    const page = await suite.open();
    const expected = suite.expected();
    await runCheck(page);
    const walk = expectedWalk(expected);
    const errors = walk.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(1);
    await expect(page.getByTestId('walk-position').textContent()).resolves.toBe(`—/${walk.length}`);
    const next = page.getByTestId('walk-next');
    for (const [i, f] of walk.slice(0, errors + 2).entries()) {
      await next.click();
      await expect(page.getByTestId('walk-position').textContent()).resolves.toBe(`${i + 1}/${walk.length}`);
      await page.waitForFunction(([cell]) => document.querySelector('[data-testid="name-box"]')?.textContent === cell, [f.cell]);
      await expect(sheetTab(page, f.sheet).getAttribute('aria-selected')).resolves.toBe('true');
      await expect(gridCell(page, f.sheet, f.cell).getAttribute('aria-selected')).resolves.toBe('true');
      const current = page.locator('[data-current="true"] [data-testid="finding"]');
      await expect(current.getAttribute('data-cell')).resolves.toBe(`${f.sheet}!${f.cell}`);
      await expect(current.getAttribute('data-rule')).resolves.toBe(f.rule);
      // The button keeps the focus, so Enter goes on walking.
      await expect(page.evaluate('document.activeElement?.getAttribute("data-testid")')).resolves.toBe('walk-next');
    }
    await page.getByTestId('walk-previous').click();
    const back = walk[errors] as Finding;
    await page.waitForFunction(([cell]) => document.querySelector('[data-testid="name-box"]')?.textContent === cell, [back.cell]);
    await expect(page.getByTestId('walk-position').textContent()).resolves.toBe(`${errors + 1}/${walk.length}`);
    await screenshot(page, 'work-list-walking');
  });

  it('shows the errors alone when 错误 is pressed, and everything again when it is released', async () => {
    const page = await suite.open();
    const expected = suite.expected();
    await runCheck(page);
    const chip = page.getByTestId('filter-error');
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('false');
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByTestId('filter-warning').getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByTestId('group-header').count()).resolves.toBe(new Set(expected.findings.filter((f) => f.severity === 'error').map((f) => f.table)).size);
    await expandAll(page);
    const shown = await page.getByTestId('finding').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-severity')));
    expect(shown).toEqual(expected.findings.filter((f) => f.severity === 'error').map(() => 'error'));
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(page.getByTestId('group-header').count()).resolves.toBe(new Set(expected.findings.map((f) => f.table)).size);
  });

  for (const width of [320, 350]) {
    it(`fits ${width} px with the counts, the filter and the first groups on the first screen`, async () => {
      const page = await suite.open({}, width);
      await runCheck(page);
      await expect(overflow(page)).resolves.toBeLessThanOrEqual(0.5);
      const height = await page.evaluate('window.innerHeight') as number;
      for (const id of ['count-errors', 'filter-error', 'filter-info', 'walk-next']) {
        const box = await page.getByTestId(id).boundingBox();
        expect([id, box !== null && box.y + box.height <= height]).toEqual([id, true]);
      }
      const firstGroup = await page.getByTestId('group-header').first().boundingBox();
      expect(firstGroup !== null && firstGroup.y + firstGroup.height <= height).toBe(true);
      await screenshot(page, `work-list-${width}`);
      // Scrolled down, the counts in the chips and 上一个 / 下一个 stay at the top of the pane.
      await page.getByTestId('group-header').last().scrollIntoViewIfNeeded();
      const toolbar = await page.getByTestId('findings-toolbar').boundingBox();
      expect(toolbar !== null && toolbar.y >= 0 && toolbar.y < 2).toBe(true);
      await screenshot(page, `work-list-${width}-scrolled`);
    });
  }
});
