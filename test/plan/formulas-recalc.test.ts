/**
 * The plan's 得分, 预算执行率, 总分 and 等级 formulas, recalculated by LibreOffice Calc, against the
 * engine (grade/project-score.ts, grade/department-grade.ts) on the same typed values.
 *
 * The stacked sample is checked and annotated, its 实际完成值 and 全年执行数 cells are filled with
 * values for every scoring branch and boundary (recalc-fill.ts), and the engine's view is a new
 * check of the filled workbook. A second workbook runs the 得分 formulas over a few hundred typed
 * texts, generated and fixed, against the engine's reading of each. Calc converts both with a
 * profile that recalculates on load. Runs when `soffice` is installed, and always on CI.
 */
import { filledLabel } from '../../src/core/vocabulary';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook, type CheckResult } from '../../src/core/engine';
import { buildWritePlan } from '../../src/core/plan/build-write-plan';
import { applyWritePlan } from '../../src/xlsx/apply-write-plan';
import { scoreProject } from '../../src/core/grade/project-score';
import { assessProject } from '../../src/core/check/assess-project';
import { departmentExpectsPercent, gradeDepartmentIndicator } from '../../src/core/grade/department-grade';
import { parseActual } from '../../src/core/parse/actual-value';
import { parseMoney } from '../../src/core/parse/money';
import { executionRateFormula, executionScoreFormula, gradeFormula, indicatorScoreFormula } from '../../src/core/plan/formulas/project-formulas';
import { executionShare } from '../../src/core/check/execution-share';
import { gradeOf } from '../../src/core/profile/grade-of';
import { tidy } from '../../src/core/parse/quantity';
import { departmentGradeFormula } from '../../src/core/plan/formulas/department-formulas';
import { LEVEL_WORDS } from '../../src/core/parse/typed-actual';
import { cellAddress } from '../../src/core/address';
import { DEFAULT_PROFILE, ProfileSchema, type Profile } from '../../src/core/profile/profile-schema';
import type { Table } from '../../src/core/model/table';
import type { WritePlan } from '../../src/core/plan/write-plan';
import { buildStackedSample } from '../fixtures/sample-layout';
import { snapshotOfWorkbook } from '../core/snapshot-of';
import { makeProjectTable, type IndicatorSpec } from '../core/make-project-table';
import { addMissingTargets, applyFills, chooseFills, departmentCells, expectedLabels, projectCells, type Fill } from './recalc-fill';
import { convertWithSoffice, findSoffice } from './soffice';
import { selfEvaluationWorkbooks, type SelfWorkbook } from './self-evaluation-fill';

const TOLERANCE = 1e-9;
const soffice = findSoffice();
const run = soffice !== null || process.env.CI ? describe : describe.skip;
if (soffice === null && !process.env.CI) {
  console.warn('formulas-recalc: LibreOffice (soffice) is not installed, so the formula recalculation test is skipped. '
    + 'Install it with: apt-get install -y --no-install-recommends libreoffice-calc');
}

type Result = number | string | null;

/** A cell as Calc left it: the formula's result (null for "" or nothing), or the value. */
function resultOf(ws: ExcelJS.Worksheet, row: number, col: number): Result {
  const cell = ws.getCell(row, col);
  // The model, not `value`: ExcelJS 4.4 reads a formula's cached 0 into the model but its `value` drops it.
  const model = cell.model as { formula?: string; sharedFormula?: string; result?: unknown };
  const r: unknown = model.formula !== undefined || model.sharedFormula !== undefined ? model.result : cell.value;
  if (r === undefined || r === null || r === '') return null;
  if (typeof r === 'number' || typeof r === 'string') return r;
  if (typeof r === 'object' && 'error' in (r as object)) return `#ERROR ${String((r as { error: unknown }).error)}`;
  return JSON.stringify(r);
}

function sameNumber(got: Result, want: number | null): boolean {
  if (want === null) return got === null;
  return typeof got === 'number' && Math.abs(got - want) <= TOLERANCE;
}

