import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InputError, type InputErrorCode } from './input-error';
import { loadWorkbookBuffer, loadWorkbookFile } from './open-workbook';
import { MAX_CELLS_PER_SHEET } from './read-limits';

const OLE2_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'open-workbook-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function smallWorkbook(sheets: Record<string, number> = { 项目绩效目标表: 3 }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (let r = 1; r <= rows; r++) ws.getRow(r).values = ['指标', r, r / 10];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function editZip(buf: Buffer, edit: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function replaceInPart(zip: JSZip, path: string, from: RegExp | string, to: string): Promise<void> {
  const xml = await zip.file(path)?.async('string');
  if (xml === undefined) throw new Error(`no ${path}`);
  const edited = xml.replace(from, to);
  if (edited === xml) throw new Error(`nothing replaced in ${path}`);
  zip.file(path, edited);
}

async function writeTmp(name: string, data: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

/** Loads from disk and returns the InputError, checking it is presentable on one line per language. */
async function failure(path: string): Promise<InputError> {
  const error: unknown = await loadWorkbookFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const e = error as InputError;
  for (const line of [e.zh, e.en]) {
    expect(line.trim()).not.toBe('');
    expect(line).not.toMatch(/[\r\n]/);
  }
  expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(e.en).toMatch(/^Cannot read/);
  expect(e.message).toBe(`${e.zh} / ${e.en}`);
  expect(e.file).toBe(path);
  return e;
}

async function codeOf(name: string, data: Buffer | string): Promise<InputErrorCode> {
  return (await failure(await writeTmp(name, data))).code;
}

describe('loadWorkbookFile / loadWorkbookBuffer', () => {
  test('loads a good workbook', async () => {
    const wb = await loadWorkbookFile(await writeTmp('good.xlsx', await smallWorkbook()));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['项目绩效目标表']);
  });

  test('a missing file is not-found', async () => {
    expect((await failure(join(dir, '不存在.xlsx'))).code).toBe('not-found');
    expect((await failure(join(dir, 'no-such-dir', 'x.xlsx'))).code).toBe('not-found');
  });

  test('a directory is unreadable, with the system message in English', async () => {
    const e = await failure(dir);
    expect(e.code).toBe('unreadable');
    expect(e.en).toMatch(/EISDIR/);
  });

  test('an empty file is empty', async () => {
    expect(await codeOf('zero.xlsx', Buffer.alloc(0))).toBe('empty');
  });

  test('a text file or random bytes are not-xlsx', async () => {
    expect(await codeOf('table.xlsx', '项目名称,金额\n民兵补贴,100\n')).toBe('not-xlsx');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    expect(await codeOf('random.xlsx', random)).toBe('not-xlsx');
  });

  test('an OLE2 file without encryption streams is a legacy xls', async () => {
    expect(await codeOf('old.xls', Buffer.concat([OLE2_HEADER, Buffer.alloc(504)]))).toBe('xls');
  });

  test('an OLE2 container with EncryptedPackage or EncryptionInfo is encrypted', async () => {
    const withStream = (name: string): Buffer =>
      Buffer.concat([OLE2_HEADER, Buffer.alloc(1000), Buffer.from(name, 'utf16le'), Buffer.alloc(100)]);
    expect(await codeOf('locked1.xlsx', withStream('EncryptedPackage'))).toBe('encrypted');
    expect(await codeOf('locked2.xlsx', withStream('EncryptionInfo'))).toBe('encrypted');
  });

  test('a truncated xlsx is corrupt', async () => {
    const good = await smallWorkbook();
    expect(await codeOf('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)))).toBe('corrupt');
  });

  test('a zip magic followed by garbage is corrupt', async () => {
    expect(await codeOf('garbage.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)]))).toBe('corrupt');
  });

  test('a zip without xl/workbook.xml or [Content_Types].xml is corrupt', async () => {
    const noWorkbook = await editZip(await smallWorkbook(), (zip) => {
      zip.remove('xl/workbook.xml');
    });
    expect(await codeOf('no-workbook.xlsx', noWorkbook)).toBe('corrupt');
    const noTypes = await editZip(await smallWorkbook(), (zip) => {
      zip.remove('[Content_Types].xml');
    });
    expect(await codeOf('no-types.xlsx', noTypes)).toBe('corrupt');
    const bare = new JSZip();
    bare.file('readme.txt', 'hello');
    expect(await codeOf('bare.xlsx', await bare.generateAsync({ type: 'nodebuffer' }))).toBe('corrupt');
  });

  test('another office format in a zip (docx, xlsb, ods) is not-xlsx', async () => {
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types/>');
    docx.file('word/document.xml', '<w:document/>');
    expect(await codeOf('letter.xlsx', await docx.generateAsync({ type: 'nodebuffer' }))).toBe('not-xlsx');
    const xlsb = new JSZip();
    xlsb.file('[Content_Types].xml', '<Types/>');
    xlsb.file('xl/workbook.bin', 'binary');
    expect(await codeOf('book.xlsb', await xlsb.generateAsync({ type: 'nodebuffer' }))).toBe('not-xlsx');
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    ods.file('content.xml', '<office:document-content/>');
    expect(await codeOf('calc.xlsx', await ods.generateAsync({ type: 'nodebuffer' }))).toBe('not-xlsx');
  });

  test('a workbook without worksheets is empty', async () => {
    const wb = new ExcelJS.Workbook();
    expect(await codeOf('no-sheets.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))).toBe('empty');
  });

  test('a sheet whose dimension is beyond the cell limit is too-large, naming the sheet', async () => {
    const huge = await editZip(await smallWorkbook({ 说明: 1, 项目表: 3 }), (zip) =>
      replaceInPart(zip, 'xl/worksheets/sheet2.xml', /<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z200000"/>'),
    );
    const e = await failure(await writeTmp('huge.xlsx', huge));
    expect(e.code).toBe('too-large');
    expect(e.zh).toContain('项目表');
    expect(e.en).toContain('"项目表"');
    expect(e.en).toContain((26 * 200_000).toLocaleString('en-US'));
    expect(e.en).toContain(MAX_CELLS_PER_SHEET.toLocaleString('en-US'));
  });

  test('a dimension within the limit is accepted', async () => {
    const wide = await editZip(await smallWorkbook(), (zip) =>
      replaceInPart(zip, 'xl/worksheets/sheet1.xml', /<dimension ref="[^"]*"\/>/, '<dimension ref="A1:T100000"/>'),
    );
    await expect(loadWorkbookBuffer(wide, 'wide.xlsx')).resolves.toBeInstanceOf(ExcelJS.Workbook);
  });

  test('a sheet whose XML is larger than the byte limit is too-large', async () => {
    const buf = await smallWorkbook({ 大表: 2000 });
    const limits = { maxCellsPerSheet: MAX_CELLS_PER_SHEET, maxSheetXmlBytes: 10_000 };
    const error: unknown = await loadWorkbookBuffer(buf, 'big.xlsx', limits).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large', file: 'big.xlsx' });
    expect((error as InputError).zh).toContain('大表');
    await expect(loadWorkbookBuffer(buf, 'big.xlsx')).resolves.toBeInstanceOf(ExcelJS.Workbook);
  });

  test('a worksheet ExcelJS would silently skip makes the workbook unreadable, not quietly smaller', async () => {
    const renamed = await editZip(await smallWorkbook({ 封面: 1, 项目表: 2 }), async (zip) => {
      const xml = await zip.file('xl/worksheets/sheet2.xml')?.async('string');
      zip.remove('xl/worksheets/sheet2.xml');
      zip.file('xl/worksheets/data.xml', xml ?? '');
      await replaceInPart(zip, 'xl/_rels/workbook.xml.rels', 'worksheets/sheet2.xml', 'worksheets/data.xml');
      await replaceInPart(zip, '[Content_Types].xml', '/xl/worksheets/sheet2.xml', '/xl/worksheets/data.xml');
    });
    const e = await failure(await writeTmp('renamed.xlsx', renamed));
    expect(e.code).toBe('unreadable');
    expect(e.en).toContain('项目表');
  });

  test('XML that ExcelJS chokes on becomes unreadable with its message in English', async () => {
    const broken = await editZip(await smallWorkbook(), (zip) => {
      zip.file('xl/styles.xml', '<styleSheet><<<');
    });
    const e = await failure(await writeTmp('broken.xlsx', broken));
    expect(['unreadable', 'corrupt']).toContain(e.code);
    expect(e.en).not.toMatch(/\n|\s{2,}at /);
  });
});
