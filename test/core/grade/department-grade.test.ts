import {
  departmentExpectsPercent, gradeDepartmentIndicator, gradeDirection, gradeSteps, type DepartmentGradeResult,
} from '../../../src/core/grade/department-grade';
import { parseActual, type ActualReading } from '../../../src/core/parse/actual-value';
import type { Grade } from '../../../src/core/vocabulary';
import { makeDepartmentIndicator, type DeptIndicatorSpec } from '../make-department-table';

type Bands = DeptIndicatorSpec['bands'];

const pct = (value: number): ActualReading => ({ status: 'number', value, unit: '%' });
const num = (value: number): ActualReading => ({ status: 'number', value, unit: '' });
const txt = (text: string): ActualReading => ({ status: 'text', text });

function grade(bands: Bands, actual: ActualReading, name = '测试指标'): DepartmentGradeResult {
  return gradeDepartmentIndicator(makeDepartmentIndicator({ name, bands }), actual);
}

/** Grades each actual against one row and returns the grades (or `人工` when ungraded). */
function grades(bands: Bands, actuals: ActualReading[], name?: string): (Grade | '人工')[] {
  return actuals.map((a) => {
    const r = grade(bands, a, name);
    return r.status === 'graded' ? r.grade : '人工';
  });
}

const bandsOf = (bands: Bands) => makeDepartmentIndicator({ name: 'x', bands }).bands;

describe('gradeDepartmentIndicator: numeric thresholds, higher is better', () => {
  it('100% | 90% | 80% | 60%以下: exactly at a threshold reaches it; between 60 and 80 is 差', () => {
    const bands: Bands = ['100%', '90%', '80%', '60%以下'];
    expect(grades(bands, [pct(100), pct(120), pct(99.99), pct(90), pct(89.9), pct(80), pct(79.9), pct(70), pct(60), pct(0)]))
      .toEqual(['优', '优', '良', '良', '中', '中', '差', '差', '差', '差']);
  });

  it('plain numbers with a 以下 差 (20 | 15 | 12 | 10以下) and with a bare 差 (15 | 12 | 10 | 10次以下)', () => {
    expect(grades(['20', '15', '12', '10以下'], [num(20), num(19), num(15), num(12), num(11), num(10)])).toEqual(['优', '良', '良', '中', '差', '差']);
    // 中 `10` and 差 `10次以下` share 10: the better band wins (band.gap reports the overlap).
    expect(grades(['15', '12', '10', '10次以下'], [num(10), num(9)], '对企业巡查督导次数')).toEqual(['中', '差']);
  });

  it('低于2% under 2% and 低于30% under 30%: the written comparison is exact', () => {
    expect(grades(['5%', '3%', '2%', '低于2%'], [pct(5), pct(4), pct(3), pct(2), pct(1.99)])).toEqual(['优', '良', '良', '中', '差']);
    expect(grades(['50%', '40%', '30%', '低于30%'], [pct(30), pct(29)])).toEqual(['中', '差']);
  });

  it('skips an empty middle band (2 | 1 | | 0)', () => {
    expect(grades(['2', '1', '', '0'], [num(3), num(2), num(1), num(0)], '人大会议召开次数')).toEqual(['优', '优', '良', '差']);
  });

  it('two-level numbers (23个 | | | 低于23个, 59 | | | 低于59, 12次 | | | 低于12次)', () => {
    expect(grades(['23个', '', '', '低于23个'], [num(23), num(22)])).toEqual(['优', '差']);
    expect(grades(['59', '', '', '低于59'], [num(60), num(58)])).toEqual(['优', '差']);
    expect(grades(['12次', '', '', '低于12次'], [num(12), num(11)])).toEqual(['优', '差']);
  });

  it('ranges upward: 大于5% | 3%-5% | 1%-3% | 低于1% (an actual inside a range gets that range)', () => {
    expect(grades(['大于5%', '3%-5%', '1%-3%', '低于1%'], [pct(6), pct(5.01), pct(5), pct(4), pct(3), pct(2.5), pct(1), pct(0.99)]))
      .toEqual(['优', '优', '良', '良', '良', '中', '中', '差']);
    expect(grades(['大于5%', '2%-5%', '1%-2%', '低于1%'], [pct(2), pct(1.5), pct(0.5)])).toEqual(['良', '中', '差']);
  });

  it('count ranges with a unitless 优 and 差: 大于3 | 2-3次 | 1-2次 | 0, 大于50次 | 40-50次 | 30-40次 | 低于30次', () => {
    expect(grades(['大于3', '2-3次', '1-2次', '0'], [num(4), num(3), num(2), num(1), num(0)], '整改问题数')).toEqual(['优', '良', '良', '中', '差']);
    expect(grades(['大于3次', '2-3次', '1-2次', '0次'], [num(4), num(1)])).toEqual(['优', '中']);
    expect(grades(['大于50次', '40-50次', '30-40次', '低于30次'], [num(51), num(50), num(40), num(35), num(30), num(29)])).toEqual(['优', '良', '良', '中', '中', '差']);
  });
});

