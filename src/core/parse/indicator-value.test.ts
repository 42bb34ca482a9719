import fc from 'fast-check';
import { IndicatorValueSchema, extractYears, parseIndicatorValue, type IndicatorValue } from './indicator-value';
import { type Direction, type Operator } from '../vocabulary';

type Quantitative = Extract<IndicatorValue, { kind: 'quantitative' }>;

function quantity(text: string): Quantitative {
  const v = parseIndicatorValue(text);
  if (v.kind !== 'quantitative') throw new Error(`${JSON.stringify(text)} read as ${v.kind}`);
  return v;
}

/** Every quantitative 指标值 of the seed (39 project tables), as written. */
const SEED_QUANTITATIVE: [text: string, operator: Operator, number: number, unitText: string][] = [
  ['≥90百分比', '>=', 90, '百分比'],
  ['≥95百分比', '>=', 95, '百分比'],
  ['100百分比', '=', 100, '百分比'],
  ['≥80百分比', '>=', 80, '百分比'],
  ['≥50百分比', '>=', 50, '百分比'],
  ['≥97百分比', '>=', 97, '百分比'],
  ['≥98百分比', '>=', 98, '百分比'],
  ['≥2百分比', '>=', 2, '百分比'],
  ['≥10百分比', '>=', 10, '百分比'],
  ['≥70百分比', '>=', 70, '百分比'],
  ['<2百分比', '<', 2, '百分比'],
  ['≥50次', '>=', 50, '次'],
  ['≥4次', '>=', 4, '次'],
  ['≥3百分比', '>=', 3, '百分比'],
  ['<10次', '<', 10, '次'],
  ['<3次', '<', 3, '次'],
  ['≥60百分比', '>=', 60, '百分比'],
  ['≥0次', '>=', 0, '次'],
  ['≥274名', '>=', 274, '名'],
  ['≤64.39万元', '<=', 64.39, '万元'],
  ['≥12次', '>=', 12, '次'],
  ['≥220个', '>=', 220, '个'],
  ['12次', '=', 12, '次'],
  ['5次', '=', 5, '次'],
  ['≥90', '>=', 90, ''],
  ['≥12次数', '>=', 12, '次数'],
  ['≤885.2元', '<=', 885.2, '元'],
  ['≥3个', '>=', 3, '个'],
  ['≤5百分比', '<=', 5, '百分比'],
  ['≤5000亩', '<=', 5000, '亩'],
  ['≥40百分比', '>=', 40, '百分比'],
  ['≥1500元', '>=', 1500, '元'],
  ['≤23个', '<=', 23, '个'],
  ['≥1次', '>=', 1, '次'],
  ['≥24次', '>=', 24, '次'],
  ['<10百分比', '<', 10, '百分比'],
  ['≤10百分比', '<=', 10, '百分比'],
  ['2个', '=', 2, '个'],
  ['3处', '=', 3, '处'],
  ['1年', '=', 1, '年'],
  ['≥80次', '>=', 80, '次'],
  ['≥10次', '>=', 10, '次'],
  ['≥1000平方米', '>=', 1000, '平方米'],
  ['≥25个', '>=', 25, '个'],
  ['≤6.45万', '<=', 6.45, '万'],
  ['≥7个', '>=', 7, '个'],
  ['59个', '=', 59, '个'],
  ['≥90工作完成率', '>=', 90, '工作完成率'],
  ['≥37套', '>=', 37, '套'],
  ['4间', '=', 4, '间'],
  ['≤7.46万', '<=', 7.46, '万'],
  ['23个', '=', 23, '个'],
];

