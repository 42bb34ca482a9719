import fc from 'fast-check';
import { BandSchema, parseBand, type Band } from './band';

type Comparator = Extract<Band, { kind: 'number' }>['comparator'];

/** Every numeric 评价标准 cell of the seed's department table, as written. */
const SEED_NUMBERS: [text: string, value: number, unit: string, comparator: Comparator][] = [
  ['80%', 80, '%', null],
  ['60%以下', 60, '%', '<='],
  ['90%', 90, '%', null],
  ['100%', 100, '%', null],
  ['70%', 70, '%', null],
  ['60%', 60, '%', null],
  ['95%', 95, '%', null],
  ['50%', 50, '%', null],
  ['40%', 40, '%', null],
  ['30%以下', 30, '%', '<='],
  ['30%', 30, '%', null],
  ['3%', 3, '%', null],
  ['15', 15, '', null],
  ['12', 12, '', null],
  ['2%', 2, '%', null],
  ['0', 0, '', null],
  ['50%以下', 50, '%', '<='],
  ['40%以下', 40, '%', '<='],
  ['2%以下', 2, '%', '<='],
  ['4%', 4, '%', null],
  ['5%以上', 5, '%', '>='],
  ['大于5%', 5, '%', '>'],
  ['低于1%', 1, '%', '<'],
  ['20', 20, '', null],
  ['10以下', 10, '', '<='],
  ['5%', 5, '%', null],
  ['低于2%', 2, '%', '<'],
  ['2', 2, '', null],
  ['1', 1, '', null],
  ['70%以下', 70, '%', '<='],
  ['0%以下', 0, '%', '<='],
  ['5%以下', 5, '%', '<='],
  ['7%以下', 7, '%', '<='],
  ['10%以上', 10, '%', '>='],
  ['0%', 0, '%', null],
  ['1%', 1, '%', null],
  ['3%以上', 3, '%', '>='],
  ['10', 10, '', null],
  ['10次以下', 10, '次', '<='],
  ['小于10次', 10, '次', '<'],
  ['20次以上', 20, '次', '>='],
  ['小于3次', 3, '次', '<'],
  ['10次以上', 10, '次', '>='],
  ['23个', 23, '个', null],
  ['低于23个', 23, '个', '<'],
  ['低于10%', 10, '%', '<'],
  ['20%以上', 20, '%', '>='],
  ['低于30%', 30, '%', '<'],
  ['59', 59, '', null],
  ['低于59', 59, '', '<'],
  ['12次', 12, '次', null],
  ['低于12次', 12, '次', '<'],
  ['大于3', 3, '', '>'],
  ['大于50次', 50, '次', '>'],
  ['低于30次', 30, '次', '<'],
  ['大于3次', 3, '次', '>'],
  ['0次', 0, '次', null],
];

const SEED_RANGES: [text: string, low: number, high: number, unit: string][] = [
  ['2-3次', 2, 3, '次'],
  ['1-2次', 1, 2, '次'],
  ['10-15次', 10, 15, '次'],
  ['16-20次', 16, 20, '次'],
  ['3-5次', 3, 5, '次'],
  ['5-10次', 5, 10, '次'],
  ['3%-5%', 3, 5, '%'],
  ['1%-3%', 1, 3, '%'],
  ['2%-5%', 2, 5, '%'],
  ['1%-2%', 1, 2, '%'],
  ['10%-15%', 10, 15, '%'],
  ['15%-20%', 15, 20, '%'],
  ['40-50次', 40, 50, '次'],
  ['30-40次', 30, 40, '次'],
];

const SEED_WORDS: string[] = [
  '合规',
  '不合规',
  '完成',
  '未完成',
  '改善',
  '未改善',
  '定期',
  '及时',
  '不及时',
  '促进',
  '完整',
  '不完整',
  '不发生安全生产事故',
  '发生安全事故',
  '设立防汛抗旱指挥部并有专人负责',
  '未设立防汛抗旱指挥部并没有专人负责',
  '不演练',
  '能够抵挡住5年一遇的洪水',
  '稳定',
  '不稳定',
  '不开展教育与培训',
  '健全',
  '不健全',
  '管理组织和专人负责',
  '未配备专人负责',
  '维护稳定',
  '造成群众上访',
];

describe('parseBand on the seed', () => {
  it.each(SEED_NUMBERS)('%s is %d %s with comparator %s', (text, value, unit, comparator) => {
    expect(parseBand(text)).toEqual({ kind: 'number', value, unit, comparator });
  });

  it.each(SEED_RANGES)('%s is %d to %d %s', (text, low, high, unit) => {
    expect(parseBand(text)).toEqual({ kind: 'range', low, high, unit });
  });

  it.each(SEED_WORDS)('%s is a word', (text) => {
    expect(parseBand(text)).toEqual({ kind: 'word', text });
  });

  it('reads an empty band as empty', () => {
    expect(parseBand('')).toEqual({ kind: 'empty' });
  });

  it('reads 40%% as invalid and suggests 40%', () => {
    expect(parseBand('40%%')).toEqual({ kind: 'invalid', text: '40%%', suggestion: '40%' });
  });
});