describe('gradeDepartmentIndicator: lower is better', () => {
  it('返贫率 0% | 1% | 2% | 3%以上 and 三公经费变动率 0%以下 | 5%以下 | 7%以下 | 10%以上', () => {
    expect(grades(['0%', '1%', '2%', '3%以上'], [pct(0), pct(0.5), pct(1), pct(2), pct(2.5), pct(3)], '返贫率')).toEqual(['优', '良', '良', '中', '差', '差']);
    expect(grades(['0%以下', '5%以下', '7%以下', '10%以上'], [pct(-3), pct(0), pct(5), pct(6), pct(8), pct(12)])).toEqual(['优', '优', '良', '中', '差', '差']);
  });

  it('2%以下 | 3% | 4% | 5%以上 (林木受灾率)', () => {
    expect(grades(['2%以下', '3%', '4%', '5%以上'], [pct(2), pct(2.5), pct(3), pct(4), pct(4.5)])).toEqual(['优', '良', '良', '中', '差']);
  });

  it('downward ranges: 小于10次 | 10-15次 | 16-20次 | 20次以上 and 低于10% | 10%-15% | 15%-20% | 20%以上', () => {
    expect(grades(['小于10次', '10-15次', '16-20次', '20次以上'], [num(9), num(10), num(15), num(16), num(20), num(21)], '山火发生次数'))
      .toEqual(['优', '良', '良', '中', '中', '差']);
    expect(grades(['小于3次', '3-5次', '5-10次', '10次以上'], [num(2), num(3), num(5), num(6), num(10), num(11)])).toEqual(['优', '良', '良', '中', '中', '差']);
    expect(grades(['低于10%', '10%-15%', '15%-20%', '20%以上'], [pct(9.9), pct(10), pct(15), pct(17), pct(20.5)], '再次犯罪率'))
      .toEqual(['优', '良', '良', '中', '差']);
  });
});

describe('gradeDepartmentIndicator: words', () => {
  it('the 优 text gives 优, the 差 text gives 差, ignoring spaces and full-width forms', () => {
    expect(grades(['合规', '', '', '不合规'], [txt('合规'), txt(' 合 规 '), txt('不合规')])).toEqual(['优', '优', '差']);
    expect(grades(['完成', '', '', '未完成'], [txt('完成'), txt('未完成')])).toEqual(['优', '差']);
    expect(grades(['及时', '', '', '不及时'], [txt('及时'), txt('不及时')])).toEqual(['优', '差']);
    expect(grades(['设立防汛抗旱指挥部并有专人负责', '', '', '未设立防汛抗旱指挥部并没有专人负责'], [txt('未设立防汛抗旱指挥部并没有专人负责')])).toEqual(['差']);
  });

  it('anything else needs a person, and says what the bands are', () => {
    expect(grade(['合规', '', '', '不合规'], txt('基本合规'))).toEqual({ status: 'ungraded', reason: '实际完成值“基本合规”不是评价标准中的“合规”或“不合规”，需人工评定' });
    expect(grade(['能够抵挡住5年一遇的洪水', '', '', ''], txt('抵挡住了'))).toMatchObject({ status: 'ungraded' });
    expect(grade(['促进', '', '', ''], txt('促进'))).toEqual({ status: 'graded', grade: '优' });
    expect(grade(['合规', '', '', '不合规'], num(1))).toMatchObject({ status: 'ungraded' });
  });
});

describe('gradeDepartmentIndicator: what a person must grade', () => {
  it('unreadable, empty, mixed, single-number and out-of-order bands', () => {
    expect(grade(['60%', '50%', '40%%', '30%以下'], pct(55))).toEqual({ status: 'ungraded', reason: '评价标准中档“40%%”无法识别，需人工评定' });
    expect(grade(['', '', '', ''], pct(95))).toEqual({ status: 'ungraded', reason: '评价标准（优、良、中、差）全部为空，无法评定，请先填写评价标准' });
    expect(grade(['100%', '基本完成', '', '未完成'], pct(95))).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('文字与数值混用') });
    expect(grade(['100%', '', '', ''], pct(95))).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('只有一档') });
    expect(grade(['80%', '90%', '70%', '60%以下'], pct(95))).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('次序不一致') });
    expect(grade(['90%', '', '', '90%'], pct(95))).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('越高越好还是越低越好') });
  });

  it('empty, ambiguous, textual and wrong-unit actuals', () => {
    const bands: Bands = ['100%', '90%', '80%', '60%以下'];
    expect(grade(bands, { status: 'empty' })).toEqual({ status: 'ungraded', reason: '实际完成值未填写' });
    expect(grade(bands, { status: 'ambiguous', value: 95, reason: '可能是0.95%也可能是95%' })).toEqual({ status: 'ungraded', reason: '可能是0.95%也可能是95%' });
    expect(grade(bands, txt('基本完成'))).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('不是数值') });
    expect(grade(bands, num(95))).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('实际完成值不是百分比') });
    expect(grade(['15', '12', '10', '10次以下'], pct(95))).toMatchObject({ status: 'ungraded', reason: '评价标准以“次”计，实际完成值是百分比，需人工评定' });
    expect(grade(['12次', '10个', '8次', '低于8次'], num(9))).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('单位不一致') });
  });

  it('a unitless row accepts a percentage only when the indicator names a rate', () => {
    expect(grade(['90', '80', '70', '60以下'], pct(85), '宣传覆盖率')).toEqual({ status: 'graded', grade: '良' });
    expect(grade(['90', '80', '70', '60以下'], pct(85), '宣传次数')).toMatchObject({ status: 'ungraded' });
  });
});