const sheetOf = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;

/**
 * The engine's view of the filled workbook. The recognizer does not read the 全年执行数 input the
 * plan puts beside the table (its label lies outside the table's columns), so it is read here from
 * the cell the plan gave it, as a money cell in the table's unit.
 */
function withExecution(view: Table, exec: { row: number; col: number }, wb: ExcelJS.Workbook): Table {
  if (view.execution !== null) return view;
  const raw = sheetOf(wb, view.sheet).getCell(exec.row, exec.col).value;
  const value = typeof raw === 'number' || typeof raw === 'string' ? raw : null;
  const text = value === null ? '' : String(value);
  return { ...view, execution: { ...exec, text, value: parseMoney(value, text, view.budget?.value.unit ?? '万元') } };
}

/** Typed texts for the 得分 formulas: fixed ones and generated ones (seeded). */
function fuzzInputs(): (string | number)[] {
  const levels = [...LEVEL_WORDS.flatMap((l) => l.words), '达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差', '效果', '基本', '部分', '未', '已', '全部', ''];
  const numbers = ['75', '7.5', '.5', '5.', '0', '100', '1.2.3', '-5', '+5', '１２', '1e3', '1,000', '60', '80', '120', '274', '64.39', '12', '..', '.'];
  const seps = ['', ' ', '　', ',', '，', ':', '：', '、', '(', '（', '。', '；', ';', '\n', '\t', '|', '.', '得分', '得'];
  const units = ['', '%', '％', '百分比', '分', '名', '万元', '元', '次', ')', '）', '。', '分）'];
  const junk = ['约', '很多', '≥', '左右', 'abc', '以上', '部分', '达成', '|', ' '];
  let seed = 20260101;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const pick = <T,>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
  const out = new Set<string>([
    '达成', '部分达成 7.5分', '已完成', '基本完成', '部分达成（75%）', '部分达成75', '未达成，得分50%', '部分完成。', '已按季度发放',
    '274名', '274', '137名', '约274名', '274人', '95%', '95％', '95百分比', '95', '0.95', '９５％', '约95%', '≥95%', '95%左右',
    '64.39万元', '643900元', '64.39', '5.', '.5', '1.2.3', '-3%', '1,000', ' 95 % ', '达成\n90%', '部分达成\t70%', '部分达成|70',
    // The band edges of 财预〔2020〕10号: 80 % is 达成's only, 60 % 部分达成's only.
    '部分达成 80%', '达成 80%', '未达成 60%', '部分达成 60%', '部分达成 79.9%', '未达成 59.9%',
  ]);
  while (out.size < 420) {
    const shape = rand(4);
    if (shape === 0) out.add([pick(levels), pick(seps), pick(numbers), pick(units)].join(''));
    else if (shape === 1) out.add([pick(levels), pick(seps), pick(numbers), pick(units), pick(junk)].join(''));
    else if (shape === 2) out.add([pick(junk), pick(numbers), pick(units)].join(''));
    else out.add(Array.from({ length: 1 + rand(5) }, () => pick([...levels, ...numbers, ...seps, ...units, ...junk])).join(''));
  }
  return [...out, 0, 75, 274, -3, 0.5, 1e6];
}

/** The rows the fuzz formulas score: qualitative at three weights, counts, a percentage, a cost cap, a bare number. */
const FUZZ_SPECS: { name: string; spec: IndicatorSpec; numbers: boolean }[] = [
  { name: '定性 10', spec: { level3: '整改到位', value: '隐患全部整改到位', weight: '10' }, numbers: true },
  { name: '定性 7.5', spec: { level3: '整改到位', value: '隐患全部整改到位', weight: '7.5' }, numbers: true },
  { name: '定性 0', spec: { level3: '整改到位', value: '隐患全部整改到位', weight: '0' }, numbers: true },
  { name: '≥274名', spec: { level3: '发放人数', value: '≥274名', weight: '12.5' }, numbers: true },
  // A number typed into a percentage target's cell is stored as a fraction in a 0 % cell: covered by the sample.
  { name: '≥90%', spec: { level3: '群众满意度', value: '≥90%', weight: '10' }, numbers: false },
  { name: '≤64.39万元', spec: { level2: '成本指标', level3: '项目成本', value: '≤64.39万元', weight: '10' }, numbers: true },
  { name: '≥12', spec: { level3: '发放次数', value: '≥12', weight: '10' }, numbers: true },
];

