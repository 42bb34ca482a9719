import fc from 'fast-check';
import { PercentSchema, isPercentFormat, parsePercent, type Percent } from './percent';

/** Every 资金支出计划 value of the seed as written (all text). */
const SEED_PERCENTS = ['100%', '50%', '25%', '75%', '70%', '80%', '30%', '20%', '40%', '60%'];

describe('parsePercent on the seed', () => {
  it.each(SEED_PERCENTS)('%s', (text) => {
    expect(parsePercent(text, text, 'General')).toEqual({ status: 'ok', percent: Number(text.slice(0, -1)), form: 'text-percent' });
  });

  it('reads an empty checkpoint as empty', () => {
    expect(parsePercent(null, '', 'General')).toEqual({ status: 'empty', percent: null, form: 'empty' });
  });
});

describe('parsePercent', () => {
  it.each<[string, number, Percent['form']]>([
    ['25%', 25, 'text-percent'],
    ['25％', 25, 'text-percent'],
    [' 25 % ', 25, 'text-percent'],
    ['２５％', 25, 'text-percent'],
    ['12.5%', 12.5, 'text-percent'],
    ['100百分比', 100, 'word-percent'],
    ['25', 25, 'plain-number'],
    ['0.25', 0.25, 'plain-number'],
    ['120%', 120, 'text-percent'],
  ])('text %s → %d (%s)', (text, percent, form) => {
    expect(parsePercent(text, text, '@')).toEqual({ status: 'ok', percent, form });
  });

  it.each<[number, string, number]>([
    [0.25, '0%', 25],
    [1, '0%', 100],
    [0.07, '0.00%', 7],
    [0.333, '0.0%', 33.3],
    [0.5, '[Red]0%', 50],
    [0.5, '0%;-0%', 50],
  ])('number %d with format %s → %d', (raw, numFmt, percent) => {
    expect(parsePercent(raw, '', numFmt)).toEqual({ status: 'ok', percent, form: 'formatted-fraction' });
  });

  it.each<[number, string]>([
    [25, 'General'],
    [25, '0'],
    [25, '0.00"%"'],
    [25, '0\\%'],
    [0.25, 'General'],
  ])('number %d with format %s is taken as it stands', (raw, numFmt) => {
    expect(parsePercent(raw, '', numFmt)).toEqual({ status: 'ok', percent: raw, form: 'plain-number' });
  });

  it('falls back to the displayed text when the host gives no value', () => {
    expect(parsePercent(null, '25%', 'General')).toEqual({ status: 'ok', percent: 25, form: 'text-percent' });
  });

  it.each(['', '  ', '\n'])('%j is empty', (text) => {
    expect(parsePercent(text, text, 'General')).toEqual({ status: 'empty', percent: null, form: 'empty' });
  });

  it.each(['abc', '25%%', '≥25%', '百分比', '%', '25%以上', '二十五%', '1/4'])('%s is invalid', (text) => {
    expect(parsePercent(text, text, 'General')).toEqual({ status: 'invalid', percent: null, form: 'invalid' });
  });

  it('reads numbers too large to be finite as invalid', () => {
    expect(parsePercent('9'.repeat(400) + '%', '', 'General').status).toBe('invalid');
    expect(parsePercent(Number.MAX_VALUE, '', '0%').status).toBe('invalid');
  });

  it.each([NaN, Infinity, true, false])('raw %s is invalid', (raw) => {
    expect(parsePercent(raw, '', '0%')).toEqual({ status: 'invalid', percent: null, form: 'invalid' });
  });
});

describe('isPercentFormat', () => {
  it.each<[string, boolean]>([
    ['0%', true], ['0.00%', true], ['#,##0.0%', true], ['[Red]0%', true], ['[Blue][>0.5]0%;0%', true],
    ['General', false], ['0.00', false], ['0"%"', false], ['0\\%', false], ['@', false], ['', false],
  ])('%s → %s', (numFmt, expected) => {
    expect(isPercentFormat(numFmt)).toBe(expected);
  });
});

describe('parsePercent properties', () => {
  it('never throws and always returns a value valid for its schema', () => {
    const hugeNumber = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 310, maxLength: 400 }).map((d) => `${d}%`);
    const raw = fc.oneof(fc.string(), hugeNumber, fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(raw, fc.string(), fc.oneof(fc.string(), fc.constantFrom('0%', 'General', '0.00%')), (r, text, numFmt) => {
        const p = parsePercent(r, text, numFmt);
        expect(PercentSchema.safeParse(p).success).toBe(true);
        expect(p.percent === null).toBe(p.status !== 'ok');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back a whole percentage as text, as a formatted fraction and as a bare number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (n) => {
        expect(parsePercent(`${n}%`, `${n}%`, 'General').percent).toBe(n);
        expect(parsePercent(n / 100, `${n}%`, '0%').percent).toBe(n);
        expect(parsePercent(n, String(n), 'General').percent).toBe(n);
      }),
    );
  });
});
