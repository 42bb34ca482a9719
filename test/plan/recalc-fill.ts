/**
 * Year-end values for the annotated stacked sample, chosen to reach every scoring branch and
 * boundary of grade/project-score.ts (and every step of the department grades), for the test that
 * lets LibreOffice recalculate the plan's formulas and for the PDF look at the annotated sample.
 */
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../../src/core/engine';
import type { Table } from '../../src/core/model/table';
import type { DepartmentIndicator } from '../../src/core/model/department-entry';
import { assessProject } from '../../src/core/check/assess-project';
import type { IndicatorAssessment } from '../../src/core/check/assess-indicator';
import { departmentExpectsPercent, gradeDirection, gradeSteps } from '../../src/core/grade/department-grade';
import { isPercentTarget } from '../../src/core/plan/formulas/project-formulas';
import { departmentGradeFormula } from '../../src/core/plan/formulas/department-formulas';
import { OWNED_HEADER, TOTAL_LABEL, type WritePlan } from '../../src/core/plan/write-plan';
import { DEFAULT_PROFILE, type Profile } from '../../src/core/profile/profile-schema';
import { tidy } from '../../src/core/parse/quantity';

export type Input = string | number;

export interface Fill {
  sheet: string;
  row: number;
  col: number;
  value: Input;
  /** The case it stands for (`pos:below`, `qual:points`, `exec:over-100%`, `dept:up:at-优`, …). */
  label: string;
}

/** Where the plan put a project table's owned cells. */
export interface ProjectCells {
  actualCol: number;
  scoreCol: number;
  execRow: number;
  rateRow: number;
  execScoreRow: number;
  totalRow: number;
  gradeRow: number;
}

export function projectCells(plan: WritePlan, table: Table): ProjectCells {
  const cells = plan.sheets.find((s) => s.sheet === table.sheet)?.cells ?? [];
  const header = table.grids[0]?.headerRow ?? table.area.top;
  const actualCol = Math.min(...cells.filter((c) => c.row === header && c.value === OWNED_HEADER.actual && c.col > table.area.right).map((c) => c.col));
  const exec = cells.find((c) => c.col === actualCol && c.value === TOTAL_LABEL.execution && c.row >= table.area.top && c.row <= table.area.bottom + 5);
  if (!Number.isFinite(actualCol) || !exec) throw new Error(`no owned columns for ${table.id}`);
  const rowOf = (label: string) => cells.find((c) => c.col === actualCol && c.value === label && c.row >= exec.row && c.row <= exec.row + 5)?.row ?? NaN;
  return {
    actualCol, scoreCol: actualCol + 1, execRow: exec.row, rateRow: rowOf(TOTAL_LABEL.rate), execScoreRow: rowOf(TOTAL_LABEL.executionScore),
    totalRow: rowOf(TOTAL_LABEL.total), gradeRow: rowOf(TOTAL_LABEL.grade),
  };
}

export function departmentCells(plan: WritePlan, table: Table): { actualCol: number; gradeCol: number } {
  const cells = plan.sheets.find((s) => s.sheet === table.sheet)?.cells ?? [];
  const actualCol = Math.min(...cells.filter((c) => c.row === table.departmentHeaderRow && c.value === OWNED_HEADER.actual).map((c) => c.col));
  if (!Number.isFinite(actualCol)) throw new Error(`no owned columns for ${table.id}`);
  return { actualCol, gradeCol: actualCol + 1 };
}

/** Numbers in text as a person writes them: no float noise. */
const fmt = (n: number) => String(tidy(n));

type Case = { label: string; value: Input };
type CaseList = (a: IndicatorAssessment) => Case[];

/** Quantitative target: number, unit as written, direction, whether it is a percentage. */
function targetOf(a: IndicatorAssessment) {
  const v = a.indicator.value?.value;
  if (v?.kind !== 'quantitative') throw new Error('not quantitative');
  return { t: v.number, unit: v.unitText, direction: v.direction, percent: isPercentTarget(a) };
}

