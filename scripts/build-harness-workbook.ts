/**
 * Builds the browser harness's starting workbook: reads an .xlsx with the command line's own
 * reader (values, displayed text and number formats as the check sees them, merged areas) plus the
 * look of each cell (solid fill, bold, wrap) and the column widths, and writes it as a
 * `WorkbookSeed` JSON.
 *
 * Usage: tsx scripts/build-harness-workbook.ts [out.json] [in.xlsx]
 * (defaults: dist-harness/sample-workbook.json, samples/绩效目标表-汇总.xlsx). With the defaults it
 * also writes dist-harness/large-workbook.json: the sample with its project sheet repeated, for
 * seeing the pane's progress on a large workbook (`harness.html?workbook=large-workbook.json`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { fillToRestore, widthToPoints } from '../src/excel/fill-codec';
import { WorkbookSeedSchema, type SeedCell, type SeedSheet, type WorkbookSeed } from '../src/harness/workbook-seed';
import { loadWorkbookFile } from '../src/xlsx/open-workbook';
import { snapshotWorksheet } from '../src/xlsx/read-snapshot';

const ROOT = join(__dirname, '..');
const DEFAULT_OUT = join(ROOT, 'dist-harness', 'sample-workbook.json');
const DEFAULT_IN = join(ROOT, 'samples', '绩效目标表-汇总.xlsx');
const LARGE_OUT = join(ROOT, 'dist-harness', 'large-workbook.json');
/** Copies of the sample's project sheet in the large workbook: 8 × 39 project tables. */
export const LARGE_COPIES = 8;

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

type Look = Pick<SeedCell, 'fill' | 'bold' | 'wrap' | 'formula'>;

/** Fill, bold, wrap and formula of every cell that has one; a merged area's look is its top-left cell's. */
function looks(ws: ExcelJS.Worksheet): Map<string, Look> {
  const out = new Map<string, Look>();
  // find* rather than each*: ExcelJS's iterators skip cells that hold only a style, and its get* create what they do not find.
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    for (let c = 1; c <= (row?.cellCount ?? 0); c++) {
      const cell = row?.findCell(c);
      if (!cell || (cell.isMerged && cell.master !== cell)) continue;
      const look: Look = {};
      const fill = fillToRestore(cell.fill);
      if (fill) look.fill = fill.color.toUpperCase();
      if (cell.font?.bold) look.bold = true;
      if (cell.alignment?.wrapText) look.wrap = true;
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) look.formula = cell.formula;
      if (Object.keys(look).length > 0) out.set(`${r},${c}`, look);
    }
  }
  return out;
}

export function seedSheet(ws: ExcelJS.Worksheet): SeedSheet {
  const snapshot = snapshotWorksheet(ws);
  const styled = looks(ws);
  const cells: SeedCell[] = [];
  snapshot.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const row = snapshot.origin.row + r;
      const col = snapshot.origin.col + c;
      const text = snapshot.text[r]?.[c] ?? '';
      const numberFormat = snapshot.formats[r]?.[c] ?? 'General';
      const look = styled.get(`${row},${col}`) ?? {};
      styled.delete(`${row},${col}`);
      if (value === null && numberFormat === 'General' && Object.keys(look).length === 0) return;
      const cell: SeedCell = { row, col, value, ...look };
      // Text only where the value as a string would not show the same (dates, percentages, decimals).
      if (text !== '' && text !== String(value)) cell.text = text;
      if (numberFormat !== 'General') cell.numberFormat = numberFormat;
      cells.push(cell);
    });
  });
  // Cells outside the used range that carry only a look.
  for (const [key, look] of styled) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    cells.push({ row, col, value: null, ...look });
  }
  const widths = (ws.columns ?? []).flatMap((column, i) => (column.width ? [{ col: i + 1, points: widthToPoints(column.width) }] : []));
  return { name: ws.name, visibility: VISIBILITY[ws.state], cells, merges: snapshot.merges, widths };
}

export function seedFromWorkbook(wb: ExcelJS.Workbook, fileName?: string): WorkbookSeed {
  return WorkbookSeedSchema.parse({ fileName, sheets: wb.worksheets.map(seedSheet) });
}

/** The seed with its first sheet repeated `copies` times (named 1…n after it), the other sheets once. */
export function repeatFirstSheet(seed: WorkbookSeed, copies: number): WorkbookSeed {
  const [first, ...rest] = seed.sheets;
  if (!first) return seed;
  const repeated = Array.from({ length: copies }, (_, i) => ({ ...first, name: `${first.name}${i + 1}` }));
  return { ...seed, fileName: `large-${seed.fileName ?? 'workbook.xlsx'}`, sheets: [...repeated, ...rest] };
}

function write(out: string, seed: WorkbookSeed): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(seed));
  console.log(`${out}: ${seed.sheets.map((s) => `${s.name} (${s.cells.length} cells)`).join(', ')}`);
}

async function main(): Promise<void> {
  const [out, input = DEFAULT_IN] = process.argv.slice(2);
  const seed = seedFromWorkbook(await loadWorkbookFile(input), basename(input));
  write(out ?? DEFAULT_OUT, seed);
  if (out === undefined) write(LARGE_OUT, repeatFirstSheet(seed, LARGE_COPIES));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
