/**
 * 应用建议 in the harness: one finding's fix, then every fix of one rule; the cells then read the
 * suggestions, the fixed findings are gone after the automatic re-check, and the counts drop by them.
 */
import type { Page } from 'playwright-core';
import type { Report } from '../../src/core/report';
import { screenshot } from './harness-browser';
import { gridCell, showSheet } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { counts, expandAll, runCheck } from './pane';

const suite = harnessSuite({
  prepare: async (page) => {
    await runCheck(page);
    await expandAll(page);
  },
});

type Finding = Report['findings'][number];
const severityCount = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

function findingItem(page: Page, f: Finding) {
  return page.locator(`[data-testid="finding"][data-rule="${f.rule}"][data-cell="${f.sheet}!${f.cell}"]`);
}

describe('应用建议 in the browser harness', () => {
  it('writes one suggestion into its cell and re-checks the table', async () => {
    const page = suite.page();
    const expected = suite.expected();
    const fix = expected.findings.find((f) => f.suggestion !== undefined && !expected.findings.some((g) => g !== f && g.sheet === f.sheet && g.cell === f.cell));
    if (!fix?.suggestion) throw new Error('the sample has no fixable finding alone in its cell');
    const before = await counts(page);
    await showSheet(page, fix.sheet);
    await expect(gridCell(page, fix.sheet, fix.cell).textContent()).resolves.not.toBe(fix.suggestion);

    const item = findingItem(page, fix);
    // The button's accessible name says which cell gets which text, for a screen reader.
    await page.getByRole('button', { name: `应用建议：把 ${fix.sheet}!${fix.cell} 改为“${fix.suggestion}”`, exact: true }).click();

    await item.waitFor({ state: 'detached' });
    await expect(gridCell(page, fix.sheet, fix.cell).textContent()).resolves.toBe(fix.suggestion);
    const key = severityCount[fix.severity];
    await expect(counts(page)).resolves.toEqual({ ...before, [key]: before[key] - 1 });
  });

  it('applies every suggestion of one rule at once', async () => {
    const page = suite.page();
    const expected = suite.expected();
    const button = page.getByTestId('bulk-fixes').getByTestId('apply-rule-fixes').first();
    const rule = await button.getAttribute('data-rule');
    const fixes = expected.findings.filter((f) => f.rule === rule && f.suggestion !== undefined);
    expect(fixes.length).toBeGreaterThan(1);
    await expect(button.textContent()).resolves.toContain(String(fixes.length));
    const before = await counts(page);

    await button.click();
    // 全部应用 asks once (batch-fixes.e2e.ts tests the dialog itself).
    await page.getByTestId('confirm-fixes').click();

    await page.locator(`[data-testid="finding"][data-rule="${rule}"]`).first().waitFor({ state: 'detached', timeout: 60_000 });
    await expect(page.locator(`[data-testid="finding"][data-rule="${rule}"]`).count()).resolves.toBe(0);
    for (const sheet of new Set(fixes.map((f) => f.sheet))) {
      await showSheet(page, sheet);
      for (const f of fixes.filter((x) => x.sheet === sheet)) await expect(gridCell(page, f.sheet, f.cell).textContent()).resolves.toBe(f.suggestion);
    }
    const after = await counts(page);
    for (const severity of ['error', 'warning', 'info'] as const) {
      const key = severityCount[severity];
      expect(after[key]).toBe(before[key] - fixes.filter((f) => f.severity === severity).length);
    }
    await screenshot(page, 'rule-fixes-applied');
  });
});
