/**
 * 自动检查 in the harness: with it on, what a person types into the grid is checked again after the
 * debounce: actual values are counted (已填 1/9) until every row has one, then score the table (the
 * pane's grade and the sheet's live formulas agree),
 * and a mistake typed away loses its finding and its flag.
 */
import { cellAddress, parseCellAddress } from '../../src/core/address';
import { FILL } from '../../src/core/plan/write-plan';
import type { Report } from '../../src/core/report';
import { screenshot } from './harness-browser';
import { addressInRow, gridCell, rowShowing, typeInto } from './harness-grid';
import { harnessSuite } from './harness-suite';
import { counts, expandAll, gradeCounts, runCheck } from './pane';

/** Short, so the tests do not wait out the pane's default debounce. */
const DELAY_MS = '150';

const suite = harnessSuite({
  openEach: { delay: DELAY_MS },
  prepare: async (page) => {
    await runCheck(page);
    await page.getByRole('switch', { name: '自动检查' }).check();
  },
});

const rowOf = (address: string) => parseCellAddress(address).row;
/** The cell `rows` below and `cols` right of `address`. */
const offset = (address: string, rows: number, cols: number) => {
  const { row, col } = parseCellAddress(address);
  return cellAddress(row + rows, col + cols);
};
const numberIn = (text: string) => Number(/-?\d+(\.\d+)?/.exec(text)?.[0]);

function firstProjectTable(report: Report) {
  const table = report.tables.find((t) => t.kind === 'project');
  if (!table) throw new Error('the sample has no project table');
  return table;
}

