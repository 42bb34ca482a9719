/** Reading and typing into the harness's drawn workbook, as a person would see and use it. */
import type { Locator, Page } from 'playwright-core';
import { parseCellAddress } from '../../src/core/address';

export interface DrawnCell {
  cell: string;
  text: string;
  fill: string | null;
  note: string | null;
}

export function gridCell(page: Page, sheet: string, address: string): Locator {
  return page.locator(`table[data-sheet="${sheet}"] td[data-cell="${address}"]`);
}

export function sheetTab(page: Page, sheet: string): Locator {
  return page.getByRole('tablist', { name: /工作表/ }).getByRole('tab', { name: sheet, exact: true });
}

export async function showSheet(page: Page, sheet: string): Promise<void> {
  await sheetTab(page, sheet).click();
  await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
}

/** Every drawn cell of one sheet with content, a fill or a note. */
export async function drawnSheet(page: Page, sheet: string): Promise<DrawnCell[]> {
  await showSheet(page, sheet);
  return page.locator(`table[data-sheet="${sheet}"] td`).evaluateAll((tds) =>
    tds
      .map((td) => ({
        cell: td.getAttribute('data-cell') ?? '',
        text: td.textContent ?? '',
        fill: td.getAttribute('data-fill'),
        note: td.getAttribute('data-note'),
      }))
      .filter((c) => c.text !== '' || c.fill !== null || c.note !== null));
}

export async function sheetNames(page: Page): Promise<string[]> {
  return page.getByRole('tablist', { name: /工作表/ }).getByRole('tab').allTextContents();
}

/** All sheets as drawn, tab by tab, ending on `back`. */
export async function drawnWorkbook(page: Page, back: string): Promise<Record<string, DrawnCell[]>> {
  const out: Record<string, DrawnCell[]> = {};
  for (const name of await sheetNames(page)) out[name] = await drawnSheet(page, name);
  await showSheet(page, back);
  return out;
}

/** Double-clicks a cell, types `input` into its editor and presses Enter, as a person edits a cell. */
export async function typeInto(page: Page, sheet: string, address: string, input: string): Promise<void> {
  await gridCell(page, sheet, address).dblclick();
  const editor = page.getByLabel(`编辑 ${address}`, { exact: true });
  await editor.fill(input);
  await editor.press('Enter');
  await editor.waitFor({ state: 'detached' });
}

/** The address of the cell in `row` showing exactly `text`, e.g. the 实际完成值 header the add-in wrote. */
export async function addressInRow(page: Page, sheet: string, row: number, text: string): Promise<string> {
  const cells = page.locator(`table[data-sheet="${sheet}"] td[data-cell$="${row}"]`).filter({ hasText: new RegExp(`^${text}$`) });
  const addresses = (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cell') ?? '')))
    .filter((a) => parseCellAddress(a).row === row);
  if (addresses.length !== 1) throw new Error(`row ${row} of ${sheet} has ${addresses.length} cells showing ${text}`);
  return addresses[0] ?? '';
}

/**
 * Runs `work` on the drawn workbook of a page opened as narrow as a pane alone (the harness then
 * hides the workbook): the window is widened for it, then narrowed back, the pane keeping its state.
 */
export async function inWideWindow<T>(page: Page, work: () => Promise<T>): Promise<T> {
  const narrow = page.viewportSize();
  await page.setViewportSize({ width: 1400, height: narrow?.height ?? 900 });
  try {
    return await work();
  } finally {
    if (narrow) await page.setViewportSize(narrow);
  }
}

/** The first row at or below `from` with a cell showing exactly `text`. */
export async function rowShowing(page: Page, sheet: string, from: number, text: string): Promise<number> {
  const rows = await page.locator(`table[data-sheet="${sheet}"] td`).filter({ hasText: new RegExp(`^${text}$`) })
    .evaluateAll((tds) => tds.map((td) => Number(/\d+$/.exec(td.getAttribute('data-cell') ?? '')?.[0])));
  const row = rows.filter((r) => r >= from).sort((a, b) => a - b)[0];
  if (row === undefined) throw new Error(`no cell showing ${text} from row ${from} of ${sheet}`);
  return row;
}
