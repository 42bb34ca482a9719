/**
 * `npm run bench`: ExcelJS's load time against the engine's time (snapshot → recognize → extract →
 * check), both measured in this run, on the stacked sample and on a synthetic workbook 50× larger;
 * then the write step (plan → apply) and saving the annotated workbook; then the add-in's path
 * (Office.js adapter over the in-memory fake of Excel): its round trips (`context.sync()` calls)
 * and payload, which decide its speed in real Excel far more than the fake's own time does; and
 * the re-check after one typed 实际完成值 (`recheck:`, the last line but one).
 * The ratio engine/load is the figure that counts: it does not depend on how busy the machine is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../src/core/engine';
import { snapshotWorkbook } from '../src/xlsx/read-snapshot';
import { applyWritePlan } from '../src/xlsx/apply-write-plan';
import { buildWritePlan } from '../src/core/plan/build-write-plan';
import { OfficeAddinHost } from '../src/excel/office-addin-host';
import type { CheckOutcome } from '../src/addin/addin-host';
import { applyFixes } from '../src/taskpane/apply-fixes';
import { FakeExcel } from '../src/harness/fake-excel';
import { installFakeOffice } from '../src/harness/install-fake-office';
import { DEFAULT_PROFILE } from '../src/core/profile/profile-schema';
import { loadSeed } from '../test/fixtures/seed';
import { gridToWorkbook, stackGrids } from '../test/fixtures/grid';
import { layoutProjectTable } from '../test/fixtures/layout-project';
import { layoutDepartmentTable } from '../test/fixtures/layout-department';

const RUNS = 3;
const WARMUP = 3;
const LARGE_TABLES = 2000;
const TABLES_PER_SHEET = 40;
const SAMPLE = path.join(__dirname, '..', 'samples', '绩效目标表-汇总.xlsx');

interface Measure {
  loadMs: number;
  engineMs: number;
  /** Building the WritePlan and applying it to the workbook in memory. */
  writeMs: number;
  /** Serialising the annotated workbook to .xlsx bytes. */
  saveMs: number;
  rows: number;
  tables: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function measure(file: string): Promise<Measure> {
  const loads: number[] = [];
  const engines: number[] = [];
  const writes: number[] = [];
  const saves: number[] = [];
  let rows = 0;
  let tables = 0;
  // The first runs only warm the JIT; the median of the rest is reported.
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const t1 = performance.now();
    const snapshot = snapshotWorkbook(wb, path.basename(file));
    const result = checkWorkbook(snapshot);
    const t2 = performance.now();
    applyWritePlan(wb, buildWritePlan(snapshot, result));
    const t3 = performance.now();
    await wb.xlsx.writeBuffer();
    const t4 = performance.now();
    if (i < WARMUP) continue;
    loads.push(t1 - t0);
    engines.push(t2 - t1);
    writes.push(t3 - t2);
    saves.push(t4 - t3);
    rows = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
    tables = result.tables.length;
  }
  return { loadMs: median(loads), engineMs: median(engines), writeMs: median(writes), saveMs: median(saves), rows, tables };
}

/**
 * 2,000 project tables (the seed's 39, round and round) in 50 sheets of 40, and the department
 * table. Not one sheet of 2,000: ExcelJS checks each merge against every earlier merge of its
 * sheet, so its load time would grow with the square of the merges and swamp the comparison.
 */