describe('自动检查 in the browser harness', () => {
  it('counts the actual values typed (已填 1/9) and scores the table once all are, in the pane and in the sheet alike', async () => {
    const page = suite.page();
    const expected = suite.expected();
    const table = firstProjectTable(expected);
    const group = page.locator(`[data-testid="table-group"][data-table-id="${table.id}"]`);
    const ungraded = (await gradeCounts(page))['未评分'] ?? 0;
    expect(ungraded).toBe(expected.tables.filter((t) => t.kind === 'project' && t.grade === undefined).length + expected.tables.filter((t) => t.kind === 'department').length);
    await expect(group.textContent()).resolves.not.toMatch(/分（|已填/);

    // The header row the add-in extended with 实际完成值 and 得分; the indicator rows under it, each with a 指标值.
    const [first, last] = table.range.split(':').map(rowOf) as [number, number];
    const header = await rowShowing(page, table.sheet, first, '实际完成值');
    const [actualCol, targetCol, scoreCol] = await Promise.all(['实际完成值', '指标值', '得分'].map(async (h) => parseCellAddress(await addressInRow(page, table.sheet, header, h)).col));
    const rows: { actual: string; targetText: string }[] = [];
    for (let row = header + 1; row <= last; row++) {
      const targetText = ((await gridCell(page, table.sheet, cellAddress(row, targetCol as number)).textContent()) ?? '').trim();
      if (targetText !== '') rows.push({ actual: cellAddress(row, actualCol as number), targetText });
    }
    // The target's own number meets it (≥, ≤ and = alike), a level word a qualitative one: full points for the row.
    const meeting = (targetText: string) => (/\d/.test(targetText) ? String(numberIn(targetText)) : '达成');
    const totalCell = offset(await addressInRow(page, table.sheet, await rowShowing(page, table.sheet, first, '总分'), '总分'), 0, 1);
    const gradeCell = offset(await addressInRow(page, table.sheet, await rowShowing(page, table.sheet, first, '等级'), '等级'), 0, 1);
    const paneScore = group.getByTestId('table-score');

    // One of them typed: the table is counted, not graded (a partial sum would read 差), in both places.
    const [one, ...rest] = rows;
    await typeInto(page, table.sheet, one?.actual ?? '', meeting(one?.targetText ?? ''));
    const partly = `已填 1/${rows.length}`;
    await paneScore.filter({ hasText: partly }).waitFor();
    await expect(gridCell(page, table.sheet, totalCell).textContent()).resolves.toBe(partly);
    await expect(gridCell(page, table.sheet, gradeCell).textContent()).resolves.toBe('');
    expect((await gradeCounts(page))['未评分']).toBe(ungraded);
    await screenshot(page, 'actual-typed-partly');

    for (const r of rest) await typeInto(page, table.sheet, r.actual, meeting(r.targetText));
    await paneScore.filter({ hasText: /分（/ }).waitFor();
    const grades = await gradeCounts(page);
    expect(grades['未评分']).toBe(ungraded - 1);
    expect(Object.values(grades).reduce((a, b) => a + b, 0)).toBe(expected.tables.length);

    // The sheet's formulas score each row and total it as the engine does.
    const rowScores = await Promise.all(rows.map(async (r) => numberIn((await gridCell(page, table.sheet, cellAddress(rowOf(r.actual), scoreCol as number)).textContent()) ?? '')));
    expect(rowScores.every((x) => x > 0)).toBe(true);
    const paneTotal = numberIn((await paneScore.textContent()) ?? '');
    const sheetTotal = numberIn((await gridCell(page, table.sheet, totalCell).textContent()) ?? '');
    expect(sheetTotal).toBeCloseTo(paneTotal, 1);
    expect(sheetTotal).toBeCloseTo(rowScores.reduce((a, b) => a + b, 0), 5);
    const paneGrade = /分（(.)）/.exec((await paneScore.textContent()) ?? '')?.[1];
    await expect(gridCell(page, table.sheet, gradeCell).textContent()).resolves.toBe(paneGrade);
    await screenshot(page, 'actual-typed');

    // Spending the whole budget adds the 预算执行率 points (10) in both places.
    const budget = offset(await addressInRow(page, table.sheet, await rowShowing(page, table.sheet, first, '预算数'), '预算数'), 0, 1);
    const spent = offset(await addressInRow(page, table.sheet, await rowShowing(page, table.sheet, first, '全年执行数'), '全年执行数'), 0, 1);
    await typeInto(page, table.sheet, spent, String(numberIn((await gridCell(page, table.sheet, budget).textContent()) ?? '')));
    // Once the pane shows the re-check's score, the sheet (rewritten in full by a host without re-checks of changes) has it too.
    await paneScore.filter({ hasText: new RegExp(`^${Math.round((paneTotal + 10) * 10) / 10} 分（`) }).waitFor();
    await expect(gridCell(page, table.sheet, totalCell).textContent().then((t) => numberIn(t ?? ''))).resolves.toBeCloseTo(sheetTotal + 10, 5);
  });

  it('drops a finding and its flag when the mistake is typed away', async () => {
    const page = suite.page();
    const expected = suite.expected();
    const mistake = expected.findings.find((f) => f.rule === 'required.template-text' && f.severity === 'error');
    if (!mistake) throw new Error('the sample has no template text left in');
    const same = expected.findings.filter((f) => f.sheet === mistake.sheet && f.cell === mistake.cell);
    const item = page.locator(`[data-testid="finding"][data-cell="${mistake.sheet}!${mistake.cell}"]`);
    await expandAll(page);
    await expect(item.count()).resolves.toBe(same.length);
    await expect(gridCell(page, mistake.sheet, mistake.cell).getAttribute('data-fill')).resolves.toBe(`#${FILL.error.slice(2)}`);
    const errors = (await counts(page)).errors;

    await typeInto(page, mistake.sheet, mistake.cell, '按时足额发放三线铁路建设民兵生活补贴，保障民兵队伍稳定');

    await item.first().waitFor({ state: 'detached' });
    await expect(page.getByTestId('count-errors').textContent()).resolves.toBe(String(errors - same.filter((f) => f.severity === 'error').length));
    const td = gridCell(page, mistake.sheet, mistake.cell);
    await expect(td.getAttribute('data-fill')).resolves.toBeNull();
    await expect(td.getAttribute('data-note')).resolves.toBeNull();
    await screenshot(page, 'mistake-typed-away');
  });
});
