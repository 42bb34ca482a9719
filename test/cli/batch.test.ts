/**
 * The finance office's batch: folders of received files, outputs that go into folders, failures
 * that are told and never stop the others, the overview of the batch, the terminal output.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCheck, EXIT_BAD_INPUT, EXIT_NOT_WRITTEN, EXIT_OK } from '../../src/cli/run-check';
import { ReportSchema, type Report } from '../../src/core/report';
import { RULES } from '../../src/core/rules/catalogue';
import { SUMMARY_SHEET } from '../../src/core/plan/write-plan';
import { FINDING_HEADERS, STATUS, TABLE_HEADERS } from '../../src/cli/batch-summary';
import { findingsCsvPath } from '../../src/cli/summary-csv';
import { FINDINGS_SHEET, OVERVIEW_SHEET, TOTAL_ROW_LABEL } from '../../src/xlsx/write-batch-summary';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { cellAddress } from '../../src/core/address';

const ROOT = path.join(__dirname, '..', '..');
const STACKED = path.join(ROOT, 'samples', '绩效目标表-汇总.xlsx');
const PER_SHEET = path.join(ROOT, 'samples', '绩效目标表-分表.xlsx');
/** The first bytes of an OLE2 compound file: an old .xls, or a WPS .et. */
const OLE2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'batch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = await runCheck(argv, { out: (l) => out.push(l), err: (l) => err.push(l), progress: (l) => progress.push(l) });
  return { code, out, err, progress };
}