/** A percentage target's cell is formatted 0 %: a person's 95 % is stored as 0.95. */
const pct = (n: number) => tidy(n / 100);

function equalCases(a: IndicatorAssessment): Case[] {
  const { t, percent } = targetOf(a);
  const [k, v] = percent ? ['eq%', pct] : ['eq', (n: number) => n];
  return [{ label: `${k}:at-target`, value: v(t) }, { label: `${k}:below`, value: v(t / 2) }, { label: `${k}:above`, value: v(2 * t) }];
}

function reverseCases(a: IndicatorAssessment): Case[] {
  const { t, unit, percent } = targetOf(a);
  const [k, v] = percent ? ['rev%', pct] : ['rev', (n: number) => n];
  return [
    { label: `${k}:at-target`, value: v(t) }, { label: `${k}:below`, value: v(t / 2) }, { label: `${k}:between-1x-2x`, value: v(1.5 * t) },
    { label: `${k}:exactly-2x`, value: v(2 * t) }, { label: `${k}:above-2x`, value: v(3 * t) }, { label: `${k}:just-above`, value: v(1.01 * t) },
    percent ? { label: 'rev%:text-%', value: `${fmt(1.25 * t)}%` } : { label: 'rev:text-with-unit', value: `${fmt(1.25 * t)}${unit}` },
  ];
}

const CASES: Record<string, CaseList> = {
  pos: (a) => {
    const { t, unit } = targetOf(a);
    const other = unit === '件' ? '个' : '件';
    return [
      { label: 'pos:at-target', value: t }, { label: 'pos:below', value: t / 2 }, { label: 'pos:above-130%', value: 1.5 * t },
      { label: 'pos:zero', value: 0 }, { label: 'pos:negative', value: -3 }, { label: 'pos:text-with-unit', value: `${fmt(t)}${unit}` },
      { label: 'pos:text-below', value: ` ${fmt(t / 4)} ${unit}` }, { label: 'pos:text-approx (not scored)', value: `约${fmt(t)}${unit}` },
      { label: 'pos:text-other-unit (not scored)', value: `${fmt(t)}${other}` }, { label: 'pos:spaces-only', value: '   ' },
      { label: 'pos:text-bare', value: fmt(t * 0.9) },
    ];
  },
  'pos-pct': (a) => {
    const { t } = targetOf(a);
    return [
      { label: 'pct:at-target', value: pct(t) }, { label: 'pct:below', value: pct(t / 2) }, { label: 'pct:over-100%', value: 1.2 },
      { label: 'pct:zero', value: 0 }, { label: 'pct:text-%', value: `${fmt(t)}%` }, { label: 'pct:text-百分比', value: `${fmt(t / 2)}百分比` },
      { label: 'pct:text-full-width-％', value: `${fmt(t - 1)}％` }, { label: 'pct:text-no-sign (not scored)', value: fmt(t) },
      { label: 'pct:text-approx (not scored)', value: `约${fmt(t)}%` }, { label: 'pct:full-width-digits (not scored)', value: '９５％' },
      { label: 'pct:two-decimals', value: pct(t - 0.37) },
    ];
  },
  eq: (a) => equalCases(a),
  'eq-pct': (a) => equalCases(a),
  rev: (a) => reverseCases(a),
  'rev-pct': (a) => reverseCases(a),
  'rev-zero': () => [{ label: 'rev0:at-0', value: 0 }, { label: 'rev0:above', value: 1 }, { label: 'rev0:below', value: -1 }],
  'eq-zero': () => [{ label: 'eq0:at-0', value: 0 }, { label: 'eq0:above', value: 1 }, { label: 'eq0:below', value: -1 }],
  'pos-zero': () => [{ label: 'pos0:at-0', value: 0 }, { label: 'pos0:above', value: 3 }, { label: 'pos0:below', value: -1 }],
  'pos-neg': (a) => {
    const { t, percent } = targetOf(a);
    const v = (n: number) => (percent ? pct(n) : n);
    return [{ label: 'neg:above', value: v(t + 2) }, { label: 'neg:at-target', value: v(t) }, { label: 'neg:below', value: v(t - 3) }];
  },
  qual: (a) => {
    const w = a.item.weight;
    return [
      { label: 'qual:达成', value: '达成' }, { label: 'qual:部分达成', value: '部分达成' }, { label: 'qual:未达成', value: '未达成' },
      { label: 'qual:已完成', value: '已完成' }, { label: 'qual:基本完成', value: '基本完成' }, { label: 'qual:未完成', value: '未完成' },
      { label: 'qual:全部完成。', value: '全部完成。' }, { label: 'qual:达成年度指标', value: '达成年度指标' },
      { label: 'qual:部分达成年度指标并具有一定效果', value: '部分达成年度指标并具有一定效果' },
      { label: 'qual:未达成年度指标且效果较差', value: '未达成年度指标且效果较差' },
      { label: 'qual:share-inside', value: '部分达成 75%' }, { label: 'qual:share-no-sign', value: '部分达成75' },
      { label: 'qual:share-in-brackets', value: '部分达成（65%）' }, { label: 'qual:share-after-colon', value: '达成：90%' },
      { label: 'qual:得分-share', value: '未达成，得分50%' }, { label: 'qual:share-band-edge', value: '部分达成 60%' },
      { label: 'qual:share-above-band', value: '部分达成 90%' }, { label: 'qual:share-below-band', value: '达成 50%' },
      { label: 'qual:share-above-未达成', value: '未达成 70%' }, { label: 'qual:share-over-100', value: '达成 120%' },
      { label: 'qual:points', value: `部分达成 ${fmt(w * 0.7)}分` }, { label: 'qual:points-decimal', value: `基本达成${fmt(w * 0.65)}分` },
      { label: 'qual:spaces', value: ' 部分 达成 70 % ' }, { label: 'qual:unknown-level (not scored)', value: '效果良好' },
      { label: 'qual:words-after-level (not scored)', value: '部分达成很多' }, { label: 'qual:number (not scored)', value: 75 },
    ];
  },
};

