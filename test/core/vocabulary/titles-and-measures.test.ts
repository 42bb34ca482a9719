import { measureOfName, measuredThing, printedYear } from '../../../src/core/vocabulary';

describe('printedYear', () => {
  it.each<[string, number | null]>([
    ['2023年度项目支出绩效目标表', 2023],
    ['（2022 年度）', 2022],
    ['第12023年', null],
    ['12023年，2024年', 2024],
  ])('%j → %j', (text, year) => {
    expect(printedYear(text)).toBe(year);
  });
});

describe('what a name measures', () => {
  it('counts 率 at the very start and after any character but 频, 功, 速 and 汇 as a strict rate', () => {
    expect(['率', '完成率', '频率', '功率', '速率', '汇率'].map((n) => measureOfName(n).strictRate)).toEqual([true, true, false, false, false, false]);
  });

  it('drops punctuation and symbols of any script from the measured thing', () => {
    expect(measuredThing('“安全”生产·培训★完成率')).toBe(measuredThing('安全生产培训'));
  });
});