function fuzzTable(spec: IndicatorSpec, actual?: string | number): Table {
  return makeProjectTable({ indicators: [{ level1: '产出指标', level2: '数量指标', basis: '年初目标', ...spec, ...(actual === undefined ? {} : { actual }) }] });
}

function buildFuzzWorkbook(inputs: (string | number)[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('fuzz');
  ws.getCell(1, 1).value = '实际完成值';
  FUZZ_SPECS.forEach((f, j) => {
    ws.getCell(1, j + 2).value = f.name;
    const a = assessProject(fuzzTable(f.spec), DEFAULT_PROFILE).assessments[0];
    if (!a) throw new Error(`no assessment for ${f.name}`);
    inputs.forEach((input, i) => {
      const formula = indicatorScoreFormula(a, cellAddress(i + 2, 1));
      if (formula === null) throw new Error(`no formula for ${f.name}`);
      ws.getCell(i + 2, j + 2).value = { formula, result: 0 } as ExcelJS.CellFormulaValue;
    });
  });
  inputs.forEach((input, i) => {
    ws.getCell(i + 2, 1).value = input;
  });
  // Proof that Calc recalculated on load: the cached 5 must become 2.
  ws.getCell(1, FUZZ_SPECS.length + 3).value = { formula: '1+1', result: 5 } as ExcelJS.CellFormulaValue;
  addProfileSheet(wb);
  return wb;
}

/** The shipped profiles whose 预算执行率 scoring and grade bands differ from the default's. */
const PROFILES: Profile[] = [DEFAULT_PROFILE, ...['hubei', 'jiangxi'].map((n) =>
  ProfileSchema.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'profiles', `${n}.json`), 'utf8'))))];
/** 全年执行数 against a budget of 100 (and 10), on and around each step; 总分 around each grade band. */
const EXECUTED = [0, 59.9, 60, 79.9, 80, 8, 7.99, 99.99, 100, 120];
const TOTALS = [59.99, 60, 69.99, 70, 79.99, 80, 89.99, 90, 100];

/** Per profile: 预算执行率 (A: 全年执行数, B: 预算数), its 得分 and the 等级 of a total, as the plan writes them. */
function addProfileSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('profiles');
  EXECUTED.forEach((executed, i) => {
    const row = i + 1;
    ws.getCell(row, 1).value = executed;
    ws.getCell(row, 2).value = executed === 8 || executed === 7.99 ? 10 : 100;
    ws.getCell(row, 3).value = { formula: executionRateFormula(`A${row}`, `B${row}`), result: 0 } as ExcelJS.CellFormulaValue;
    PROFILES.forEach((p, j) => {
      ws.getCell(row, 4 + j).value = { formula: executionScoreFormula(`C${row}`, p.weights.budgetExecution, p.budgetExecution), result: 0 } as ExcelJS.CellFormulaValue;
    });
  });
  TOTALS.forEach((total, i) => {
    const row = EXECUTED.length + i + 1;
    ws.getCell(row, 1).value = total;
    PROFILES.forEach((p, j) => {
      ws.getCell(row, 4 + j).value = { formula: gradeFormula(`A${row}`, p.gradeThresholds), result: '' } as ExcelJS.CellFormulaValue;
    });
  });
}

