import { round2, scoreProject, type ProjectScore } from '../../../src/core/grade/project-score';
import { gradeOf } from '../../../src/core/profile/grade-of';
import { assessProject } from '../../../src/core/check/assess-project';
import { readQualitative } from '../../../src/core/parse/typed-actual';
import { parseNumberCell } from '../../../src/core/parse/number-cell';
import { DEFAULT_PROFILE, ProfileSchema } from '../../../src/core/profile/profile-schema';
import { makeProjectTable, type IndicatorSpec, type ProjectSpec } from '../make-project-table';

const output = (value: string, actual?: IndicatorSpec['actual'], extra: IndicatorSpec = {}): IndicatorSpec => ({
  level1: '产出指标', level2: '数量指标', level3: '发放人数', value, basis: '年初目标', ...(actual === undefined ? {} : { actual }), ...extra,
});
const effect = (value: string, actual?: IndicatorSpec['actual'], extra: IndicatorSpec = {}): IndicatorSpec => ({
  level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value, basis: '年初目标', ...(actual === undefined ? {} : { actual }), ...extra,
});
const satisfaction = (value: string, actual?: IndicatorSpec['actual'], extra: IndicatorSpec = {}): IndicatorSpec => ({
  level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value, basis: '年初目标', ...(actual === undefined ? {} : { actual }), ...extra,
});

function score(spec: ProjectSpec, profile = DEFAULT_PROFILE): ProjectScore {
  const s = scoreProject(makeProjectTable(spec), profile);
  if (s === null) throw new Error('expected a score');
  return s;
}

/** The score of the table's first indicator, given as its only 产出 row. */
function first(value: string, actual: IndicatorSpec['actual'], extra: IndicatorSpec = {}) {
  const s = score({ indicators: [output(value, actual, extra), effect('维护社会稳定', '达成'), satisfaction('≥90%', '95%')] });
  const item = s.items[0];
  if (!item) throw new Error('no item');
  return item;
}

describe('scoreProject: whether to score at all', () => {
  it('is null before year end: no actual and no 全年执行数', () => {
    expect(scoreProject(makeProjectTable(), DEFAULT_PROFILE)).toBeNull();
    expect(scoreProject(makeProjectTable({ indicators: [output('≥274名', '')] }), DEFAULT_PROFILE)).toBeNull();
  });

  it('scores as soon as one actual or the 全年执行数 is there', () => {
    expect(scoreProject(makeProjectTable({ execution: '20' }), DEFAULT_PROFILE)).toMatchObject({ total: 10, complete: false });
    const s = score({ indicators: [output('≥274名', 274), effect('维护社会稳定'), satisfaction('≥90%')] });
    expect(s.total).toBe(50);
    expect(s.complete).toBe(false);
    expect(s.items.map((i) => i.reason)).toEqual(['正向指标：实际274名不低于目标274名，得满分', '未填写实际完成值', '未填写实际完成值']);
  });

  it('is null while no actual can be scored, as the sheet’s 总分 stays empty', () => {
    expect(scoreProject(makeProjectTable({ indicators: [output('≥274名', '很多'), effect('维护社会稳定', '效果良好')] }), DEFAULT_PROFILE)).toBeNull();
    expect(scoreProject(makeProjectTable({ execution: '20', budget: '' }), DEFAULT_PROFILE)).toBeNull();
  });

  it('is complete when every set indicator has an actual and the 全年执行数 is there', () => {
    const s = score({ execution: '20', indicators: [output('≥274名', 274), effect('维护社会稳定', '达成'), satisfaction('≥90%', '95%'), output('无', undefined, { level3: '无' })] });
    expect(s).toEqual({
      total: 100,
      grade: '优',
      execution: { rate: 1, score: 10, weight: 10 },
      filled: 3,
      rows: 3,
      complete: true,
      items: [
        { row: 10, level1: '产出指标', weight: 50, score: 50, reason: '正向指标：实际274名不低于目标274名，得满分', branch: 'positive' },
        { row: 11, level1: '效益指标', weight: 30, score: 30, reason: '定性指标：达成，未写比例，按100%计', branch: 'qualitative' },
        { row: 12, level1: '满意度指标', weight: 10, score: 10, reason: '正向指标：实际95%不低于目标90%，得满分', branch: 'positive' },
      ],
    });
  });
});