async function readReport(file: string): Promise<Report> {
  return ReportSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** The per-sheet sample as an .xlsm: the macro-enabled content type and a (dummy) VBA project. */
async function makeXlsm(target: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(PER_SHEET));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file('[Content_Types].xml', types
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  zip.file('xl/vbaProject.bin', Buffer.alloc(512, 1));
  await writeFile(target, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** No errno code, no temporary file name, Chinese and English. */
function expectClerkMessage(line: string): void {
  expect(line).not.toMatch(/\bE[A-Z]{3,}\b|\.tmp\b/);
  expect(line).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
}

describe('a folder of one workbook', () => {
  it('gets its report and annotated copy in folders created for them, with or without a trailing slash', async () => {
    const one = path.join(dir, 'one');
    await mkdir(one);
    await copyFile(PER_SHEET, path.join(one, 'a.xlsx'));
    for (const [json, out] of [[path.join(dir, 'reports1') + path.sep, path.join(dir, 'outs1') + path.sep], [path.join(dir, 'reports2'), path.join(dir, 'outs2')]] as const) {
      const r = await run(one, '--json', json, '--out', out, '--quiet');
      expect(r.err).toEqual([]);
      expect(r.code).toBe(EXIT_OK);
      expect(await readdir(json)).toEqual(['a.json']);
      expect(await readdir(out)).toEqual(['a.xlsx']);
    }
  });
});

describe('a mixed folder', () => {
  let folder: string;
  beforeAll(async () => {
    folder = path.join(dir, '收到的表格');
    await mkdir(folder);
    await copyFile(STACKED, path.join(folder, '甲单位.xlsx'));
    await makeXlsm(path.join(folder, '乙单位.xlsm'));
    await writeFile(path.join(folder, '丙单位.xls'), OLE2);
    await writeFile(path.join(folder, '丁单位.et'), OLE2);
    await writeFile(path.join(folder, '说明.txt'), '请查收');
  });

  it('names every file: checked, or not checked and why; a legacy workbook makes exit 2', async () => {
    const out = path.join(dir, 'mixed-out');
    const r = await run(folder, '--out', out, '--quiet');
    expect(r.code).toBe(EXIT_BAD_INPUT);
    const all = [...r.out, ...r.err];
    for (const name of await readdir(folder)) expect(all.some((l) => l.startsWith(`${name}：`))).toBe(true);
    expect(r.err).toEqual([
      expect.stringMatching(/^丁单位\.et：未检查.*另存为 \.xlsx.* \/ not checked.*save it as \.xlsx/),
      expect.stringMatching(/^丙单位\.xls：未检查.*另存为 \.xlsx.* \/ not checked.*save it as \.xlsx/),
    ]);
    expect(r.out).toContainEqual('说明.txt：未检查：不是工作簿 / not checked: not a workbook');
    expect(r.out).toContainEqual(expect.stringMatching(/^乙单位\.xlsm：找到 \d+ 张绩效目标表/));
    expect(r.out).toContainEqual(expect.stringMatching(/不含原工作簿的宏.* \/ .*without the workbook's macros/));
    expect((await readdir(out)).sort()).toEqual(['乙单位.xlsx', '甲单位.xlsx']);
    const annotated = await loadWorkbookFile(path.join(out, '乙单位.xlsx'));
    expect(annotated.getWorksheet(SUMMARY_SHEET)).toBeDefined();
    const zip = await JSZip.loadAsync(await readFile(path.join(out, '乙单位.xlsx')));
    expect(zip.file('xl/vbaProject.bin')).toBeNull();
    expect(r.out.slice(-2)).toEqual([
      expect.stringMatching(/^合计：文件 5 个（已检查 2，未检查 3）/),
      expect.stringMatching(/^Total: 5 files \(2 checked, 3 not\)/),
    ]);
  });

  it('writes one overview: a row per file and table, every finding, counts equal to the reports', async () => {
    const reports = path.join(dir, 'mixed-reports');
    const outs = path.join(dir, 'mixed-annotated');
    const summary = path.join(dir, '汇总.xlsx');
    const r = await run(folder, '--json', reports, '--out', outs, '--summary', summary, '--quiet');
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.out).toContainEqual(`汇总已写入 / summary written: ${summary}`);
    const jsons = await Promise.all(['甲单位.json', '乙单位.json'].map((f) => readReport(path.join(reports, f))));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const overview = wb.getWorksheet(OVERVIEW_SHEET) as ExcelJS.Worksheet;
    const header = (overview.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...TABLE_HEADERS]);
    const col = (name: (typeof TABLE_HEADERS)[number]) => TABLE_HEADERS.indexOf(name) + 1;
    const rows: ExcelJS.Row[] = [];
    overview.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value !== TOTAL_ROW_LABEL) rows.push(row);
    });
    const tableCount = jsons.reduce((s, j) => s + j.tables.length, 0);
    // A row per table, and one per file not checked (3 of them).
    expect(rows).toHaveLength(tableCount + 3);
    for (const [i, report] of jsons.entries()) {
      const name = ['甲单位.xlsx', '乙单位.xlsm'][i] as string;
      const own = rows.filter((row) => row.getCell(col('文件')).value === name);
      expect(own).toHaveLength(report.tables.length);
      for (const t of report.tables) {
        const row = own.find((x) => x.getCell(col('表格')).value === t.id) as ExcelJS.Row;
        const n = (s: string) => report.findings.filter((f) => f.table === t.id && f.severity === s).length;
        expect([row.getCell(col('错误')).value, row.getCell(col('警告')).value, row.getCell(col('提示')).value]).toEqual([n('error'), n('warning'), n('info')]);
        expect(row.getCell(col('状态')).value).toBe(n('error') > 0 ? STATUS.sendBack : STATUS.pass);
        expect(row.getCell(col('项目')).value).toBe(t.name);
      }
      const link = own[0]?.getCell(col('标注副本')).value as ExcelJS.CellFormulaValue;
      expect(link.formula).toBe(`HYPERLINK("mixed-annotated/${name.replace('.xlsm', '.xlsx')}","${name.replace('.xlsm', '.xlsx')}")`);
    }
    expect(rows.filter((row) => row.getCell(col('状态')).value === STATUS.notChecked).map((row) => row.getCell(1).value).sort())
      .toEqual(['丁单位.et', '丙单位.xls', '说明.txt'].sort());
    const units = new Set(rows.filter((row) => row.getCell(col('文件')).value === '甲单位.xlsx').map((row) => row.getCell(col('单位')).value));
    expect(units).toEqual(new Set(['201001承德高新区上板城镇人民政府本级']));
    expect(overview.autoFilter).toBe(`A1:${cellAddress(rows.length + 1, TABLE_HEADERS.length)}`);
    expect(overview.pageSetup.printTitlesRow).toBe('1:1');

    const findings = wb.getWorksheet(FINDINGS_SHEET) as ExcelJS.Worksheet;
    expect((findings.getRow(1).values as unknown[]).slice(1)).toEqual([...FINDING_HEADERS]);
    expect(findings.rowCount - 1).toBe(jsons.reduce((s, j) => s + j.findings.length, 0));
    expect(findings.autoFilter).toBe(`A1:${cellAddress(findings.rowCount, FINDING_HEADERS.length)}`);
    const firstFile = findings.getRow(2).getCell(1).value === '甲单位.xlsx' ? 0 : 1;
    const first = jsons[firstFile]?.findings[0] as Report['findings'][number];
    const titleCol = FINDING_HEADERS.indexOf('规则说明') + 1;
    expect(findings.getRow(2).getCell(titleCol).value).toBe(RULES.find((x) => x.meta.id === first.rule)?.meta.title);
  });

  it('writes the overview as CSV too: the tables, and the findings beside them', async () => {
    const summary = path.join(dir, 'csv', '汇总.csv');
    const r = await run(folder, '--summary', summary, '--quiet', '--json', path.join(dir, 'csv-reports'));
    expect(r.code).toBe(EXIT_BAD_INPUT);
    const jsons = await Promise.all(['甲单位.json', '乙单位.json'].map((f) => readReport(path.join(dir, 'csv-reports', f))));
    const tables = (await readFile(summary, 'utf8')).split('\r\n').filter((l) => l !== '');
    expect(tables[0]).toBe(`\ufeff${TABLE_HEADERS.join(',')}`);
    expect(tables).toHaveLength(1 + jsons.reduce((s, j) => s + j.tables.length, 0) + 3);
    const findingLines = (await readFile(findingsCsvPath(summary), 'utf8')).split('\r\n').filter((l) => l !== '');
    // Messages hold no line breaks, so each finding is one line.
    expect(findingLines).toHaveLength(1 + jsons.reduce((s, j) => s + j.findings.length, 0));
  });
});