function categoryOf(a: IndicatorAssessment): string | null {
  const v = a.indicator.value?.value;
  if (v?.kind === 'qualitative') return 'qual';
  if (v?.kind !== 'quantitative') return null;
  const t = v.number;
  const percent = isPercentTarget(a);
  if (v.direction === 'reverse') return t > 0 ? (percent ? 'rev-pct' : 'rev') : 'rev-zero';
  if (v.direction === 'equal') return t === 0 ? 'eq-zero' : t > 0 ? (percent ? 'eq-pct' : 'eq') : 'pos-neg';
  if (t > 0) return percent ? 'pos-pct' : 'pos';
  return t === 0 ? 'pos-zero' : 'pos-neg';
}

/** Every case label the fills are meant to reach, for the coverage check. */
export function expectedLabels(): string[] {
  return [
    ...Object.entries(CASES).flatMap(([k, list]) => list(fakeAssessment(k)).map((c) => c.label)),
    ...EXEC_CASES.map((c) => c.label), 'total:90', 'total:80', 'total:60', 'invalid-only',
  ];
}

/** A stand-in assessment for listing labels (labels do not depend on the row). */
function fakeAssessment(category: string): IndicatorAssessment {
  const unit = category.endsWith('-pct') ? '%' : '次';
  const quantitative = { kind: 'quantitative' as const, operator: '>=' as const, direction: 'positive' as const, number: 10, unit, unitText: unit, text: `≥10${unit}` };
  const value = category === 'qual' ? { kind: 'qualitative' as const, text: '达成' } : quantitative;
  return {
    indicator: { row: 1, level1: null, level2: null, level3: null, description: null, basis: null, unit: null, weight: null, actual: null, value: { row: 1, col: 1, text: '', value } },
    item: { row: 1, level1: '产出', weight: 10, score: null, reason: null, branch: 'none' },
    actualText: '', targetText: '', percent: false, issues: [],
  } as unknown as IndicatorAssessment;
}

