import { parseActual } from '../../src/core/parse/actual-value';
import { departmentExpectsPercent, gradeDepartmentIndicator } from '../../src/core/grade/department-grade';
import { scoreProject } from '../../src/core/grade/project-score';
import { assessProject } from '../../src/core/check/assess-project';
import { departmentGradeFormula } from '../../src/core/plan/formulas/department-formulas';
import { gradeFormula, indicatorScoreFormula, totalFormula } from '../../src/core/plan/formulas/project-formulas';
import { DEFAULT_PROFILE } from '../../src/core/profile/profile-schema';
import { filledLabel } from '../../src/core/vocabulary';
import type { CellValue } from '../../src/core/snapshot';
import { FakeExcel, type FakeCell } from '../../src/harness/fake-excel';
import { makeDepartmentIndicator, type DeptIndicatorSpec } from '../core/make-department-table';
import { makeProjectTable, type IndicatorSpec } from '../core/make-project-table';

const SHEET = '项目绩效目标表';

function workbook(...names: string[]): FakeExcel {
  const fake = new FakeExcel();
  for (const name of names) fake.addSheet(name);
  return fake;
}

/** Writes `data` into `address` through Office.js, as the add-in does, and syncs. */
async function write(fake: FakeExcel, sheet: string, address: string, prop: 'values' | 'formulas' | 'numberFormat', data: unknown[][]): Promise<void> {
  const range = fake.context.workbook.worksheets.getItem(sheet).getRange(address);
  range[prop] = data;
  await fake.context.sync();
}

async function read(fake: FakeExcel, sheet: string, address: string): Promise<{ values: unknown[][]; text: string[][] }> {
  const range = fake.context.workbook.worksheets.getItem(sheet).getRange(address);
  range.load('values,text');
  await fake.context.sync();
  return { values: range.values, text: range.text };
}

const column = (xs: unknown[]) => xs.map((x) => [x]);

/** The cell as the engine's table would hold it: a number under a % format as a fraction. */
function actualOf(c: FakeCell): string | number | { fraction: number } {
  if (typeof c.value === 'number') return c.numberFormat.includes('%') ? { fraction: c.value } : c.value;
  return c.value === null ? '' : String(c.value);
}

function sameScore(got: unknown, want: number | null): boolean {
  if (want === null) return got === '';
  return typeof got === 'number' && Math.abs(got - want) < 1e-9;
}

