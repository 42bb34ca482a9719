import fc from 'fast-check';
import { containsPlaceholder, isPlaceholderText } from './placeholder';

/** 绩效目标 cells of the seed: two are the bare template, one keeps the template heading `目标1`. */
const SEED_TEMPLATE_GOAL = '1.目标内容1';
const SEED_GOAL_WITH_HEADING = '1.目标1\t保障全镇118名干部职工健康权益，关心干部职工身心健康，做到早发现，早治疗。';
const SEED_REAL_GOALS = [
  '1.开展村党组织活动，提高村党组织活力，壮大基层党组织力量。',
  '1.\t计生专干控制人口性别比、宣传发计划生育政策\n2.计生专干核实统计上报人口情况、落实奖励政策等工作',
  '1.按要求对辖区内23个行政村建设完成微型消防站\n2.正常开展火灾隐患巡查、微型消防站运转',
  '1.保障精神障碍患者住院治疗，预防控制精神障碍患者肇事肇祸，维护辖区稳定，提高百姓居住安全感\n2.9+X信息系统定期维护，确保对视联网正常',
  '1、计生专干补贴108646元（1000人口以下7*4202=29414元，1000-2000人口12*4802=57624元）',
];

describe('isPlaceholderText', () => {
  it('recognises the seed template goal', () => {
    expect(isPlaceholderText(SEED_TEMPLATE_GOAL)).toBe(true);
  });

  it.each([
    '目标内容1', '目标内容', '指标内容2', '目标1', '指标1', '**', '*', '***', 'XX', 'xx', 'XXX', '××', '待定', '待补充', '待填写',
    '请填写', '请填写项目绩效目标', '请输入', '……', '…', '...', '。。。', '??', '？？',
    '1.目标内容1', '1、目标内容1 2、目标内容2', '1.目标内容1\n2.目标内容2', '（1）目标内容1；（2）目标内容2',
    '①目标内容1②目标内容2', '一、目标内容1', ' 1．目标内容1 ', 'XX、XX', '1.** 2.**', '请填写项目名称，不超过30字',
  ])('%j is a placeholder', (text) => {
    expect(isPlaceholderText(text)).toBe(true);
  });

  it.each([
    ...SEED_REAL_GOALS, SEED_GOAL_WITH_HEADING,
    '', '  ', '1.', 'XX村', 'XX村道路硬化', '1.提升服务 2.目标内容2', '目标', '指标', '绩效目标', 'X', '按季度发放', '100%',
    '目标完成率', '待定期检查',
  ])('%j is not a placeholder', (text) => {
    expect(isPlaceholderText(text)).toBe(false);
  });
});

describe('containsPlaceholder', () => {
  it.each<[string, string]>([
    [SEED_TEMPLATE_GOAL, '1.目标内容1'],
    [SEED_GOAL_WITH_HEADING, '目标1'],
    ['1.提升服务 2.目标内容2', '目标内容2'],
    ['1.提升服务 2.指标内容', '指标内容'],
    ['XX村道路硬化', 'XX'],
    ['完成xx户改造', 'xx'],
    ['≥XX%', 'XX'],
    ['资金**万元', '**'],
    ['××村', '××'],
    ['具体数额待定', '待定'],
    ['其余内容待补充', '待补充'],
    ['项目名称：请填写项目全称，不超过30字', '请填写项目全称'],
    ['**', '**'],
    ['  1、目标内容1\n 2、目标内容2 ', '1、目标内容1 2、目标内容2'],
    ['……', '……'],
  ])('%j → %j', (text, fragment) => {
    expect(containsPlaceholder(text)).toBe(fragment);
  });

  it.each([
    ...SEED_REAL_GOALS,
    '', '年度目标1项', '完成指标3个', '期待定期开展', 'XXL号服装', '9+X信息系统', '7*4202=29414元', '等等……', '单价3×4元',
  ])('%j holds none', (text) => {
    expect(containsPlaceholder(text)).toBeNull();
  });
});

describe('placeholders that may not follow some characters', () => {
  it('finds one at the very start of the text', () => {
    expect(['目标2：保障运行', 'XX村道路', '待定事项'].map(containsPlaceholder)).toEqual(['目标2', 'XX', '待定']);
  });

  it('gives the placeholder without the character before it', () => {
    expect(['1.提升服务，目标2', '完成 XX户', '金额：待定'].map(containsPlaceholder)).toEqual(['目标2', 'XX', '待定']);
  });

  it('skips one after a blocking character and finds the next', () => {
    expect(containsPlaceholder('期待定，其余待定')).toBe('待定');
    expect(containsPlaceholder('期待定期开展')).toBeNull();
    expect(containsPlaceholder('第2目标1')).toBeNull();
    expect(containsPlaceholder('aXX')).toBeNull();
    // Only ASCII letters block `XX`.
    expect(containsPlaceholder('éXX')).toBe('XX');
  });

  it('strips a numbering right after another one, whose separator it follows', () => {
    expect(isPlaceholderText('一、二、目标内容1')).toBe(true);
    expect(isPlaceholderText('(1)1.目标内容1')).toBe(false);
    expect(isPlaceholderText('第1.目标内容1')).toBe(false);
  });
});

describe('placeholder properties', () => {
  it('never throws; a whole placeholder is also found by containsPlaceholder', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'目标内容指标1234.、 *Xx×待定补充…'.split('')) })), (text) => {
        const whole = isPlaceholderText(text);
        const fragment = containsPlaceholder(text);
        if (whole) expect(fragment).not.toBeNull();
        if (fragment !== null) expect(fragment.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('recognises any numbered list of placeholders', () => {
    const item = fc.constantFrom('目标内容1', '目标内容2', '**', 'XX', '待定', '待补充', '指标3');
    const numbering = fc.constantFrom((i: number) => `${i}.`, (i: number) => `${i}、`, (i: number) => `（${i}）`, () => '');
    const separator = fc.constantFrom(' ', '\n', '；', '，', '');
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), numbering, separator, (items, number, sep) => {
        const text = items.map((it, i) => `${number(i + 1)}${it}`).join(sep === '' ? ' ' : sep);
        expect(isPlaceholderText(text)).toBe(true);
        expect(containsPlaceholder(`1.提升服务 ${text}`)).not.toBeNull();
      }),
    );
  });
});
