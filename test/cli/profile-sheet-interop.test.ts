import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { PROFILE_SHEET } from '../../src/addin/profile-sheet';
import { runCheck, EXIT_OK } from '../../src/cli/run-check';
import { runClear } from '../../src/cli/run-clear';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile/profile-schema';
import { ReportSchema, type Report } from '../../src/core/report';
import { createOfficeAddinHost } from '../../src/excel/office-addin-host';
import { fakeFromSeed } from '../../src/harness/workbook-seed';
import type { FakeExcel } from '../../src/harness/fake-excel';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { readWorkbookProfile } from '../../src/xlsx/profile-sheet';
import { seedFromWorkbook } from '../../scripts/build-harness-workbook';
import { installOffice, uninstallOffice } from '../excel/office-globals';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', '绩效目标表-汇总.xlsx');

let dir: string;
let defaultReport: Report;
/** The sample's most frequent rule turned off, so that which profile a check used shows in its report. */
let mine: Profile;

async function run(runner: typeof runCheck, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runner(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function reportOf(file: string, ...options: string[]): Promise<{ report: Report; out: string[] }> {
  const json = path.join(dir, `${path.basename(file)}-${options.length}.json`);
  const r = await run(runCheck, file, '--json', json, ...options);
  expect([r.code, r.err]).toEqual([EXIT_OK, []]);
  return { report: ReportSchema.parse(JSON.parse(await readFile(json, 'utf8'))), out: r.out };
}

const countOf = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule).length;

/** The fake Excel holding a workbook file, as Excel holds it just opened. */
async function openInFake(file: string): Promise<FakeExcel> {
  const fake = fakeFromSeed(seedFromWorkbook(await loadWorkbookFile(file), path.basename(file)));
  installOffice(fake);
  return fake;
}

/** The fake's sheet written into an ExcelJS workbook, as Excel saves it into the file. */
function saveSheetInto(wb: ExcelJS.Workbook, fake: FakeExcel, name: string): void {
  const sheet = fake.sheet(name);
  const ws = wb.addWorksheet(name, { state: sheet.visibility === 'VeryHidden' ? 'veryHidden' : 'visible' });
  for (const [key, cell] of sheet.cells) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    ws.getCell(row, col).value = cell.value as ExcelJS.CellValue;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'profile-sheet-'));
  defaultReport = (await reportOf(SAMPLE)).report;
  const counts = new Map<string, number>();
  for (const f of defaultReport.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const [rule] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  mine = { ...DEFAULT_PROFILE, name: '本单位方案', rules: { [rule]: 'off' } };
});
afterAll(async () => {
  uninstallOffice();
  await rm(dir, { recursive: true, force: true });
});

describe('the profile kept in the workbook', () => {
  it('is what the command line checks with after the Excel add-in saved it, unless --profile is given', async () => {
    const fake = await openInFake(SAMPLE);
    await createOfficeAddinHost().saveProfile(mine);
    expect(fake.sheet(PROFILE_SHEET).visibility).toBe('VeryHidden');

    const wb = await loadWorkbookFile(SAMPLE);
    saveSheetInto(wb, fake, PROFILE_SHEET);
    const saved = path.join(dir, 'saved-in-excel.xlsx');
    await wb.xlsx.writeFile(saved);

    const rule = Object.keys(mine.rules)[0] ?? '';
    const own = await reportOf(saved);
    expect(countOf(defaultReport, rule)).toBeGreaterThan(0);
    expect(countOf(own.report, rule)).toBe(0);
    expect(own.report.tables.length).toBe(defaultReport.tables.length);
    expect(own.out).toContain(`  使用工作簿自带的检查方案（隐藏工作表「${PROFILE_SHEET}」） / checked with the profile the workbook keeps (hidden sheet "${PROFILE_SHEET}")`);

    const profileFile = path.join(dir, 'default.json');
    await writeFile(profileFile, JSON.stringify(DEFAULT_PROFILE));
    expect(countOf((await reportOf(saved, '--profile', profileFile)).report, rule)).toBe(countOf(defaultReport, rule));
  });

  it('is what the Excel add-in loads after the command line saved it (--save-profile), and survives 清除检查结果 on both', async () => {
    const profileFile = path.join(dir, 'mine.json');
    await writeFile(profileFile, JSON.stringify(mine));
    const annotated = path.join(dir, 'annotated.xlsx');
    expect((await run(runCheck, SAMPLE, '--profile', profileFile, '--save-profile', '--out', annotated, '--quiet')).code).toBe(EXIT_OK);
    expect((await loadWorkbookFile(annotated)).getWorksheet(PROFILE_SHEET)?.state).toBe('veryHidden');

    const fake = await openInFake(annotated);
    const host = createOfficeAddinHost();
    expect(await host.loadProfile()).toEqual(mine);
    const outcome = await host.check({ scope: 'workbook', profile: mine });
    expect(outcome.report.tables.length).toBe(defaultReport.tables.length);
    const kept = new Map(fake.sheet(PROFILE_SHEET).cells);
    expect(await host.clear()).toBe(true);
    expect(fake.sheet(PROFILE_SHEET).cells).toEqual(kept);
    expect(await host.loadProfile()).toEqual(mine);

    const restored = path.join(dir, 'restored.xlsx');
    expect((await run(runClear, annotated, '--out', restored)).code).toBe(EXIT_OK);
    expect(readWorkbookProfile(await loadWorkbookFile(restored))).toEqual({ ok: true, profile: mine });
  });

  it('refuses --save-profile without a profile to save or a workbook to save it in', async () => {
    const r = await run(runCheck, SAMPLE, '--save-profile', '--out', path.join(dir, 'x.xlsx'));
    expect(r.err[0]).toContain('--save-profile 需要同时给出 --profile 和 --out');
    expect(r.code).not.toBe(EXIT_OK);
  });
});