describe('formulas of src/core/plan/formulas, calculated by the fake as the engine grades', () => {
  const cases: { name: string; spec: IndicatorSpec; percent: boolean; typed: string[] }[] = [
    { name: '≥274名', spec: { level3: '发放人数', value: '≥274名', weight: '12.5' }, percent: false, typed: ['274', '137名', '300', '约274名', '274人', '0', ''] },
    { name: '定性', spec: { level3: '整改到位', value: '隐患全部整改到位', weight: '10' }, percent: false,
      typed: ['达成', '部分达成 7.5分', '部分达成（75%）', '基本完成', '未完成', '已按季度发放', '部分达成75'] },
    { name: '≥90%', spec: { level3: '群众满意度', value: '≥90%', weight: '10' }, percent: true, typed: ['95%', '85%', '95', '85', '９５％', '0.8', '约95%'] },
  ];

  it.each(cases)('得分 of a $name row, for each 实际完成值 a person types', async ({ spec, percent, typed }) => {
    const fake = workbook(SHEET);
    const assessment = assessProject(makeProjectTable({ indicators: [{ level1: '产出指标', level2: '数量指标', ...spec }] }), DEFAULT_PROFILE).assessments[0];
    if (!assessment) throw new Error('no assessment');
    const rows = typed.map((_, i) => i + 2);
    // As the plan lays it out: the input cell formatted 0% against a percentage target, the formula beside it.
    if (percent) await write(fake, SHEET, `A2:A${rows.length + 1}`, 'numberFormat', column(rows.map(() => '0%')));
    await write(fake, SHEET, `B2:B${rows.length + 1}`, 'formulas', column(rows.map((r) => `=${indicatorScoreFormula(assessment, `A${r}`) ?? ''}`)));
    typed.forEach((t, i) => fake.userEdit(SHEET, i + 2, 1, t));

    const { values } = await read(fake, SHEET, `B2:B${rows.length + 1}`);
    const bad = typed.flatMap((t, i) => {
      const table = makeProjectTable({ indicators: [{ level1: '产出指标', level2: '数量指标', ...spec, actual: actualOf(fake.cell(SHEET, i + 2, 1)) }] });
      const want = assessProject(table, DEFAULT_PROFILE).assessments[0]?.item.score ?? null;
      const got = values[i]?.[0];
      return sameScore(got, want) ? [] : [`${JSON.stringify(t)}: fake ${JSON.stringify(got)}, engine ${String(want)}`];
    });
    expect(bad).toEqual([]);
    expect(values.some(([v]) => typeof v === 'number' && v > 0)).toBe(true);
  });

  it('总分 and 等级 of a table, from its 得分 cells', async () => {
    const specs: IndicatorSpec[] = [
      { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', weight: '30', actual: 274 },
      { level1: '效益指标', level2: '社会效益指标', level3: '整改到位', value: '隐患全部整改到位', weight: '30', actual: '部分达成 75%' },
      { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', weight: '30', actual: { fraction: 0.857 } },
    ];
    const table = makeProjectTable({ indicators: specs });
    const fake = workbook(SHEET);
    const inputs = specs.map((s) => (typeof s.actual === 'object' ? s.actual.fraction : s.actual));
    await write(fake, SHEET, 'A4', 'numberFormat', [['0%']]);
    await write(fake, SHEET, 'A2:A4', 'values', column(inputs));
    const formulas = assessProject(table, DEFAULT_PROFILE).assessments.map((a, i) => `=${indicatorScoreFormula(a, `A${i + 2}`) ?? ''}`);
    const actualRefs = specs.map((_, i) => `A${i + 2}`);
    await write(fake, SHEET, 'B2:B6', 'formulas', column([...formulas, `=${totalFormula(['B2', 'B3', 'B4'], actualRefs)}`, `=${gradeFormula('B5', DEFAULT_PROFILE.gradeThresholds)}`]));

    const score = scoreProject(table, DEFAULT_PROFILE);
    expect(score?.complete).toBe(true);
    expect((await read(fake, SHEET, 'B5:B6')).values).toEqual([[score?.total], [score?.grade]]);

    // One actual erased: the engine withholds the grade, the sheet says how many are typed, as the plan's cached text does.
    fake.userEdit(SHEET, 3, 1, '');
    const partial = scoreProject(makeProjectTable({ indicators: specs.map((s, i) => (i === 1 ? { ...s, actual: '' } : s)) }), DEFAULT_PROFILE);
    expect(partial).toMatchObject({ complete: false, filled: specs.length - 1, rows: specs.length });
    expect((await read(fake, SHEET, 'B5:B6')).values).toEqual([[filledLabel(specs.length - 1, specs.length)], ['']]);
  });

  const departmentCases: { name: string; spec: DeptIndicatorSpec; typed: string[] }[] = [
    { name: 'percentages', spec: { name: '项目完成率', bands: ['100%', '90%', '80%', '60%以下'] }, typed: ['100%', '95%', '90', '85', '79.9%', '0.6', '合规', ''] },
    { name: 'words', spec: { name: '合规性', bands: ['合规', '', '', '不合规'] }, typed: ['合规', ' 合 规 ', '不合规', '基本合规', '1'] },
  ];

  it.each(departmentCases)('等级 of a department row with bands in $name', async ({ spec, typed }) => {
    const fake = workbook('部门整体绩效目标');
    const indicator = makeDepartmentIndicator(spec);
    const percent = departmentExpectsPercent(indicator);
    const rows = typed.map((_, i) => i + 2);
    if (percent) await write(fake, '部门整体绩效目标', `A2:A${rows.length + 1}`, 'numberFormat', column(rows.map(() => '0%')));
    await write(fake, '部门整体绩效目标', `B2:B${rows.length + 1}`, 'formulas', column(rows.map((r) => `=${departmentGradeFormula(indicator, `A${r}`) ?? ''}`)));
    typed.forEach((t, i) => fake.userEdit('部门整体绩效目标', i + 2, 1, t));

    const { values } = await read(fake, '部门整体绩效目标', `B2:B${rows.length + 1}`);
    const got = values.map(([v]) => v);
    const want = typed.map((_, i) => {
      const c = fake.cell('部门整体绩效目标', i + 2, 1);
      const result = gradeDepartmentIndicator(indicator, parseActual({ raw: c.value, format: c.numberFormat, text: fake.displayText('部门整体绩效目标', i + 2, 1) }, percent));
      return result.status === 'graded' ? result.grade : '';
    });
    expect(got).toEqual(want);
    expect(got.filter((g) => g !== '').length).toBeGreaterThanOrEqual(3);
  });
});

describe('calculation in the fake', () => {
  it('follows references across sheets, quoted or not, and recalculates what depends on an edit, transitively', async () => {
    const fake = workbook(SHEET, '检查汇总');
    await write(fake, SHEET, 'A1:A2', 'values', [[40], [2]]);
    await write(fake, '检查汇总', 'A1:A3', 'formulas', [[`=${SHEET}!A1*${SHEET}!A2`], [`=IF('${SHEET}'!A1="","",'检查汇总'!A1+1)`], ['=SUM(A1:A2)']]);
    await write(fake, SHEET, 'B1', 'formulas', [["='检查汇总'!A3&\"分\""]]);
    expect((await read(fake, '检查汇总', 'A1:A3')).values).toEqual([[80], [81], [161]]);
    expect(fake.displayText(SHEET, 1, 2)).toBe('161分');

    fake.userEdit(SHEET, 1, 1, '10');
    expect([1, 2, 3].map((r) => fake.cell('检查汇总', r, 1).value)).toEqual([20, 21, 41]);
    expect(fake.cell(SHEET, 1, 2).value).toBe('41分');
    fake.userEdit(SHEET, 1, 1, '');
    expect([1, 2, 3].map((r) => fake.cell('检查汇总', r, 1).value)).toEqual([0, '', 0]);
  });

  it('shows errors as Excel does, propagates them, and lets IFERROR catch them', async () => {
    const fake = workbook('S');
    await write(fake, 'S', 'A1:A7', 'formulas', [['=1/0'], ['=NA()'], ['=A2+1'], ['=IFERROR(A1,"除零")'], ['=VALUE("1.2.3")'], ['=NOSUCH(1)'], ["='不存在'!A1"]]);
    const { values, text } = await read(fake, 'S', 'A1:A7');
    expect(values.map(([v]) => v)).toEqual(['#DIV/0!', '#N/A', '#N/A', '除零', '#VALUE!', '#NAME?', '#REF!']);
    expect(text.map(([t]) => t)).toEqual(['#DIV/0!', '#N/A', '#N/A', '除零', '#VALUE!', '#NAME?', '#REF!']);

    // A sheet added later makes the reference good: a blank first, then what is written there.
    fake.context.workbook.worksheets.add('不存在');
    await fake.context.sync();
    expect(fake.cell('S', 7, 1).value).toBe(0);
    await write(fake, '不存在', 'A1', 'values', [[7]]);
    expect(fake.cell('S', 7, 1).value).toBe(7);
  });

  it('compares a blank as "" or 0 and text without case, and renders results under the cell’s format', async () => {
    const fake = workbook('S');
    await write(fake, 'S', 'C1:C2', 'numberFormat', [['0.00%'], ['0.00']]);
    await write(fake, 'S', 'B1:B4', 'formulas', [['=A1=""'], ['=A1=0'], ['="abc"="ABC"'], ['=IF(ISNUMBER(A1),1,"空")']]);
    await write(fake, 'S', 'C1:C2', 'formulas', [['=7/8'], ['=ROUND(0.285,2)']]);
    expect((await read(fake, 'S', 'B1:B4')).values).toEqual([[true], [true], [true], ['空']]);
    expect((await read(fake, 'S', 'C1:C2')).text).toEqual([['87.50%'], ['0.29']]);
    fake.userEdit('S', 1, 1, 'x');
    expect(fake.cell('S', 1, 2).value).toBe(false);
    expect(fake.cell('S', 4, 2).value).toBe('空');
  });

  it('gives a read in the same batch the calculated value, and shows a link’s friendly name', async () => {
    const fake = workbook('S');
    const ws = fake.context.workbook.worksheets.getItem('S');
    ws.getRange('A1:A2').formulas = [[2], ['=A1*21']];
    ws.getRange('B1').formulas = [[`=HYPERLINK("#'S'!A1","表1")`]];
    const range = ws.getRange('A2:B2');
    range.load('values');
    ws.getRange('B1').load('values');
    await fake.context.sync();
    expect(range.values[0]?.[0]).toBe(42);
    expect(fake.cell('S', 1, 2).value).toBe('表1');
  });

  it('keeps a seeded formula’s cached value until something it reads changes', () => {
    const fake = workbook('S');
    const cached: Partial<FakeCell> = { formula: 'A1*2', value: 99 as CellValue };
    fake.sheet('S').cells.set('1,2', { ...fake.cell('S', 1, 2), ...cached });
    fake.userEdit('S', 5, 5, '1');
    expect(fake.cell('S', 1, 2).value).toBe(99);
    fake.userEdit('S', 1, 1, '4');
    expect(fake.cell('S', 1, 2).value).toBe(8);
  });
});
