import fc from 'fast-check';
import { MoneySchema, parseMoney, type Money } from './money';

/** Every money cell of the seed as written: project 预算数 / 财政资金 and department budgets. */
const SEED_AMOUNTS = [
  '64.39', '20.00', '10.00', '5.00', '115.00', '885.20', '5.70', '8.28', '9.00', '3.20', '72.66', '12.23',
  '33.20', '25.00', '4.00', '7.50', '30.00', '12.30', '7.00', '8.40', '94.22', '3.00', '40.00', '4.57',
  '100.00', '20.50', '23.00', '3', '4', '165.5', '320.18', '167.66', '199.22', '899.2', '16.8',
];

const ok = (amount: number, unit: Money['unit'], wan: number): Money => ({ status: 'ok', amount, unit, wan });

describe('parseMoney on the seed', () => {
  it.each(SEED_AMOUNTS)('%s is %s 万元', (text) => {
    expect(parseMoney(text, text)).toEqual(ok(Number(text), '万元', Number(text)));
  });

  it('reads the empty 其他资金 cell as empty', () => {
    expect(parseMoney(null, '')).toEqual({ status: 'empty', amount: null, unit: '万元', wan: null });
  });
});

describe('parseMoney', () => {
  it.each<[string, Money]>([
    ['64.39万元', ok(64.39, '万元', 64.39)],
    ['643900元', ok(643900, '元', 64.39)],
    ['6.5万', ok(6.5, '万元', 6.5)],
    ['1,234.50', ok(1234.5, '万元', 1234.5)],
    ['１，２３４．５０', ok(1234.5, '万元', 1234.5)],
    ['６４．３９万元', ok(64.39, '万元', 64.39)],
    [' 64.39 万元 ', ok(64.39, '万元', 64.39)],
    ['￥1,000元', ok(1000, '元', 0.1)],
    ['0', ok(0, '万元', 0)],
    ['-5', ok(-5, '万元', -5)],
  ])('text %s', (text, expected) => {
    expect(parseMoney(text, text)).toEqual(expected);
  });

  it('takes a number cell in the table unit', () => {
    expect(parseMoney(64.39, '64.39')).toEqual(ok(64.39, '万元', 64.39));
    expect(parseMoney(643900, '643900', '元')).toEqual(ok(643900, '元', 64.39));
  });

  it('takes a number cell in the unit its displayed text names', () => {
    expect(parseMoney(643900, '643,900元')).toEqual(ok(643900, '元', 64.39));
    expect(parseMoney(64.39, '64.39万元', '元')).toEqual(ok(64.39, '万元', 64.39));
  });

  it('reads text without a unit in the table unit', () => {
    expect(parseMoney('5000', '5000', '元')).toEqual(ok(5000, '元', 0.5));
  });

  it('converts 元 to 万元 without floating-point noise', () => {
    expect(parseMoney('70000元', '')).toMatchObject({ wan: 7 });
    expect(parseMoney('123元', '')).toMatchObject({ wan: 0.0123 });
  });

  it('falls back to the displayed text when the host gives no value', () => {
    expect(parseMoney(null, '64.39')).toEqual(ok(64.39, '万元', 64.39));
  });

  it.each(['', '   ', '\n', '-', '—', '/', '无'])('%j is empty', (text) => {
    expect(parseMoney(text, text)).toEqual({ status: 'empty', amount: null, unit: '万元', wan: null });
  });

  it.each(['abc', '64.39美元', '1,23', '12.3.4', '约10万', '10万元以内', '#VALUE!', '64.39万元元'])('%s is invalid', (text) => {
    expect(parseMoney(text, text)).toEqual({ status: 'invalid', amount: null, unit: '万元', wan: null });
  });

  it('reads a number too long to be finite as invalid', () => {
    expect(parseMoney('9'.repeat(400), '')).toMatchObject({ status: 'invalid' });
  });

  it.each([NaN, Infinity, -Infinity, true, false])('raw %s is invalid', (raw) => {
    expect(parseMoney(raw, String(raw), '元')).toEqual({ status: 'invalid', amount: null, unit: '元', wan: null });
  });
});

describe('parseMoney properties', () => {
  const hugeNumber = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 310, maxLength: 400 });
  const raw = fc.oneof(fc.string(), hugeNumber, fc.double(), fc.boolean(), fc.constant(null));
  const unit = fc.constantFrom<Money['unit']>('万元', '元');

  it('never throws, validates against its schema, and keeps wan consistent with amount', () => {
    fc.assert(
      fc.property(raw, fc.string(), unit, (r, text, tableUnit) => {
        const m = parseMoney(r, text, tableUnit);
        expect(MoneySchema.safeParse(m).success).toBe(true);
        expect(m.amount === null).toBe(m.status !== 'ok');
        if (m.amount !== null && m.wan !== null) {
          const expected = m.unit === '元' ? m.amount / 10000 : m.amount;
          expect(Math.abs(m.wan - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back an amount written with two decimals and a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom('', '万元', '万', '元'), unit, (cents, written, tableUnit) => {
        const amount = cents / 100;
        const m = parseMoney(`${amount.toFixed(2)}${written}`, '', tableUnit);
        const expectedUnit = written === '' ? tableUnit : written === '元' ? '元' : '万元';
        expect(m).toMatchObject({ status: 'ok', amount, unit: expectedUnit });
      }),
    );
  });
});