describe('with the 实际完成值 reader', () => {
  const gradeCell = (bands: Bands, actual: DeptIndicatorSpec['actual'], name = '资金支付及时率') => {
    const indicator = makeDepartmentIndicator({ name, bands, ...(actual === undefined ? {} : { actual }) });
    const cell = indicator.actual;
    if (!cell) throw new Error('no actual');
    return gradeDepartmentIndicator(indicator, parseActual({ raw: cell.value.raw, text: cell.text, format: cell.value.format }, departmentExpectsPercent(indicator)));
  };

  it('reads 95, 95%, 0.95 with a % format and 95百分比 alike on a % row; a bare 0.95 is for a person', () => {
    const bands: Bands = ['100%', '90%', '80%', '60%以下'];
    for (const actual of [95, '95%', { fraction: 0.95 }, '95百分比']) expect(gradeCell(bands, actual)).toEqual({ status: 'graded', grade: '良' });
    expect(gradeCell(bands, 0.95)).toMatchObject({ status: 'ungraded', reason: expect.stringContaining('没有百分号') });
  });

  it('reads counts with their unit on a count row', () => {
    expect(gradeCell(['小于10次', '10-15次', '16-20次', '20次以上'], '12次', '山火发生次数')).toEqual({ status: 'graded', grade: '良' });
  });

  it('says which scale to read the actual on', () => {
    const expects = (name: string, bands: Bands) => departmentExpectsPercent(makeDepartmentIndicator({ name, bands }));
    expect(expects('党员培训覆盖率', ['90%', '80%', '70%', '60%以下'])).toBe(true);
    expect(expects('宣传覆盖率', ['90', '80', '70', '60以下'])).toBe(true);
    expect(expects('专题党委会次数', ['20', '15', '12', '10以下'])).toBe(false);
    expect(expects('资金支出合规性', ['合规', '', '', '不合规'])).toBe(false);
  });
});

describe('gradeDirection and gradeSteps (the contract an Excel formula follows)', () => {
  it('names the direction of every seed form, words, and null where no formula can grade', () => {
    const cases: [Bands, ReturnType<typeof gradeDirection>][] = [
      [['100%', '90%', '80%', '60%以下'], 'up'],
      [['2', '1', '', '0'], 'up'],
      [['23个', '', '', '低于23个'], 'up'],
      [['大于5%', '3%-5%', '1%-3%', '低于1%'], 'up'],
      [['大于3', '2-3次', '1-2次', '0'], 'up'],
      [['0%', '1%', '2%', '3%以上'], 'down'],
      [['0%以下', '5%以下', '7%以下', '10%以上'], 'down'],
      [['小于10次', '10-15次', '16-20次', '20次以上'], 'down'],
      [['低于10%', '10%-15%', '15%-20%', '20%以上'], 'down'],
      [['合规', '', '', '不合规'], 'words'],
      [['促进', '', '', ''], 'words'],
      [['', '', '', ''], null],
      [['60%', '50%', '40%%', '30%以下'], null],
      [['100%', '基本完成', '', '未完成'], null],
      [['100%', '', '', ''], null],
      [['80%', '90%', '70%', '60%以下'], null],
    ];
    for (const [bands, direction] of cases) expect([bands, gradeDirection(bandsOf(bands))]).toEqual([bands, direction]);
  });

  it('gives the bound of each step in the bands’ own numbers, strictness included', () => {
    expect(gradeSteps(bandsOf(['100%', '90%', '80%', '60%以下']))).toEqual({
      direction: 'up',
      steps: [{ grade: '优', bound: 100, inclusive: true }, { grade: '良', bound: 90, inclusive: true }, { grade: '中', bound: 80, inclusive: true }],
    });
    expect(gradeSteps(bandsOf(['小于10次', '10-15次', '16-20次', '20次以上']))).toEqual({
      direction: 'down',
      steps: [{ grade: '优', bound: 10, inclusive: false }, { grade: '良', bound: 15, inclusive: true }, { grade: '中', bound: 20, inclusive: true }],
    });
    expect(gradeSteps(bandsOf(['2', '1', '', '0']))?.steps.map((s) => s.grade)).toEqual(['优', '良']);
    expect(gradeSteps(bandsOf(['合规', '', '', '不合规']))).toBeNull();
  });
});
