import JSZip from 'jszip';
import { parseCellAddress } from '../core/address';
import { inputError, tooLargeError } from './input-error';
import type { ReadLimits } from './read-limits';
import { listWorksheetParts, type WorksheetPart } from './workbook-sheet-list';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const DIMENSION = /<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*["']([^"']+)["']/;
const SHEET_DATA = /<(?:[\w.-]+:)?sheetData\b/;
/** `<dimension>` comes before `<sheetData>`, within the first few hundred bytes in practice. */
const HEAD_BYTES = 64 * 1024;
/** Parts that mark a zip as another office format rather than a damaged workbook. */
const OTHER_FORMAT_PARTS = ['xl/workbook.bin', 'word/document.xml', 'ppt/presentation.xml', 'mimetype'];

type SizeVerdict = { kind: 'cells'; cells: number } | { kind: 'bytes' } | null;

/** Cells covered by a `ref` such as `A1:Z200000`; null when the ref is not an A1 range. */
function dimensionCells(ref: string): number | null {
  try {
    const [first, last = first] = ref.replace(/\$/g, '').toUpperCase().split(':');
    const a = parseCellAddress(first ?? '');
    const b = parseCellAddress(last ?? '');
    return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
  } catch {
    return null;
  }
}

/**
 * Streams one sheet part, so a huge sheet is refused without holding it in memory: stops as soon as
 * its declared dimension or its size passes the limits.
 */
function measureSheetPart(entry: JSZip.JSZipObject, limits: ReadLimits): Promise<SizeVerdict> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    let bytes = 0;
    let head: string | null = '';
    const finish = (verdict: SizeVerdict): void => {
      stream.removeAllListeners();
      // An error after we stopped listening must not crash the process.
      stream.on('error', () => undefined);
      stream.pause();
      resolve(verdict);
    };
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (head !== null) {
        head += chunk.toString('latin1');
        const ref = DIMENSION.exec(head)?.[1];
        const cells = ref === undefined ? null : dimensionCells(ref);
        if (cells !== null && cells > limits.maxCellsPerSheet) return finish({ kind: 'cells', cells });
        if (ref !== undefined || SHEET_DATA.test(head) || head.length > HEAD_BYTES) head = null;
      }
      if (bytes > limits.maxSheetXmlBytes) finish({ kind: 'bytes' });
    });
    stream.on('end', () => finish(null));
    stream.on('error', reject);
  });
}

async function openZip(buf: Buffer, file: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(buf);
  } catch {
    throw inputError('corrupt', file);
  }
}

/**
 * Checks that a zip is an .xlsx package ExcelJS can take and that no sheet is too large, before
 * ExcelJS reads it. Returns the worksheets the workbook declares, in tab order.
 */
export async function inspectXlsxPackage(buf: Buffer, limits: ReadLimits, file: string): Promise<WorksheetPart[]> {
  const zip = await openZip(buf, file);
  // Some writers store names with a leading slash; ExcelJS strips it too.
  const entries = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) entries.set(entry.name.replace(/^\//, ''), entry);

  const workbookXml = entries.get('xl/workbook.xml');
  if (!workbookXml || !entries.has('[Content_Types].xml')) {
    throw inputError(OTHER_FORMAT_PARTS.some((p) => entries.has(p)) ? 'not-xlsx' : 'corrupt', file);
  }
  let sheets: WorksheetPart[];
  try {
    const rels = entries.get('xl/_rels/workbook.xml.rels');
    sheets = listWorksheetParts(await workbookXml.async('string'), rels ? await rels.async('string') : '');
  } catch {
    throw inputError('corrupt', file);
  }

  const names = new Map(sheets.map((s) => [s.path, s.name]));
  for (const [path, entry] of entries) {
    if (!SHEET_PART.test(path)) continue;
    const sheet = names.get(path) ?? path;
    const verdict = await measureSheetPart(entry, limits).catch(() => {
      throw inputError('corrupt', file);
    });
    if (verdict?.kind === 'cells') {
      throw tooLargeError({ kind: 'cells', sheet, cells: verdict.cells, limit: limits.maxCellsPerSheet }, file);
    }
    if (verdict?.kind === 'bytes') throw tooLargeError({ kind: 'bytes', sheet, limit: limits.maxSheetXmlBytes }, file);
  }
  return sheets;
}