async function writeLargeWorkbook(): Promise<string> {
  const seed = loadSeed();
  const sheets = Array.from({ length: LARGE_TABLES / TABLES_PER_SHEET }, (_, s) => {
    const grids = Array.from({ length: TABLES_PER_SHEET }, (_, t) => {
      const i = s * TABLES_PER_SHEET + t;
      const project = seed.projects[i % seed.projects.length] as (typeof seed.projects)[number];
      return layoutProjectTable(project, { percentAs: i % 2 ? 'fraction' : 'text' }).grid;
    });
    return { name: `项目表${s + 1}`, grid: stackGrids(grids, { gap: (i) => 1 + (i % 3) }).grid };
  });
  const wb = gridToWorkbook([...sheets, { name: '部门整体绩效目标', grid: layoutDepartmentTable(seed.department).grid }]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'large.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

function line(label: string, m: Measure): string {
  return `${label}: ${m.tables} tables, ${m.rows} rows; load ${m.loadMs.toFixed(0)} ms, engine ${m.engineMs.toFixed(0)} ms, ` +
    `ratio ${(m.engineMs / m.loadMs).toFixed(3)}, engine ${((m.engineMs / m.tables) * 1000).toFixed(0)} µs/table; ` +
    `write (plan + apply) ${m.writeMs.toFixed(0)} ms, save ${m.saveMs.toFixed(0)} ms`;
}

interface AddinMeasure {
  checkMs: number;
  engineMs: number;
  checkSyncs: number;
  sentMB: number;
  clearSyncs: number;
}

/** 检查表格 then 清除检查结果 through OfficeAddinHost, on a fake Excel holding the workbook's cells. */
async function measureAddin(file: string): Promise<AddinMeasure> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const snapshot = snapshotWorkbook(wb, path.basename(file));
  const t0 = performance.now();
  checkWorkbook(snapshot);
  const engineMs = performance.now() - t0;
  const fake = FakeExcel.fromSnapshot(snapshot);
  installFakeOffice(fake, { displayLanguage: 'zh-CN' });
  const host = new OfficeAddinHost();
  const t1 = performance.now();
  await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
  const checkMs = performance.now() - t1;
  const checkSyncs = fake.syncs;
  const sentMB = fake.syncLog.reduce((n, r) => n + r.requestBytes, 0) / 1e6;
  await host.clear();
  return { checkMs, engineMs, checkSyncs, sentMB, clearSyncs: fake.syncs - checkSyncs };
}

interface Cost {
  syncs: number;
  mb: number;
}

interface RecheckMeasure {
  full: Cost;
  edit: Cost;
  fix: Cost;
  batch: Cost & { rule: string; cells: number };
}

/**
 * 自动检查's re-checks on a fake Excel, as the pane runs them (a listener on, `changesOnly`): after a
 * whole check, one 实际完成值 typed (the plan's first input cell), then one suggested fix applied,
 * then 全部应用 of the rule with the most suggested fixes; each measured in syncs and bytes sent.
 */
async function measureRecheck(file: string): Promise<RecheckMeasure> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const snapshot = snapshotWorkbook(wb, path.basename(file));
  const first = buildWritePlan(snapshot, checkWorkbook(snapshot)).sheets.flatMap((s) => s.cells.filter((c) => c.input).map((c) => ({ sheet: s.sheet, ...c })))[0];
  if (!first) throw new Error('the plan has no input cell to type into');
  const fake = FakeExcel.fromSnapshot(snapshot);
  installFakeOffice(fake, { displayLanguage: 'zh-CN' });
  const host = new OfficeAddinHost();
  await host.watchEdits(() => undefined);
  const sent = () => fake.syncLog.reduce((n, r) => n + r.requestBytes, 0);
  const measured = async (work: () => Promise<unknown>): Promise<{ cost: Cost; outcome: CheckOutcome }> => {
    const [syncs, bytes] = [fake.syncs, sent()];
    await work();
    // Change events arrive after the edit, as in Excel; 自动检查 starts once they have.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outcome = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE, changesOnly: true });
    return { cost: { syncs: fake.syncs - syncs, mb: (sent() - bytes) / 1e6 }, outcome };
  };
  const [syncs0, bytes0] = [fake.syncs, sent()];
  const checked = await host.check({ scope: 'workbook', profile: DEFAULT_PROFILE });
  const full = { syncs: fake.syncs - syncs0, mb: (sent() - bytes0) / 1e6 };
  const edit = await measured(async () => fake.userEdit(first.sheet, first.row, first.col, '90'));
  const fixable = checked.report.findings.filter((f) => f.suggestion !== undefined);
  const fix = await measured(() => applyFixes(host, fixable.slice(0, 1), new Map()));
  const byRule = new Map<string, typeof fixable>();
  for (const f of edit.outcome.report.findings) if (f.suggestion !== undefined && f.rule !== fixable[0]?.rule) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const [rule, batch] = [...byRule].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  const all = await measured(() => applyFixes(host, batch, new Map()));
  return { full, edit: edit.cost, fix: fix.cost, batch: { ...all.cost, rule, cells: batch.length } };
}

function addinLine(label: string, m: AddinMeasure): string {
  return `${label}: check ${m.checkSyncs} syncs, ${m.sentMB.toFixed(1)} MB sent, ${m.checkMs.toFixed(0)} ms on the fake ` +
    `(${(m.checkMs / m.engineMs).toFixed(1)}× the engine alone); clear ${m.clearSyncs} syncs`;
}

async function main(): Promise<void> {
  const small = await measure(SAMPLE);
  console.log(line('sample', small));
  const largeFile = await writeLargeWorkbook();
  const large = await measure(largeFile);
  console.log(line('large ', large));
  const growth = (large.engineMs / large.tables) / (small.engineMs / small.tables);
  console.log(`growth: engine time per table, large/sample = ${growth.toFixed(2)} (1.00 is linear)`);
  const rowsPerSecond = Math.round(large.rows / (large.engineMs / 1000));
  console.log(addinLine('add-in sample', await measureAddin(SAMPLE)));
  console.log(addinLine('add-in large ', await measureAddin(largeFile)));
  const re = await measureRecheck(largeFile);
  const cost = (c: Cost) => `${c.syncs} syncs ${c.mb.toFixed(2)} MB`;
  console.log(`re-check large: one fix ${cost(re.fix)}; 全部应用 ${re.batch.rule} (${re.batch.cells} cells) ${cost(re.batch)}`);
  // Issue 11's contract line: other tools read it, so its wording stays exactly as it is.
  console.log(`recheck: full ${re.full.syncs} syncs ${re.full.mb.toFixed(1)} MB, one edit ${re.edit.syncs} syncs ${((re.edit.mb / re.full.mb) * 100).toFixed(1)}% of full bytes`);
  console.log(`bench: load ${large.loadMs.toFixed(0)} ms, engine ${large.engineMs.toFixed(0)} ms, ratio ${(large.engineMs / large.loadMs).toFixed(3)}, rows/s ${rowsPerSecond}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