describe('outputs that cannot be written', () => {
  it('a JSON folder blocked by a file: each file says so, the others go on, exit 3', async () => {
    const blocker = path.join(dir, 'blocker');
    await writeFile(blocker, '一个文件，不是文件夹');
    const outs = path.join(dir, 'blocked-outs');
    const r = await run(STACKED, PER_SHEET, '--json', path.join(blocker, 'reports'), '--out', outs, '--quiet');
    expect(r.code).toBe(EXIT_NOT_WRITTEN);
    expect(r.err).toHaveLength(2);
    for (const line of r.err) {
      expectClerkMessage(line);
      expect(line).toContain(`「${blocker}」是文件，不是文件夹`);
    }
    expect((await readdir(outs)).sort()).toEqual(['绩效目标表-分表.xlsx', '绩效目标表-汇总.xlsx']);
  });

  it('an annotated copy whose folder is a file: told, and the JSON report is still written', async () => {
    const blocker = path.join(dir, 'blocker2');
    await writeFile(blocker, 'x');
    const json = path.join(dir, 'still.json');
    const r = await run(PER_SHEET, '--out', path.join(blocker, 'a.xlsx'), '--json', json, '--quiet');
    expect(r.code).toBe(EXIT_NOT_WRITTEN);
    expect(r.err).toEqual([expect.stringMatching(/^绩效目标表-分表\.xlsx：无法写出标注的工作簿.* \/ Cannot write the annotated workbook/)]);
    expectClerkMessage(r.err[0] as string);
    expect((await stat(json)).isFile()).toBe(true);
  });
});

describe('outputs refused before anything is checked', () => {
  it.each([
    [[STACKED, PER_SHEET, '--out', 'single.xlsx'], /须给一个文件夹.* \/ .*must name a folder/],
    [[STACKED, '--out', 'res.pdf'], /--out 只能写出 \.xlsx 文件.* \/ --out writes \.xlsx files only/],
    [[STACKED, '--summary', '汇总.pdf'], /--summary 只能写出 \.xlsx 或 \.csv.* \/ --summary writes an \.xlsx or a \.csv/],
  ])('%j', async (argv, message) => {
    const cwd = process.cwd();
    const here = await mkdtemp(path.join(dir, 'refused-'));
    process.chdir(here);
    try {
      const r = await run(...argv);
      expect(r.code).toBe(EXIT_BAD_INPUT);
      expect(r.err).toEqual([expect.stringMatching(message)]);
      expect(r.out).toEqual([]);
      expect(await readdir(here)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    [['--no-such-flag', STACKED], /^未知选项 --no-such-flag \/ Unknown option --no-such-flag$/],
    [[STACKED, '--json'], /^选项 --json 需要一个值 \/ Option --json needs a value$/],
    [[STACKED, '--strict=yes'], /^选项 --strict 不带值 \/ Option --strict takes no value$/],
    [[STACKED, '--min-severity', 'loud'], /^--min-severity 只能是 error、warning 或 info \/ --min-severity must be error, warning or info$/],
  ])('a bad option %j: one line in Chinese and English, then the usage', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err[0]).toMatch(message);
    expect(r.err[1]).toContain('用法 / Usage');
  });
});

describe('the terminal', () => {
  it('--min-severity warning leaves out the hints and says how many', async () => {
    const json = path.join(dir, 'severity.json');
    const r = await run(STACKED, '--min-severity', 'warning', '--json', json);
    const report = await readReport(json);
    expect(r.out.some((l) => /^ {6}i /.test(l))).toBe(false);
    expect(r.out.filter((l) => /^ {6}[✗!] /.test(l)).length).toBeGreaterThan(0);
    expect(r.out).toContainEqual(expect.stringContaining(`未列出提示 ${report.summary.infos} 条`));
  });

  it('reports progress for a batch, and none for a single workbook', async () => {
    const batch = await run(STACKED, PER_SHEET, '--quiet');
    expect(batch.progress.slice(0, 2)).toEqual([
      '正在检查 / checking 1/2: 绩效目标表-汇总.xlsx',
      '正在检查 / checking 2/2: 绩效目标表-分表.xlsx',
    ]);
    const single = await run(STACKED, '--quiet');
    expect(single.progress.filter((l) => l !== '')).toEqual([]);
  });
});