describe('scoreProject: positive quantitative', () => {
  it('gives full weight exactly at the target and above it', () => {
    expect(first('≥274名', 274)).toMatchObject({ score: 50, branch: 'positive' });
    expect(first('≥274名', 400)).toMatchObject({ score: 50 });
    expect(first('>274名', 274)).toMatchObject({ score: 50 });
  });

  it('gives weight × actual / target below it', () => {
    expect(first('≥274名', 137)).toMatchObject({ score: 25, reason: '正向指标：实际137名低于目标274名，按实际/目标计' });
    expect(first('≥200名', 1)).toMatchObject({ score: 0.25 });
  });

  it('gives nothing for a negative actual', () => {
    expect(first('≥274名', -5)).toMatchObject({ score: 0 });
  });

  it('with a target of 0: full weight when actual ≥ 0, else 0', () => {
    expect(first('≥0次', 0)).toMatchObject({ score: 50 });
    expect(first('≥0次', 3)).toMatchObject({ score: 50 });
    expect(first('≥0次', -1)).toMatchObject({ score: 0 });
  });

  it('with a negative target: all or nothing', () => {
    expect(first('≥-5%', { fraction: -0.03 }, { level3: '增长率' })).toMatchObject({ score: 50 });
    expect(first('≥-5%', { fraction: -0.05 }, { level3: '增长率' })).toMatchObject({ score: 50 });
    expect(first('≥-5%', { fraction: -0.08 }, { level3: '增长率' })).toMatchObject({ score: 0 });
    // A sign in text is not a form the sheet's formula reads: type the number.
    expect(first('≥-5%', '-3%', { level3: '增长率' })).toMatchObject({ score: null, branch: 'none' });
  });
});

describe('scoreProject: reverse quantitative', () => {
  it('gives full weight at or under the target', () => {
    expect(first('≤10次', 10)).toMatchObject({ score: 50, branch: 'reverse' });
    expect(first('≤10次', 3)).toMatchObject({ score: 50 });
    expect(first('<10次', 10)).toMatchObject({ score: 50 });
  });

  it('gives weight × (1 − (actual − target) / target) between 1× and 2×', () => {
    expect(first('≤10次', 15)).toMatchObject({ score: 25 });
    expect(first('≤10次', 11)).toMatchObject({ score: 45 });
  });

  it('gives 0 exactly at 2 × the target and beyond', () => {
    expect(first('≤10次', 20)).toMatchObject({ score: 0, reason: '反向指标：实际20次达到目标10次的2倍及以上，得0分' });
    expect(first('≤10次', 30)).toMatchObject({ score: 0 });
  });

  it('with a target of 0: full weight only when actual ≤ 0', () => {
    expect(first('≤0起', 0)).toMatchObject({ score: 50 });
    expect(first('≤0起', 1)).toMatchObject({ score: 0 });
  });

  it('reads the target’s own unit, and asks for it instead of converting 元 to 万元', () => {
    expect(first('≤64.39万元', '64.39万元', { level2: '成本指标', level3: '项目成本' })).toMatchObject({ score: 50, branch: 'reverse' });
    expect(first('≤64.39万元', 77.268, { level2: '成本指标', level3: '项目成本' }).score).toBeCloseTo(40, 9);
    const item = first('≤64.39万元', '643900元', { level2: '成本指标', level3: '项目成本' });
    expect(item).toMatchObject({ score: null, branch: 'none' });
    expect(item.reason).toContain('如“64.39万元”');
  });
});

describe('scoreProject: equal quantitative', () => {
  it('scores like positive', () => {
    expect(first('12次', 12)).toMatchObject({ score: 50, branch: 'equal' });
    expect(first('12次', 15)).toMatchObject({ score: 50 });
    expect(first('12次', 6)).toMatchObject({ score: 25 });
  });

  it('with a target of 0: full weight only when actual ≤ 0', () => {
    expect(first('0起', 0)).toMatchObject({ score: 50, branch: 'equal' });
    expect(first('0起', -1)).toMatchObject({ score: 50 });
    expect(first('0起', 1)).toMatchObject({ score: 0 });
  });
});