/** 全年执行数 as a share of the budget (null: left empty). */
const EXEC_CASES: { label: string; share: number | null }[] = [
  { label: 'exec:none', share: null }, { label: 'exec:zero', share: 0 }, { label: 'exec:half', share: 0.5 },
  { label: 'exec:exactly-100%', share: 1 }, { label: 'exec:over-100%', share: 1.25 }, { label: 'exec:negative', share: -0.1 },
];

/**
 * Targets the seed lacks, written into the last three project tables with four quantitative rows
 * before the check (so each gets all its cases): an equal target of 0, a reverse target of 0, a
 * negative percentage and one more `≥0次`.
 */
export function addMissingTargets(wb: ExcelJS.Workbook, result: CheckResult): void {
  const targets = ['0起', '≤0起', '≥-5%', '≥0次'];
  const rowsOf = (t: Table) => t.indicators.filter((r) => r.value?.value.kind === 'quantitative');
  const tables = result.tables.filter((t): t is Table => t.kind === 'project' && rowsOf(t).length >= targets.length).slice(-3);
  if (tables.length < 3) throw new Error('too few project tables with four quantitative rows');
  for (const table of tables) {
    targets.forEach((target, i) => {
      const cell = rowsOf(table)[i]?.value;
      if (cell) (wb.getWorksheet(table.sheet) as ExcelJS.Worksheet).getCell(cell.row, cell.col).value = target;
    });
  }
}

/** A value for every role a table plays in the test. */
type Role = 'total:90' | 'total:80' | 'total:60' | 'blank' | 'exec-only' | 'invalid-only' | 'cases';

function roleOf(i: number): Role {
  const roles: Role[] = ['total:90', 'total:80', 'total:60', 'blank', 'exec-only', 'invalid-only'];
  return roles[i] ?? 'cases';
}

/** A value that gives the row full marks. */
function fullValue(a: IndicatorAssessment): Input {
  if (categoryOf(a) === 'qual') return '达成';
  const { t, percent } = targetOf(a);
  return percent ? pct(t) : t;
}

/** A value that gives the row `w − loss` of its weight `w`; null when the row cannot lose exactly. */
function valueLosing(a: IndicatorAssessment, loss: number): Input | null {
  const w = a.item.weight;
  const keep = (w - loss) / w;
  const category = categoryOf(a);
  if (category === 'qual') {
    const share = Number((100 * keep).toFixed(9));
    const level = share >= 80 ? '达成' : share >= 60 ? '部分达成' : '未达成';
    return `${level} ${fmt(share)}%`;
  }
  if (category === 'pos' || category === 'pos-pct') {
    const { t, percent } = targetOf(a);
    return percent ? pct(t * keep) : tidy(t * keep);
  }
  return null;
}

/**
 * Values for every owned input of the sample: project tables 1–3 total exactly 90, 80 and 60; table
 * 4 stays empty; table 5 has only a 全年执行数; table 6 only actuals that cannot be scored; the
 * rest cycle through every case of their rows' kinds, and 全年执行数 through none, 0, half, all,
 * more than the budget and a negative amount. The department table cycles through each row's steps.
 */
