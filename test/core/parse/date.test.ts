import { endsBeforeStart, formatDate, parseDate, type DateReading } from '../../../src/core/parse/date';

const ok = (r: DateReading) => {
  if (r.status !== 'ok') throw new Error(`not a date: ${JSON.stringify(r)}`);
  return r;
};

describe('parseDate', () => {
  it.each([
    ['2024年3月', 2024, 3, null],
    ['2024年3月15日', 2024, 3, 15],
    ['2024年3月底', 2024, 3, null],
    ['2024.3', 2024, 3, null],
    ['2024-03-15', 2024, 3, 15],
    ['2024/3/15', 2024, 3, 15],
    ['２０２４年１２月', 2024, 12, null],
    ['2024年第二季度', 2024, 6, null],
    ['2024年上半年', 2024, 6, null],
    ['2024年底', 2024, 12, null],
  ])('reads %s', (text, year, month, day) => {
    expect(ok(parseDate(text, text, 'General'))).toEqual({ status: 'ok', year, month, day });
  });

  it('reads a date cell by its serial and format, and says empty or invalid otherwise', () => {
    expect(parseDate(45366, '2024/3/15', 'yyyy/m/d')).toEqual({ status: 'ok', year: 2024, month: 3, day: 15 });
    expect(parseDate(null, '', 'General')).toEqual({ status: 'empty' });
    expect(parseDate('明年', '明年', 'General')).toEqual({ status: 'invalid' });
    expect(parseDate('2024年13月', '2024年13月', 'General')).toEqual({ status: 'invalid' });
  });
});

describe('endsBeforeStart', () => {
  const d = (t: string) => ok(parseDate(t, t, 'General'));
  it('compares years, months, then days; a month alone is the whole month', () => {
    expect(endsBeforeStart(d('2024年6月'), d('2024年5月'))).toBe(true);
    expect(endsBeforeStart(d('2024年6月'), d('2023年12月'))).toBe(true);
    expect(endsBeforeStart(d('2024年6月20日'), d('2024年6月'))).toBe(false);
    expect(endsBeforeStart(d('2024年6月20日'), d('2024年6月10日'))).toBe(true);
    expect(endsBeforeStart(d('2024年3月'), d('2024年3月'))).toBe(false);
    expect(formatDate(d('2024-03-15'))).toBe('2024年3月15日');
  });
});
