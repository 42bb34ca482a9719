/**
 * The hosts' contract: one write plan, applied through the Office.js adapter (over the Office.js
 * fake), the WPS adapter (over the ET fake, on the same in-memory workbook model) and the ExcelJS
 * writer, leaves the same values, formulas, fills, notes, merges, hidden sheets and widths in each
 * (compared through host-workbook-picture.ts, the one place that normalizes what hosts spell
 * differently); after a clear, each gives back the workbook it started from.
 *
 * Workbooks: the sample, the first printing with planted defects of every template family (so the
 * plan has flags as well as owned columns), and a deterministic slice of the bench's large workbook
 * (scripts/bench.ts builds 50 sheets of 40 project tables; through three hosts on the fakes two of
 * them already take over a minute, so this takes the first sheet, 40 tables built by the same recipe,
 * plus the department table).
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import type { WritePlan } from '../../src/core/plan/write-plan';
import { applyWritePlan as applyOffice } from '../../src/excel/apply-write-plan';
import { clearWritePlan as clearOffice } from '../../src/excel/clear-write-plan';
import { FakeExcel } from '../../src/harness/fake-excel';
import { FakeEt } from '../../src/harness/fake-et';
import { fakeFromSeed } from '../../src/harness/workbook-seed';
import type { EtWorkbook } from '../../src/wps/et-facade';
import { applyWpsPlan } from '../../src/wps/wps-apply-plan';
import { clearWpsResult } from '../../src/wps/wps-clear-plan';
import { applyWritePlan as applyExcelJs } from '../../src/xlsx/apply-write-plan';
import { clearWritePlan as clearExcelJs } from '../../src/xlsx/clear-write-plan';
import { loadWorkbookFile } from '../../src/xlsx/open-workbook';
import { snapshotWorkbook } from '../../src/xlsx/read-snapshot';
import { seedFromWorkbook } from '../../scripts/build-harness-workbook';
import { contextOf } from '../excel/excel-fixtures';
import { allFamilyFixtures, fixtureName } from '../fixtures/families/all-family-fixtures';
import { gridToWorkbook, stackGrids } from '../fixtures/grid';
import { layoutDepartmentTable } from '../fixtures/layout-department';
import { layoutProjectTable } from '../fixtures/layout-project';
import { loadSeed } from '../fixtures/seed';
import { excelJsPicture, fakePicture } from './host-workbook-picture';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', '绩效目标表-汇总.xlsx');
/** The bench's recipe (scripts/bench.ts), cut to its first sheets. */
const LARGE_SHEETS = 1;
const TABLES_PER_SHEET = 40;

function largeSlice(): ExcelJS.Workbook {
  const seed = loadSeed();
  const sheets = Array.from({ length: LARGE_SHEETS }, (_, s) => {
    const grids = Array.from({ length: TABLES_PER_SHEET }, (_, t) => {
      const i = s * TABLES_PER_SHEET + t;
      const project = seed.projects[i % seed.projects.length] as (typeof seed.projects)[number];
      return layoutProjectTable(project, { percentAs: i % 2 ? 'fraction' : 'text' }).grid;
    });
    return { name: `项目表${s + 1}`, grid: stackGrids(grids, { gap: (i) => 1 + (i % 3) }).grid };
  });
  return gridToWorkbook([...sheets, { name: '部门整体绩效目标', grid: layoutDepartmentTable(seed.department).grid }]);
}

interface Hosts {
  plan: WritePlan;
  excelJs: ExcelJS.Workbook;
  office: FakeExcel;
  wps: FakeExcel;
  book: EtWorkbook;
  et: FakeEt;
}

/** The workbook in each host, and the plan the engine makes for it. */
function hostsFor(wb: ExcelJS.Workbook, file: string): Hosts {
  const snapshot = snapshotWorkbook(wb, file);
  const plan = buildWritePlan(snapshot, checkWorkbook(snapshot));
  const seed = seedFromWorkbook(wb, file);
  const wps = fakeFromSeed(seed);
  const et = new FakeEt(wps, { fileName: file });
  return { plan, excelJs: wb, office: fakeFromSeed(seed), wps, book: et.application.ActiveWorkbook as EtWorkbook, et };
}

async function expectSameThroughEveryHost(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const h = hostsFor(wb, file);
  const original = fakePicture(h.office);
  expect(excelJsPicture(h.excelJs)).toEqual(original);
  expect(h.plan.sheets.length).toBeGreaterThan(0);

  applyExcelJs(h.excelJs, h.plan);
  await applyOffice(contextOf(h.office), h.plan, { notes: 'notes', support: 'notes', fillPatterns: true });
  applyWpsPlan(h.et.application, h.book, h.plan);
  const written = excelJsPicture(h.excelJs);
  expect(written).not.toEqual(original);
  expect(fakePicture(h.office)).toEqual(written);
  expect(fakePicture(h.wps)).toEqual(written);

  expect(clearExcelJs(h.excelJs)).toBe(true);
  expect(await clearOffice(contextOf(h.office), { support: 'notes', fillPatterns: true })).toBe(true);
  expect(clearWpsResult(h.et.application, h.book).cleared).toBe(true);
  expect(excelJsPicture(h.excelJs)).toEqual(original);
  expect(fakePicture(h.office)).toEqual(original);
  expect(fakePicture(h.wps)).toEqual(original);
}

describe('one write plan through the Office.js, WPS and ExcelJS hosts', () => {
  it('the sample', async () => {
    await expectSameThroughEveryHost(await loadWorkbookFile(SAMPLE), path.basename(SAMPLE));
  });

  it.each(allFamilyFixtures().map((f) => [fixtureName(f), f] as const))('template family %s', async (_, fixture) => {
    const form = fixture.defective[0]?.workbook ?? fixture.correct;
    await expectSameThroughEveryHost(gridToWorkbook(form.sheets), `${fixture.family}.xlsx`);
  });

  it(`the bench's large workbook, its first ${LARGE_SHEETS * TABLES_PER_SHEET} tables`, async () => {
    await expectSameThroughEveryHost(largeSlice(), 'large.xlsx');
  });

  it('a result written by one host is cleared by the others', async () => {
    const fixture = allFamilyFixtures()[0];
    if (!fixture) throw new Error('no family fixture');
    const h = hostsFor(gridToWorkbook((fixture.defective[0]?.workbook ?? fixture.correct).sheets), 'cross.xlsx');
    const original = fakePicture(h.wps);
    applyWpsPlan(h.et.application, h.book, h.plan);
    expect(await clearOffice(contextOf(h.wps), { support: 'notes', fillPatterns: true })).toBe(true);
    expect(fakePicture(h.wps)).toEqual(original);
    await applyOffice(contextOf(h.wps), h.plan, { notes: 'notes', support: 'notes', fillPatterns: true });
    expect(clearWpsResult(h.et.application, h.book).cleared).toBe(true);
    expect(fakePicture(h.wps)).toEqual(original);
  });
});