run('formulas recalculated by LibreOffice Calc agree with the engine', () => {
  let plan: WritePlan;
  let first: CheckResult;
  let filled: CheckResult;
  let fills: Fill[];
  let calc: ExcelJS.Workbook;
  let fuzzCalc: ExcelJS.Workbook;
  let annotated: ExcelJS.Workbook;
  let selves: SelfWorkbook[];
  let selfCalc: ExcelJS.Workbook[];
  const inputs = fuzzInputs();

  beforeAll(async () => {
    if (soffice === null) throw new Error('LibreOffice (soffice) is not installed; on CI .ci/run installs libreoffice-calc');
    const sample = buildStackedSample();
    annotated = sample.workbook;
    addMissingTargets(annotated, checkWorkbook(await snapshotOfWorkbook(annotated)));
    const snapshot = await snapshotOfWorkbook(annotated);
    first = checkWorkbook(snapshot);
    plan = buildWritePlan(snapshot, first);
    applyWritePlan(annotated, plan);
    fills = chooseFills(first, plan);
    applyFills(annotated, fills);
    filled = checkWorkbook(await snapshotOfWorkbook(annotated));

    const dir = mkdtempSync(join(tmpdir(), 'formulas-recalc-'));
    selves = await selfEvaluationWorkbooks();
    const selfFiles = selves.map((s) => join(dir, `self-${s.name}.xlsx`));
    const files = [join(dir, 'annotated.xlsx'), join(dir, 'fuzz.xlsx'), ...selfFiles];
    writeFileSync(files[0] as string, Buffer.from(await annotated.xlsx.writeBuffer()));
    writeFileSync(files[1] as string, Buffer.from(await buildFuzzWorkbook(inputs).xlsx.writeBuffer()));
    for (const [i, s] of selves.entries()) writeFileSync(selfFiles[i] as string, Buffer.from(await s.workbook.xlsx.writeBuffer()));
    const [calcFile, fuzzFile, ...selfCalcFiles] = convertWithSoffice(soffice, files, 'xlsx', join(dir, 'calc'));
    selfCalc = await Promise.all(selfCalcFiles.map(async (file) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      return wb;
    }));
    calc = new ExcelJS.Workbook();
    await calc.xlsx.readFile(calcFile as string);
    fuzzCalc = new ExcelJS.Workbook();
    await fuzzCalc.xlsx.readFile(fuzzFile as string);
  }, 120_000);

  it('recalculated every formula on load', () => {
    expect(resultOf(sheetOf(fuzzCalc, 'fuzz'), 1, FUZZ_SPECS.length + 3)).toBe(2);
  });

  it('filled the sample with every case: each branch, boundary and total', () => {
    const used = new Set(fills.map((f) => f.label));
    expect(expectedLabels().filter((l) => !used.has(l))).toEqual([]);
    expect([...used].filter((l) => l.startsWith('dept:')).length).toBeGreaterThanOrEqual(6);
  });

  /** Project tables of the first check, each with its table in the filled check and its owned cells. */
  const projectPairs = () => first.tables.filter((t): t is Table => t.kind === 'project').map((t) => {
    const cells = projectCells(plan, t);
    const found = filled.tables.find((v) => v.kind === 'project' && v.sheet === t.sheet && v.grids[0]?.headerRow === t.grids[0]?.headerRow);
    if (!found || found.kind !== 'project') throw new Error(`table ${t.id} not found again after filling`);
    return { table: t, cells, view: withExecution(found, { row: cells.execRow, col: cells.scoreCol }, annotated) };
  });

  it('gives every 得分 the engine’s score (an empty cell where the engine has none)', () => {
    const bad: string[] = [];
    let scored = 0;
    for (const { table, cells, view } of projectPairs()) {
      const ws = sheetOf(calc, table.sheet);
      for (const a of assessProject(view, DEFAULT_PROFILE).assessments) {
        if (indicatorScoreFormula(a, 'A1') === null) continue;
        const got = resultOf(ws, a.indicator.row, cells.scoreCol);
        if (a.item.score !== null) scored++;
        if (!sameNumber(got, a.item.score)) {
          const input = resultOf(ws, a.indicator.row, cells.actualCol);
          bad.push(`${cellAddress(a.indicator.row, cells.scoreCol)} 指标值“${a.targetText}” 实际完成值 ${JSON.stringify(input)}: Calc ${JSON.stringify(got)}, engine ${String(a.item.score)} (${a.item.reason ?? ''})`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(scored).toBeGreaterThan(200);
  });

  it('gives every 预算执行率, 总分 and 等级 the engine’s', () => {
    const bad: string[] = [];
    for (const { table, cells, view } of projectPairs()) {
      const ws = sheetOf(calc, table.sheet);
      const score = scoreProject(view, DEFAULT_PROFILE);
      const check = (row: number, col: number, want: number | string | null, what: string) => {
        const got = resultOf(ws, row, col);
        const ok = typeof want === 'number' || want === null ? sameNumber(got, want) : got === want;
        if (!ok) bad.push(`${table.id} ${what} ${cellAddress(row, col)}: Calc ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`);
      };
      if (table.budget) {
        check(cells.rateRow, cells.scoreCol, score?.execution?.rate ?? null, '预算执行率');
        check(cells.execScoreRow, cells.scoreCol, score?.execution?.score ?? null, '执行率得分');
      }
      // Until every row has an actual the engine withholds the grade and the sheet counts the rows typed.
      check(cells.totalRow, cells.scoreCol, !score ? null : score.complete ? score.total : filledLabel(score.filled, score.rows), '总分');
      check(cells.gradeRow, cells.scoreCol, score?.complete ? score.grade : null, '等级');
    }
    expect(bad).toEqual([]);
  });

  it('lands the first three tables exactly on 90 (优), 80 (良) and 60 (中), and leaves the empty and unscorable ones without a total, the partly typed one counted', () => {
    const pairs = projectPairs();
    const shown = pairs.slice(0, 6).map(({ table, cells }) => {
      const ws = sheetOf(calc, table.sheet);
      return [resultOf(ws, cells.totalRow, cells.scoreCol), resultOf(ws, cells.gradeRow, cells.scoreCol)];
    });
    const rowsOf = (i: number) => assessProject(pairs[i]?.view as Table, DEFAULT_PROFILE).assessments.length;
    // The fifth has only its 全年执行数 typed: 已填 0/n and no grade, where a partial sum said 5 分（差）.
    expect(shown).toEqual([[90, '优'], [80, '良'], [60, '中'], [null, null], [filledLabel(0, rowsOf(4)), null], [null, null]]);
    expect(pairs.slice(0, 3).map(({ view }) => scoreProject(view, DEFAULT_PROFILE)?.total)).toEqual([90, 80, 60]);
  });

  it('gives every department 等级 the engine’s grade (empty where a person must grade)', () => {
    const bad: string[] = [];
    let graded = 0;
    for (const table of first.tables.filter((t): t is Table => t.kind === 'department')) {
      const { gradeCol } = departmentCells(plan, table);
      const view = filled.tables.find((v): v is Table => v.kind === 'department' && v.sheet === table.sheet && v.departmentHeaderRow === table.departmentHeaderRow);
      if (!view) throw new Error(`department table ${table.id} not found again`);
      const ws = sheetOf(calc, table.sheet);
      for (const indicator of view.entries.flatMap((e) => e.indicators)) {
        if (departmentGradeFormula(indicator, 'A1') === null) continue;
        const percent = departmentExpectsPercent(indicator);
        const reading = indicator.actual ? parseActual({ ...indicator.actual.value, text: indicator.actual.text }, percent) : { status: 'empty' as const };
        const result = gradeDepartmentIndicator(indicator, reading);
        const want = result.status === 'graded' ? result.grade : null;
        if (want !== null) graded++;
        const got = resultOf(ws, indicator.row, gradeCol);
        if (got !== want) {
          bad.push(`${cellAddress(indicator.row, gradeCol)} ${indicator.name.value} 实际完成值 ${JSON.stringify(indicator.actual?.value.raw ?? null)}: Calc ${JSON.stringify(got)}, engine ${JSON.stringify(want)}${result.status === 'ungraded' ? ` (${result.reason})` : ''}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(graded).toBeGreaterThan(20);
  });

  it('reads a few hundred typed texts as the engine does', () => {
    const ws = sheetOf(fuzzCalc, 'fuzz');
    const bad: string[] = [];
    FUZZ_SPECS.forEach((f, j) => {
      inputs.forEach((input, i) => {
        if (typeof input === 'number' && !f.numbers) return;
        const want = assessProject(fuzzTable(f.spec, input), DEFAULT_PROFILE).assessments[0]?.item.score ?? null;
        const got = resultOf(ws, i + 2, j + 2);
        if (!sameNumber(got, want)) bad.push(`${f.name} ${JSON.stringify(input)}: Calc ${JSON.stringify(got)}, engine ${String(want)}`);
      });
    });
    expect(bad).toEqual([]);
  });

  it('scores 预算执行率 and grades 总分 under each shipped profile as the engine does', () => {
    const ws = sheetOf(fuzzCalc, 'profiles');
    const bad: string[] = [];
    PROFILES.forEach((p, j) => {
      EXECUTED.forEach((executed, i) => {
        const budget = executed === 8 || executed === 7.99 ? 10 : 100;
        const want = p.weights.budgetExecution * executionShare(tidy(executed / budget), p);
        const got = resultOf(ws, i + 1, 4 + j);
        if (!sameNumber(got, want)) bad.push(`${p.name} 执行数${executed}/预算${budget}: Calc ${JSON.stringify(got)}, engine ${want}`);
      });
      TOTALS.forEach((total, i) => {
        const got = resultOf(ws, EXECUTED.length + i + 1, 4 + j);
        if (got !== gradeOf(total, p)) bad.push(`${p.name} 总分${total}: Calc ${JSON.stringify(got)}, engine ${gradeOf(total, p)}`);
      });
    });
    expect(bad).toEqual([]);
    expect(PROFILES.map((p) => p.weights.budgetExecution * executionShare(0.8, p))).toEqual([8, 16, 7]);
  });

  it('gives every self-evaluation 核算得分 the engine’s score of the values typed over the template’s own cells', async () => {
    const bad: string[] = [];
    let scored = 0;
    for (const [i, self] of selves.entries()) {
      const calcWb = selfCalc[i] as ExcelJS.Workbook;
      const view = checkWorkbook(await snapshotOfWorkbook(self.workbook));
      for (const { sheet, col, rows } of self.columns) {
        const table = view.tables.find((t) => t.sheet === sheet);
        if (!table) throw new Error(`no table on ${sheet}`);
        const ws = sheetOf(calcWb, sheet);
        for (const a of assessProject(table, DEFAULT_PROFILE).assessments.filter((x) => rows.includes(x.indicator.row))) {
          const got = resultOf(ws, a.indicator.row, col);
          if (a.item.score !== null) scored++;
          if (!sameNumber(got, a.item.score)) bad.push(`${self.name} ${cellAddress(a.indicator.row, col)} 实际完成值 ${JSON.stringify(a.actualText)}: Calc ${JSON.stringify(got)}, engine ${String(a.item.score)} (${a.item.reason ?? ''})`);
        }
        const total = table.totalRow;
        if (total) {
          const want = scoreProject(table, DEFAULT_PROFILE)?.total ?? null;
          const got = resultOf(ws, total.row, col);
          if (!sameNumber(got, want)) bad.push(`${self.name} 核算总分 ${cellAddress(total.row, col)}: Calc ${JSON.stringify(got)}, engine ${String(want)}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(scored).toBeGreaterThan(20);
  });
});
