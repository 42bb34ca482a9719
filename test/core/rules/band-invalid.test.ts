import rule from '../../../src/core/rules/band-invalid';
import { bandCell } from '../make-department-table';
import { fireBands } from './run-department-rule';

describe('band.invalid', () => {
  it('fires on a doubled percent sign, with the mechanical fix as suggestion', () => {
    const hits = fireBands(rule, ['60%', '50%', '40%%', '30%以下'], '路面完好率');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ ...bandCell(0, 2), suggestion: '40%' });
    expect(hits[0]?.message).toBe('指标“路面完好率”的中档“40%%”无法识别，请改为“40%”');
  });

  it('suggests 以下 for the homophone slip 一下 and the right order for a reversed range', () => {
    expect(fireBands(rule, ['100%', '90%', '80%', '60%一下'])[0]).toMatchObject({ ...bandCell(0, 3), suggestion: '60%以下' });
    expect(fireBands(rule, ['大于5%', '5%-3%', '1%-3%', '低于1%'])[0]).toMatchObject({ ...bandCell(0, 1), suggestion: '3%-5%' });
  });

  it('fires without a suggestion on symbol slips that have no certain fix', () => {
    const hits = fireBands(rule, ['100%', '9O%', '80%', '60%以下']);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.suggestion).toBeUndefined();
    expect(hits[0]?.message).toContain('请改为数值加单位');
  });

  it('stays quiet on every band form of the seed, on words and on sentences a person must read', () => {
    const rows: [string, string, string, string][] = [
      ['100%', '90%', '80%', '60%以下'], ['5%', '3%', '2%', '低于2%'], ['2', '1', '', '0'], ['0%以下', '5%以下', '7%以下', '10%以上'],
      ['小于10次', '10-15次', '16-20次', '20次以上'], ['大于5%', '3%-5%', '1%-3%', '低于1%'], ['大于3', '2-3次', '1-2次', '0'],
      ['合规', '', '', '不合规'], ['能够抵挡住5年一遇的洪水', '', '', ''], ['23个', '', '', '低于23个'], ['', '', '', ''],
      ['5年一遇', '', '', '不足5年一遇'], ['100%(含)', '90%', '80%', '60%以下'],
    ];
    for (const bands of rows) expect(fireBands(rule, bands)).toEqual([]);
  });
});