describe('scoreProject: percentages and actuals that cannot be scored', () => {
  it('reads every way the sheet’s formula reads of writing 95 % against a percentage target', () => {
    for (const actual of ['95%', '95百分比', '95％', ' 95 % ', 95, { fraction: 0.95 }] as const) {
      expect(first('≥100%', actual, { level3: '完成率' })).toMatchObject({ score: 47.5 });
    }
  });

  it('does not score text the sheet’s formula cannot read, and says what to write', () => {
    for (const actual of ['９５％', '约95%', '95%左右', '≥95%', '达到95%', '95', '0.95', '1,000%']) {
      const item = first('≥100%', actual, { level3: '完成率' });
      expect(item).toMatchObject({ score: null, branch: 'none' });
    }
    expect(first('≥100%', '约95%', { level3: '完成率' }).reason).toContain('如“95%”');
    expect(first('≥274名', '280人').reason).toContain('如“280名”');
    expect(first('≥274名', '280名')).toMatchObject({ score: 50 });
    expect(first('≥274名', '137')).toMatchObject({ score: 25 });
  });

  it('scores an ambiguous 0.95 as 95 % and says so', () => {
    const item = first('≥100%', 0.95, { level3: '完成率' });
    expect(item).toMatchObject({ score: 47.5, branch: 'positive' });
    expect(item.reason).toContain('含义不明，按95%计');
  });

  it('reads a unit-less target named as a rate as a percentage', () => {
    expect(first('≥90', '95%', { level3: '验收合格率' })).toMatchObject({ score: 50 });
    expect(first('≥90', 0.85, { level3: '验收合格率' }).score).toBeCloseTo((50 * 85) / 90, 9);
  });

  it('does not score text, a count against a percentage, or a percentage against a count', () => {
    expect(first('≥274名', '基本完成')).toMatchObject({ score: null, branch: 'none', reason: '实际完成值“基本完成”不是数值，指标值为“≥274名”；请填写数值（如“274名”）' });
    expect(first('≥95%', '280名', { level3: '完成率' })).toMatchObject({ score: null, reason: '指标值“≥95%”是百分比，实际完成值“280名”的单位“名”不是百分比；请写成百分比（如“95%”）' });
    expect(first('≥274名', '95%')).toMatchObject({ score: null, reason: '指标值“≥274名”的单位是“名”，实际完成值“95%”却是百分比；请按“名”填写' });
  });

  it('gives a set row with no usable target its share of the weight and no score', () => {
    expect(first('', 274, { level3: '发放人数' })).toMatchObject({ weight: 50, score: null, reason: '指标值为空，无法评分' });
    expect(first('≥XX名', 274)).toMatchObject({ weight: 50, score: null, reason: '指标值“≥XX名”是模板占位内容，无法评分' });
  });
});

describe('scoreProject: qualitative', () => {
  const q = (actual: string) => first('隐患全部整改到位', actual);

  it('scores a level alone at 100 % for 达成 and at the middle of the band otherwise', () => {
    expect(q('达成')).toMatchObject({ score: 50, branch: 'qualitative' });
    expect(q('达成年度指标')).toMatchObject({ score: 50 });
    expect(q('完成')).toMatchObject({ score: 50 });
    expect(q('部分达成')).toMatchObject({ score: 35, reason: '定性指标：部分达成，未写比例，按70%计' });
    expect(q('部分达成年度指标并具有一定效果')).toMatchObject({ score: 35 });
    expect(q('未达成')).toMatchObject({ score: 15 });
    expect(q('未达成年度指标且效果较差')).toMatchObject({ score: 15 });
  });

  it('reads the other wordings of the levels', () => {
    expect(q('已完成')).toMatchObject({ score: 50 });
    expect(q('全部完成。')).toMatchObject({ score: 50 });
    expect(q('基本完成')).toMatchObject({ score: 35 });
    expect(q('未完成')).toMatchObject({ score: 15 });
  });

  it('uses a share written after the level', () => {
    expect(q('部分达成 75%')).toMatchObject({ score: 37.5, reason: '定性指标：部分达成，按75%计' });
    expect(q('部分达成75')).toMatchObject({ score: 37.5 });
    expect(q('达成（90%）')).toMatchObject({ score: 45 });
    expect(q('部分达成 30分')).toMatchObject({ score: 30 });
    expect(q('未达成，得分50%')).toMatchObject({ score: 25 });
    expect(q('基本完成 32.5分')).toMatchObject({ score: 32.5, reason: '定性指标：部分达成，按65%计' });
  });

  it('clamps a share outside its band into the band, and says so', () => {
    expect(q('部分达成 90%')).toMatchObject({ score: 40, reason: '定性指标：部分达成的得分比例应在60%–80%之间，“部分达成 90%”的90%超出，按80%计' });
    expect(q('达成 50%')).toMatchObject({ score: 40 });
    expect(q('未达成 70%')).toMatchObject({ score: 30 });
    expect(q('达成 120%')).toMatchObject({ score: 50 });
  });

  it('accepts the band edges', () => {
    expect(q('部分达成 80%')).toMatchObject({ score: 40 });
    expect(q('部分达成 60%')).toMatchObject({ score: 30 });
    expect(q('达成 80%')).toMatchObject({ score: 40 });
  });

  it('does not score an unknown level or a bare number', () => {
    expect(q('效果良好')).toMatchObject({ score: null, branch: 'none' });
    expect(q('100%')).toMatchObject({ score: null, branch: 'none' });
    expect(q('部分达成很多')).toMatchObject({ score: null });
  });
});