/** Every other non-`无` 指标值 of the seed: sentences, deadlines, a bare unit word, a numbered list. */
const SEED_QUALITATIVE: string[] = [
  '2023年12月底前完成',
  '按时限要求完成',
  '促进地区生态和谐发展情况',
  '百分比',
  '维护社会稳定',
  '隐患全部整改到位',
  '保障活动场所正常持续运行',
  '保障农村工作正常持续运行',
  '保障村级组织活动场所日常维护',
  '增强农村经费保障，加快建设新农村',
  '是否设立管理组织和专人负责',
  '按实际发生为准',
  '百提升灭火综合能力',
  '灭火效率、灭火能力持续影响',
  '改善生态环境质量',
  '社会稳定水平',
  '维护社会稳定，营造和谐的氛围',
  '按季度发放',
  '减少群众上访',
  '促进区域环境得到改善',
  '不发生安全生产事故',
  '保证公共环境干净整洁',
  '全区党建工作产生重要影响，得到广大受众的充分认可。',
  '脏乱差的人居环境得到改善',
  '增加群众幸福指数',
  '打造美丽乡村，促进乡村旅游发展',
  '坚持绿色发展理念，改善人居环境',
  '有利于当地生态环境的改善',
  '促进农村工作开展',
  '保障社会发展',
  '可持续改善空气质量',
  '对大气污染防治产生积极影响',
  '大气环境质量改善',
  '对政府提供法律援助',
  '能够抵挡住5年一遇的洪水',
  '定期进行防汛抗旱演练',
  '推动防汛事业长远发展',
  '保护人民财产安全，促进区域经济发展',
  '防潮防旱抗涝能力',
  '全部按时处置完成',
  '科学合理处置',
  '减少事故次生灾害',
  '保障农村综合服务站运转',
  '完成巡查、检查、督导工作',
  '生态环境改善情况',
  '提高群众幸福指数',
  '改善人居环境，促进经济发展',
  '无非法胎儿性别鉴定',
  '无非法人工终止妊娠',
  '保障森林防火安全',
  '农村人居环境得到改善',
  '减少畜禽粪污、秸秆对环境污染',
  '提升社会主义核心价值观，构建和谐社区',
  '促进区域经济社会发展',
  '营造干净、整洁、卫生、和谐的社区环境',
  '加大环保宣传，构建绿色环保社区',
  '体现党内关怀、促进和谐',
  '改善交通状况，促进经济发展',
  '减少扬尘，保护生态环境',
  '按标准配备',
  '减少发生火灾事故',
  '按时召开人大会议',
  '对上板城镇产生可持续影响',
  '促进本地区稳定和谐发展',
  '制度健全',
  '维护社会稳定，提高60岁以上老年人参与居家养老服务人数',
  '项目长期稳定',
  '缓解家庭养老压力，提升老年人幸福感',
  '促进区域经济社会发展情况',
  '组织管理专人负责',
  '全面宣传推行河长制',
  '保护生态环境，促进绿色发展',
  '恢复水生态环境',
  '保障退役军人就业',
  '退役军人公益岗可持续',
  '促进社会稳定',
  '按标准建设',
  '按上级要求',
  '1、应对突发事件民兵应急拉动，保障人民生命财产安全；2、提升国防教育水平；3、为人民军队输送优质兵员',
  '促进地区国防事业发展',
  '为群众提供优质、高效、便捷的网上服务',
  '全面宣传推行饮水安全',
  '经费支出合规',
  '按要求完成拆迁目标',
  '促进区域经济发展',
  '维护社会稳定，减少上访',
  '为全镇各职能部门有效开展各项工作任务提供健康保障，更好地服务于民。',
  '按上级要求按时完成',
  '社会稳定水平、退役军人就业率、服务站服务水平',
  '维持社会稳定、提升退役军人受尊崇感、提升退役军人政策知晓率、提升退役军人就业率',
  '定期进行设备维修养护'
,
];

