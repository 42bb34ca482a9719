import rule from '../../../src/core/rules/band-order';
import { bandCell } from '../make-department-table';
import { fireBands } from './run-department-rule';

describe('band.order', () => {
  it('fires when 良 is better than 优 in an upward row, on the 良 cell', () => {
    const hits = fireBands(rule, ['80%', '90%', '70%', '60%以下'], '党员培训覆盖率');
    expect(hits).toEqual([expect.objectContaining(bandCell(0, 1))]);
    expect(hits[0]?.message).toBe('指标“党员培训覆盖率”的评价标准次序不对：本行越高越好，良档“90%”并不比优档“80%”差。请按优→良→中→差逐档降低');
  });

  it('fires on a downward row that turns back up, and on two equal bands', () => {
    expect(fireBands(rule, ['0%', '2%', '1%', '3%以上'])).toEqual([expect.objectContaining(bandCell(0, 2))]);
    expect(fireBands(rule, ['0%', '2%', '1%', '3%以上'])[0]?.message).toContain('本行越低越好，中档“1%”并不比良档“2%”差。请按优→良→中→差逐档升高');
    expect(fireBands(rule, ['100%', '100%', '80%', '60%以下'])).toEqual([expect.objectContaining(bandCell(0, 1))]);
  });

  it('fires when a range overlaps the band above from its better side', () => {
    expect(fireBands(rule, ['大于5%', '3%-5%', '4%-6%', '低于1%'])).toEqual([expect.objectContaining(bandCell(0, 2))]);
  });

  it('fires on a comparison word against the row and on a 差 that reaches above 中', () => {
    expect(fireBands(rule, ['100%', '90%以下', '80%', '60%以下'])[0]).toMatchObject({ ...bandCell(0, 1), params: expect.objectContaining({ detail: '本行越高越好，良档“90%以下”的比较词方向相反' }) });
    expect(fireBands(rule, ['100%', '90%', '80%', '100%以上'])).toEqual([expect.objectContaining(bandCell(0, 3))]);
    expect(fireBands(rule, ['大于5%', '3%-5%', '1%-3%', '5%以下'])).toEqual([expect.objectContaining(bandCell(0, 3))]);
  });

  it('fires on the 差 cell when 优 and 差 show no direction', () => {
    const hits = fireBands(rule, ['90%', '', '', '90%']);
    expect(hits).toEqual([expect.objectContaining(bandCell(0, 3))]);
    expect(hits[0]?.message).toContain('优档“90%”与差档“90%”看不出数值越高越好还是越低越好');
    expect(fireBands(rule, ['90%以上', '', '', '95%以上'])).toHaveLength(1);
  });

  it('stays quiet on every ordered form of the seed, either direction', () => {
    const rows: [string, string, string, string][] = [
      ['20', '15', '12', '10以下'], ['100%', '90%', '80%', '60%以下'], ['5%', '3%', '2%', '低于2%'], ['2', '1', '', '0'],
      ['70%', '60%', '50%', '50%以下'], ['0%以下', '5%以下', '7%以下', '10%以上'], ['0%', '1%', '2%', '3%以上'],
      ['15', '12', '10', '10次以下'], ['小于10次', '10-15次', '16-20次', '20次以上'], ['小于3次', '3-5次', '5-10次', '10次以上'],
      ['2%以下', '3%', '4%', '5%以上'], ['大于5%', '3%-5%', '1%-3%', '低于1%'], ['大于5%', '2%-5%', '1%-2%', '低于1%'],
      ['23个', '', '', '低于23个'], ['低于10%', '10%-15%', '15%-20%', '20%以上'], ['50%', '40%', '30%', '低于30%'],
      ['59', '', '', '低于59'], ['12次', '', '', '低于12次'], ['大于3', '2-3次', '1-2次', '0'], ['大于50次', '40-50次', '30-40次', '低于30次'],
      ['大于3次', '2-3次', '1-2次', '0次'],
    ];
    for (const bands of rows) expect([bands, fireBands(rule, bands)]).toEqual([bands, []]);
  });

  it('leaves words, mixed rows, unreadable bands and single numbers to other rules', () => {
    expect(fireBands(rule, ['合规', '', '', '不合规'])).toEqual([]);
    expect(fireBands(rule, ['100%', '基本完成', '', '未完成'])).toEqual([]);
    expect(fireBands(rule, ['60%', '50%', '40%%', '70%以下'])).toEqual([]);
    expect(fireBands(rule, ['100%', '', '', ''])).toEqual([]);
  });
});