describe('scoreProject: weights', () => {
  it('splits a first level evenly over its set rows and skips rows marked 无', () => {
    const s = score({ indicators: [
      output('≥274名', 274), output('≥10次', 5, { level2: '质量指标', level3: '检查次数' }), output('无', undefined, { level2: '时效指标', level3: '无' }),
      effect('维护社会稳定', '达成'), satisfaction('≥90%', '90%'),
    ] });
    expect(s.items.map((i) => [i.row, i.weight, i.score])).toEqual([[10, 25, 25], [11, 25, 12.5], [13, 30, 30], [14, 10, 10]]);
    expect(s.total).toBe(77.5);
    expect(s.grade).toBe('中');
  });

  it('gives an empty first level’s weight to the others in proportion', () => {
    const s = score({ indicators: [output('≥274名', 274), effect('维护社会稳定', '达成'), satisfaction('无', undefined, { level3: '无' })] });
    expect(s.items.map((i) => i.weight)).toEqual([56.25, 33.75]);
    expect(s.total).toBe(90);
    const a = assessProject(makeProjectTable({ indicators: [output('≥274名', 274), effect('维护社会稳定', '达成'), satisfaction('无', undefined, { level3: '无' })] }), DEFAULT_PROFILE);
    expect(a.redistributed).toEqual([{ level: '满意度指标', weight: 10 }]);
    expect(a.weighting).toBe('even');
  });

  it('redistributes two empty levels to the one left', () => {
    const s = score({ indicators: [output('≥274名', 274)] });
    expect(s.items.map((i) => i.weight)).toEqual([90]);
  });

  it('counts a 成本指标 一级 in 产出’s weight', () => {
    const s = score({ indicators: [
      output('≥274名', 274),
      { level1: '成本指标', level2: '经济成本指标', level3: '项目成本', value: '≤20万元', actual: '18万元' },
      effect('维护社会稳定', '达成'), satisfaction('≥90%', '90%'),
    ] });
    expect(s.items.map((i) => [i.level1, i.weight])).toEqual([['产出指标', 25], ['成本指标', 25], ['效益指标', 30], ['满意度指标', 10]]);
  });

  it('tells the 一级 from the 二级 when the 一级 cell is empty', () => {
    const s = score({ indicators: [output('≥274名', 274, { level1: '' }), effect('维护社会稳定', '达成', { level1: '' }), satisfaction('≥90%', '90%', { level1: '' })] });
    expect(s.items.map((i) => i.level1)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(s.total).toBe(90);
  });

  it('uses the sheet’s weights as points when every set row has one', () => {
    const s = score({ indicators: [
      output('≥274名', 137, { weight: '40' }), output('≥10次', 10, { weight: '20分', level3: '检查次数' }),
      effect('维护社会稳定', '达成', { weight: '20' }), satisfaction('≥90%', '90%', { weight: '10%' }), output('无', undefined, { level3: '无' }),
    ] });
    expect(s.items.map((i) => [i.weight, i.score])).toEqual([[40, 20], [20, 20], [20, 20], [10, 10]]);
    expect(s.total).toBe(70);
    expect(assessProject(makeProjectTable({ indicators: [output('≥274名', 274, { weight: '40' }), effect('维护社会稳定', '达成', { weight: '50' })] }), DEFAULT_PROFILE)).toMatchObject({ weighting: 'sheet', redistributed: [] });
  });

  it('falls back to the even split when a set row has no numeric weight', () => {
    const s = score({ indicators: [output('≥274名', 274, { weight: '40' }), effect('维护社会稳定', '达成', { weight: '' }), satisfaction('≥90%', '90%', { weight: '10' })] });
    expect(s.items.map((i) => i.weight)).toEqual([50, 30, 10]);
  });

  it('follows the profile’s first-level weights', () => {
    const profile = ProfileSchema.parse({ weights: { output: 40, effect: 40, satisfaction: 10, budgetExecution: 10 } });
    const s = score({ indicators: [output('≥274名', 274), effect('维护社会稳定', '达成'), satisfaction('≥90%', '90%')] }, profile);
    expect(s.items.map((i) => i.weight)).toEqual([40, 40, 10]);
  });
});

describe('scoreProject: 预算执行率', () => {
  const withExecution = (execution: string | number, budget: string | number = '20.00') =>
    score({ budget, execution, indicators: [output('≥274名', 274), effect('维护社会稳定', '达成'), satisfaction('≥90%', '90%')] });

  it('scores 10 × rate', () => {
    expect(withExecution('18').execution).toEqual({ rate: 0.9, score: 9, weight: 10 });
    expect(withExecution('18').total).toBe(99);
  });

  it('caps the score at 10 when more than the budget was spent', () => {
    expect(withExecution('25').execution).toEqual({ rate: 1.25, score: 10, weight: 10 });
  });

  it('converts 元 and guards a zero or missing budget', () => {
    expect(withExecution('100000元').execution).toEqual({ rate: 0.5, score: 5, weight: 10 });
    expect(withExecution('10', '0').execution).toBeNull();
    expect(withExecution('10', '').execution).toBeNull();
  });

  it('gives no execution score without a 全年执行数, and grades once every row has an actual all the same', () => {
    const s = score({ indicators: [output('≥274名', 274), effect('维护社会稳定', '达成'), satisfaction('≥90%', '90%')] });
    expect(s.execution).toBeNull();
    expect(s.complete).toBe(true);
    expect(s.total).toBe(90);
  });

  it('is incomplete while a row has no actual, counting the rows typed', () => {
    const s = score({ indicators: [output('≥274名', 274), effect('维护社会稳定', ''), satisfaction('≥90%', '90%')] });
    expect(s).toMatchObject({ complete: false, filled: 2, rows: 3 });
  });
});

describe('scoreProject: total and grade', () => {
  /** 产出 a/1000 of 50, 效益 30, 满意度 10, 执行率 0: total 40 + a/20. */
  const total = (a: number) => score({ budget: 100, execution: 0, indicators: [output('≥1000名', a), effect('维护社会稳定', '达成'), satisfaction('≥90%', '90%')] });

  it.each([
    [1000, 90, '优'], [999.9, 90, '优'], [999.8, 89.99, '良'],
    [800, 80, '良'], [799.9, 80, '良'], [799.88, 79.99, '中'],
    [400, 60, '中'], [399.9, 60, '中'], [399.8, 59.99, '差'],
  ] as const)('产出 actual %p gives %p (%s), rounded to 2 decimals before grading', (a, t, g) => {
    const s = total(a);
    expect(s.total).toBe(t);
    expect(s.grade).toBe(g);
  });

  it('grades by the profile’s thresholds', () => {
    const strict = ProfileSchema.parse({ gradeThresholds: { 优: 95, 良: 85, 中: 70 } });
    expect(gradeOf(94.99, strict)).toBe('良');
    expect(gradeOf(69.99, strict)).toBe('差');
    expect(gradeOf(95, strict)).toBe('优');
  });

  it('rounds half up without binary noise', () => {
    expect(round2(89.995)).toBe(90);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(79.994999)).toBe(79.99);
  });
});

describe('helpers', () => {
  it('a 分值 cell reads as points', () => {
    expect(parseNumberCell(null, '10')).toBe(10);
    expect(parseNumberCell(null, '１０分')).toBe(10);
    expect(parseNumberCell(null, '12.5%')).toBe(12.5);
    expect(parseNumberCell(10, '10.00')).toBe(10);
    expect(parseNumberCell(null, '')).toBeNull();
    expect(parseNumberCell(null, '十分')).toBeNull();
  });

  it('parseQualitativeActual reads levels, shares and points', () => {
    expect(readQualitative('未达成', 10)).toEqual({ level: '未达成', share: null });
    expect(readQualitative('部分达成：75%', 10)).toEqual({ level: '部分达成', share: 75 });
    expect(readQualitative('部分达成 7.5分', 10)).toEqual({ level: '部分达成', share: 75 });
    expect(readQualitative('部分完成。', 10)).toEqual({ level: '部分达成', share: null });
    expect(readQualitative('已按季度发放', 10)).toBeNull();
  });
});