describe('parseIndicatorValue on the seed', () => {
  it.each(SEED_QUANTITATIVE)('%s is %s %d %s', (text, operator, number, unitText) => {
    const v = quantity(text);
    expect(v).toMatchObject({ operator, number, unitText, garbled: false });
    expect(v.unit).toBe(unitText === '百分比' ? '%' : unitText);
    expect(v.operatorText).toBe(operator === '=' ? '' : text[0]);
  });

  it.each(SEED_QUALITATIVE)('%s is qualitative', (text) => {
    expect(parseIndicatorValue(text)).toEqual({ kind: 'qualitative', text });
  });

  it('reads 无 as not set', () => {
    expect(parseIndicatorValue('无')).toEqual({ kind: 'not-set' });
  });

  it('reads the padded 1000每人每月1000元 as garbled, keeping its first number and its last unit', () => {
    expect(parseIndicatorValue('1000每人每月1000元')).toEqual({
      kind: 'quantitative', operator: '=', operatorText: '', direction: 'equal',
      number: 1000, unit: '元', unitText: '元', garbled: true,
    });
  });

  it('reads 百分比 alone as qualitative: a unit with no number', () => {
    expect(parseIndicatorValue('百分比')).toEqual({ kind: 'qualitative', text: '百分比' });
  });
});

describe('parseIndicatorValue operators', () => {
  it.each<[string, Operator, string]>([
    ['≥90%', '>=', '≥'], ['≤90%', '<=', '≤'], ['>90%', '>', '>'], ['<90%', '<', '<'], ['=90%', '=', '='],
    ['>=90%', '>=', '>='], ['<=90%', '<=', '<='], ['＞90%', '>', '>'], ['＜90%', '<', '<'], ['＝90%', '=', '='],
    ['≧90%', '>=', '≧'], ['≦90%', '<=', '≦'],
    ['大于90%', '>', '大于'], ['高于90%', '>', '高于'], ['小于90%', '<', '小于'], ['低于90%', '<', '低于'],
    ['不低于90%', '>=', '不低于'], ['不少于90%', '>=', '不少于'], ['不高于90%', '<=', '不高于'],
    ['不超过90%', '<=', '不超过'], ['不多于90%', '<=', '不多于'], ['达到90%', '>=', '达到'],
    ['90%以上', '>=', '以上'], ['90%以下', '<=', '以下'], ['10次以下', '<=', '以下'], ['10次以内', '<=', '以内'],
    ['90%及以上', '>=', '及以上'],
  ])('%s → %s', (text, operator, operatorText) => {
    expect(quantity(text)).toMatchObject({ operator, operatorText, garbled: false });
  });

  it.each<[string, Direction]>([
    ['≥90%', 'positive'], ['>90%', 'positive'], ['≤90%', 'reverse'], ['<90%', 'reverse'], ['90%', 'equal'],
    ['不高于5%', 'reverse'], ['95%以上', 'positive'],
  ])('%s has direction %s', (text, direction) => {
    expect(quantity(text).direction).toBe(direction);
  });

  it('keeps both words of 达到…以上 and takes the suffix', () => {
    expect(quantity('达到95%以上')).toMatchObject({ operator: '>=', operatorText: '达到…以上', garbled: false });
    expect(quantity('达到10次以下')).toMatchObject({ operator: '<=', garbled: false });
  });

  it('agrees with a redundant suffix but marks a contradicting one garbled', () => {
    expect(quantity('≥95%以上')).toMatchObject({ operator: '>=', garbled: false });
    expect(quantity('≥5%以下')).toMatchObject({ operator: '>=', garbled: true });
  });

  it('does not read 60岁以上 inside a sentence as an operator', () => {
    expect(parseIndicatorValue('提高60岁以上老年人参与率').kind).toBe('qualitative');
  });
});