export function chooseFills(result: CheckResult, plan: WritePlan, profile: Profile = DEFAULT_PROFILE): Fill[] {
  const fills: Fill[] = [];
  const counters = new Map<string, number>();
  const next = (key: string, n: number) => {
    const i = counters.get(key) ?? 0;
    counters.set(key, i + 1);
    return i % n;
  };
  const projects = result.tables.filter((t): t is Table => t.kind === 'project');
  projects.forEach((table, i) => {
    const cells = projectCells(plan, table);
    const budget = table.budget?.value.amount ?? null;
    const put = (row: number, col: number, value: Input, label: string) => fills.push({ sheet: table.sheet, row, col, value, label });
    const execute = (share: number, label: string) => {
      if (budget !== null && budget > 0) put(cells.execRow, cells.scoreCol, tidy(budget * share), label);
    };
    const scorable = assessProject(table, profile).assessments.filter((a) => categoryOf(a) !== null);
    const role = roleOf(i);
    if (role === 'blank') return;
    if (role === 'exec-only') return execute(0.5, 'exec:half');
    if (role === 'invalid-only') {
      for (const a of scorable) put(a.indicator.row, cells.actualCol, categoryOf(a) === 'qual' ? '效果良好' : `约${fmt(targetOf(a).t)}`, 'invalid-only');
      return;
    }
    if (role.startsWith('total:')) {
      const goal = Number(role.slice('total:'.length));
      const values = new Map(scorable.map((a) => [a, fullValue(a)]));
      const full = scorable.reduce((s, a) => s + a.item.weight, 0);
      let loss = Math.max(0, full - goal);
      for (const a of scorable) {
        if (loss <= 1e-12) break;
        const part = Math.min(a.item.weight, loss);
        const v = valueLosing(a, part);
        if (v === null) continue;
        values.set(a, v);
        loss -= part;
      }
      if (loss > 1e-12) throw new Error(`table ${table.id} cannot total ${goal}`);
      for (const [a, v] of values) put(a.indicator.row, cells.actualCol, v, role);
      const rest = goal - Math.min(full, goal);
      execute(rest / profile.weights.budgetExecution, role);
      if (rest === 0) put(cells.execRow, cells.scoreCol, 0, role);
      return;
    }
    for (const a of scorable) {
      const category = categoryOf(a) as string;
      const list = (CASES[category] as CaseList)(a);
      const c = list[next(category, list.length)] as Case;
      put(a.indicator.row, cells.actualCol, c.value, c.label);
    }
    const e = EXEC_CASES[next('exec', EXEC_CASES.length)] as (typeof EXEC_CASES)[number];
    if (e.share !== null) execute(e.share, e.label);
    else fills.push({ sheet: table.sheet, row: cells.execRow, col: cells.scoreCol, value: '', label: e.label });
  });

  for (const table of result.tables.filter((t): t is Table => t.kind === 'department')) {
    const { actualCol } = departmentCells(plan, table);
    for (const entry of table.entries) {
      for (const indicator of entry.indicators) {
        if (departmentGradeFormula(indicator, 'A1') === null) continue;
        const list = departmentCases(indicator);
        const c = list[next('dept', Number.MAX_SAFE_INTEGER) % list.length];
        if (c) fills.push({ sheet: table.sheet, row: indicator.row, col: actualCol, value: c.value, label: c.label });
      }
    }
  }
  return fills.filter((f) => f.value !== '' || f.label.startsWith('exec:'));
}

/** A department row's steps, just on each side of them, and for word rows the 优 and 差 texts. */
function departmentCases(indicator: DepartmentIndicator): Case[] {
  const direction = gradeDirection(indicator.bands);
  if (direction === 'words') {
    const words = (['优', '差'] as const).flatMap((g) => {
      const b = indicator.bands[g].value;
      return b.kind === 'word' ? [{ label: `dept:words:${g}`, value: b.text }] : [];
    });
    return [...words, { label: 'dept:words:other', value: '需要人工' }];
  }
  const steps = gradeSteps(indicator.bands);
  if (!steps) return [];
  const percent = departmentExpectsPercent(indicator);
  const v = (n: number) => (percent ? pct(n) : n);
  const dir = steps.direction;
  const sign = dir === 'up' ? 1 : -1;
  return steps.steps.flatMap((s) => [
    { label: `dept:${dir}:at-${s.grade}`, value: v(s.bound) },
    { label: `dept:${dir}:short-of-${s.grade}`, value: v(s.bound - sign * 0.5) },
    { label: `dept:${dir}:past-${s.grade}`, value: v(s.bound + sign * 0.5) },
  ]);
}

/** Writes the values into the workbook's input cells (their formats stay: 0 % where the plan put it). */
export function applyFills(wb: ExcelJS.Workbook, fills: Fill[]): void {
  for (const f of fills) {
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) throw new Error(`no sheet ${f.sheet}`);
    ws.getCell(f.row, f.col).value = f.value === '' ? null : f.value;
  }
}