describe('parseBand forms beyond the seed', () => {
  it.each<[string, number, string, Comparator]>([
    ['≥90%', 90, '%', '>='], ['≤5%', 5, '%', '<='], ['>3次', 3, '次', '>'], ['<3次', 3, '次', '<'],
    ['不低于90%', 90, '%', '>='], ['不少于12次', 12, '次', '>='], ['不高于5%', 5, '%', '<='],
    ['不超过5%', 5, '%', '<='], ['高于5%', 5, '%', '>'], ['90%及以上', 90, '%', '>='], ['10次以内', 10, '次', '<='],
    ['=90%', 90, '%', null], ['90％', 90, '%', null], ['９０％以上', 90, '%', '>='], [' 60 % 以下 ', 60, '%', '<='],
    ['90百分比', 90, '%', null], ['-5%', -5, '%', null], ['1,200元', 1200, '元', null], ['0.5%', 0.5, '%', null],
  ])('%s is %d %s with comparator %s', (text, value, unit, comparator) => {
    expect(parseBand(text)).toEqual({ kind: 'number', value, unit, comparator });
  });

  it.each<[string, number, number, string]>([
    ['3%－5%', 3, 5, '%'], ['3%—5%', 3, 5, '%'], ['3%~5%', 3, 5, '%'], ['3%～5%', 3, 5, '%'],
    ['3%至5%', 3, 5, '%'], ['3-5%', 3, 5, '%'], ['3%-5', 3, 5, '%'], ['3-5', 3, 5, ''],
    ['３％～５％', 3, 5, '%'], ['0.5-1.5天', 0.5, 1.5, '天'], ['5-5次', 5, 5, '次'],
  ])('%s is %d to %d %s', (text, low, high, unit) => {
    expect(parseBand(text)).toEqual({ kind: 'range', low, high, unit });
  });

  it.each<[string, string | null]>([
    ['40％％', '40%'],
    ['60%%以下', '60%以下'],
    ['3%%-5%', '3%-5%'],
    ['60%一下', '60%以下'],
    ['5%一上', '5%以上'],
    ['5%-3%', '3%-5%'],
    ['15-10次', '10-15次'],
    ['3%-5次', null],
    ['≥5%以下', null],
    ['3%-5%-7%', null],
    ['1.2.3', null],
    ['大于3-5次', null],
  ])('%s is invalid, suggestion %s', (text, suggestion) => {
    expect(parseBand(text)).toEqual({ kind: 'invalid', text, suggestion });
  });

  it.each(['   ', '\n', '\u3000'])('%j is empty', (text) => {
    expect(parseBand(text)).toEqual({ kind: 'empty' });
  });

  it('reads numbers too long to be finite as invalid', () => {
    const huge = '9'.repeat(400);
    expect(parseBand(huge)).toEqual({ kind: 'invalid', text: huge, suggestion: null });
    expect(parseBand(`1-${huge}`)).toMatchObject({ kind: 'invalid' });
  });

  it('keeps a word as written, spaces folded', () => {
    expect(parseBand(' 不 合规 ')).toEqual({ kind: 'word', text: '不 合规' });
  });
});

/** Texts whose numbers overflow to Infinity, which the schema rejects. */
const hugeNumbers = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 310, maxLength: 400 }), fc.constantFrom('大于', '', '1-'), fc.constantFrom('%', '次以下', ''))
  .map(([digits, before, after]) => before + digits + after);

describe('parseBand properties', () => {
  it('never throws and always returns a value valid for its schema', () => {
    const grammarChar = fc.constantFrom(...'0123456789.,%％-－~～至以上下低于大小次个 合规'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: grammarChar }), fc.string({ unit: 'grapheme' }), hugeNumbers), (text) => {
        expect(BandSchema.safeParse(parseBand(text)).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  const written = fc.record({ cents: fc.integer({ min: 0, max: 10_000_000 }), unit: fc.constantFrom('', '%', '次', '个', '天') });
  const text = (cents: number) => String(cents / 100);

  it('reads back a bound with its comparison word', () => {
    const words: [string, Comparator, 'prefix' | 'suffix'][] = [
      ['', null, 'prefix'], ['大于', '>', 'prefix'], ['小于', '<', 'prefix'], ['低于', '<', 'prefix'],
      ['高于', '>', 'prefix'], ['不低于', '>=', 'prefix'], ['以上', '>=', 'suffix'], ['以下', '<=', 'suffix'],
    ];
    fc.assert(
      fc.property(written, fc.constantFrom(...words), ({ cents, unit }, [word, comparator, position]) => {
        const bound = text(cents) + unit;
        expect(parseBand(position === 'prefix' ? word + bound : bound + word)).toEqual({ kind: 'number', value: cents / 100, unit, comparator });
      }),
    );
  });

  it('reads back an ordered range', () => {
    fc.assert(
      fc.property(written, fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('-', '~', '至', '～'), ({ cents, unit }, more, sep) => {
        const high = cents + more;
        expect(parseBand(`${text(cents)}${unit}${sep}${text(high)}${unit}`)).toEqual({ kind: 'range', low: cents / 100, high: high / 100, unit });
      }),
    );
  });
});