describe('parseIndicatorValue numbers and units', () => {
  it.each<[string, number, string, string]>([
    ['≤1,234.5元', 1234.5, '元', '元'],
    ['≥1,000,000人次', 1000000, '人次', '人次'],
    ['≥９０％', 90, '%', '%'],
    ['≥90％', 90, '%', '%'],
    ['≥ 90 %', 90, '%', '%'],
    ['  ≥274名\n', 274, '名', '名'],
    ['≤６４．３９万元', 64.39, '万元', '万元'],
    ['≥0.5天', 0.5, '天', '天'],
    ['≥-5%', -5, '%', '%'],
    ['≥120户', 120, '户', '户'],
    ['2023.12万元', 2023.12, '万元', '万元'],
    ['≥12次/年', 12, '次/年', '次/年'],
  ])('%s → %d %s', (text, number, unit, unitText) => {
    expect(quantity(text)).toMatchObject({ number, unit, unitText, garbled: false });
  });

  it.each(['≥90%，≥95%', '90%-95%', '≥1.5万元另加2万元', '3个村5户'])('%s holds two numbers: garbled', (text) => {
    expect(quantity(text).garbled).toBe(true);
  });

  it('takes the first number of a garbled value', () => {
    expect(quantity('≥90%，其中A类≥95%')).toMatchObject({ operator: '>=', number: 90, unit: '%', garbled: true });
  });

  it('reads numbers too long to be finite as text', () => {
    const huge = '9'.repeat(400);
    expect(parseIndicatorValue(`≥${huge}%`)).toEqual({ kind: 'qualitative', text: `≥${huge}%` });
    expect(parseIndicatorValue(`≥${huge}%，≥1%`).kind).toBe('qualitative');
  });

  it('treats a text longer than a unit after the number as a sentence', () => {
    expect(parseIndicatorValue('5年一遇的洪水').kind).toBe('qualitative');
  });
});

describe('parseIndicatorValue kinds', () => {
  it.each(['', '   ', '\n\t', '\u3000'])('%j is empty', (text) => {
    expect(parseIndicatorValue(text)).toEqual({ kind: 'empty' });
  });

  it.each(['无', ' 无 ', '/', '-', '—', '－', '——', '暂无'])('%s is not set', (text) => {
    expect(parseIndicatorValue(text)).toEqual({ kind: 'not-set' });
  });

  it.each(['**', '*', 'XX', 'xx', 'XXX', '××', '目标内容1', '指标1', '待定', '待补充', '……', '...', '≥XX%', '**人', 'XX万元', '请填写指标值'])(
    '%s is a placeholder',
    (text) => {
      expect(parseIndicatorValue(text)).toEqual({ kind: 'placeholder', text });
    },
  );

  it.each(['2023年12月底前完成', '2023年底', '2023-12-31前', '2023.6前完成', '12月底前完成', '%', '≥百分比', '按季度发放', 'X光机维护'])(
    '%s is qualitative',
    (text) => {
      expect(parseIndicatorValue(text)).toEqual({ kind: 'qualitative', text });
    },
  );

  it('folds spaces and line breaks in the text it keeps', () => {
    expect(parseIndicatorValue(' 按季度\n  发放 ')).toEqual({ kind: 'qualitative', text: '按季度 发放' });
  });

  it('reads a numbered list as a sentence, not a garbled number', () => {
    expect(parseIndicatorValue('1、提升国防教育水平；2、输送优质兵员3名').kind).toBe('qualitative');
    expect(parseIndicatorValue('1.按季度发放').kind).toBe('qualitative');
  });
});

describe('extractYears', () => {
  it.each<[string, number[]]>([
    ['2023年12月底前完成', [2023]],
    ['2023年底', [2023]],
    ['2023-12-31前', [2023]],
    ['2023.6前', [2023]],
    ['2023-2024年', [2023, 2024]],
    ['2022年启动，2023年完成，2023年底验收', [2022, 2023]],
    ['２０２３年', [2023]],
    ['≥2000元', []],
    ['2000人次', []],
    ['1989年', []],
    ['2101年', []],
    ['12023年', []],
    ['按季度发放', []],
    ['2023.13', []],
    ['第2023年', [2023]],
    ['2022年2023年', [2022, 2023]],
    ['2022.6-2023.12', [2022, 2023]],
    ['12022.6-2023年', [2023]],
  ])('%s → %j', (text, years) => {
    expect(extractYears(text)).toEqual(years);
  });
});

