import { endsBeforeStart, formatDate, formatSpan, outsideSpan, parseDate, parseDateSpan, type DateReading } from '../../../src/core/parse/date';

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

describe('parseDateSpan', () => {
  const span = (t: string) => {
    const s = parseDateSpan(t);
    return s ? formatSpan(s) : null;
  };
  it.each([
    ['2024年3月—2026年12月', '2024年3月—2026年12月'],
    ['2023年1月 至 2025年12月', '2023年1月—2025年12月'],
    ['2024年—2026年', '2024年1月—2026年12月'],
    ['3年（2024年—2026年）', '2024年1月—2026年12月'],
    ['2024.3-2024.12', '2024年3月—2024年12月'],
    ['2024年3月-12月', '2024年3月—2024年12月'],
  ])('reads %s', (text, shown) => {
    expect(span(text)).toBe(shown);
  });

  it('reads no span from a length alone, one date, or an end before its start', () => {
    expect(['3年', '2024年3月', '长期', '2026年—2024年'].map(span)).toEqual([null, null, null, null]);
  });

  it('puts a date outside a span by its month', () => {
    const s = parseDateSpan('2024年3月—2026年12月');
    if (!s) throw new Error('no span');
    const d = (t: string) => ok(parseDate(t, t, 'General'));
    expect(['2024年2月', '2024年3月', '2026年12月31日', '2027年1月'].map((t) => outsideSpan(d(t), s))).toEqual([true, false, false, true]);
  });
});