const OPERATOR_WORDS: [text: string, operator: Operator, position: 'prefix' | 'suffix'][] = [
  ['≥', '>=', 'prefix'], ['≤', '<=', 'prefix'], ['>', '>', 'prefix'], ['<', '<', 'prefix'], ['=', '=', 'prefix'],
  ['>=', '>=', 'prefix'], ['<=', '<=', 'prefix'], ['＞', '>', 'prefix'], ['＜', '<', 'prefix'],
  ['≧', '>=', 'prefix'], ['≦', '<=', 'prefix'],
  ['大于', '>', 'prefix'], ['小于', '<', 'prefix'], ['高于', '>', 'prefix'], ['低于', '<', 'prefix'],
  ['不低于', '>=', 'prefix'], ['不高于', '<=', 'prefix'], ['不少于', '>=', 'prefix'], ['不多于', '<=', 'prefix'],
  ['不超过', '<=', 'prefix'], ['达到', '>=', 'prefix'],
  ['以上', '>=', 'suffix'], ['以下', '<=', 'suffix'],
  ['', '=', 'prefix'],
];
// `年` and `月` are left out: a 4-digit number of years or a month number reads as a date.
const UNITS = ['', '%', '％', '百分比', '名', '次', '万元', '元', '个', '户', '天', '人次', '平方米', '公里', '亩', '套'];
const FULL_WIDTH: Record<string, string> = { '.': '．', ',': '，' };
const toFullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(0xff10 + Number(c)));

/** A number with its written form: optional decimals, thousands separators, full-width digits. */
const writtenNumber = fc
  .record({
    int: fc.integer({ min: 0, max: 99_999_999 }),
    decimals: fc.integer({ min: 0, max: 99 }),
    hasDecimals: fc.boolean(),
    grouped: fc.boolean(),
    fullWidth: fc.boolean(),
  })
  .map(({ int, decimals, hasDecimals, grouped, fullWidth }) => {
    const intText = grouped ? int.toLocaleString('en-US') : String(int);
    const fraction = hasDecimals ? `.${String(decimals).padStart(2, '0')}` : '';
    const text = intText + fraction;
    return { value: Number(String(int) + fraction), text: fullWidth ? toFullWidth(text) : text };
  });

/** Texts whose numbers overflow to Infinity, which the schemas reject. */
const hugeNumbers = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 310, maxLength: 400 }), fc.constantFrom('≥', '', '1-'), fc.constantFrom('%', '次，≥1次', ''))
  .map(([digits, before, after]) => before + digits + after);

describe('parseIndicatorValue properties', () => {
  it('never throws and always returns a value valid for its schema', () => {
    const grammarChar = fc.constantFrom(...'0123456789.,%％≥≤<>=＞＜以上下不低高于达到无元万次个XX*…年月-— 、，。1'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: grammarChar }), fc.string({ unit: 'grapheme' }), hugeNumbers), (text) => {
        expect(IndicatorValueSchema.safeParse(parseIndicatorValue(text)).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any operator + number + unit it is given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPERATOR_WORDS),
        writtenNumber,
        fc.constantFrom(...UNITS),
        fc.constantFrom('', ' '),
        ([word, operator, position], number, unitText, space) => {
          const text = position === 'prefix' ? `${word}${space}${number.text}${unitText}` : `${number.text}${unitText}${space}${word}`;
          const v = quantity(text);
          expect(v.operator).toBe(operator);
          expect(v.number).toBe(number.value);
          expect(v.unit).toBe(['%', '％', '百分比'].includes(unitText) ? '%' : unitText);
          expect(v.garbled).toBe(false);
          expect(v.direction).toBe(operator === '=' ? 'equal' : operator.startsWith('>') ? 'positive' : 'reverse');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
