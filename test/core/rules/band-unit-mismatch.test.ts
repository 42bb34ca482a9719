import rule from '../../../src/core/rules/band-unit-mismatch';
import { bandCell } from '../make-department-table';
import { fireBands } from './run-department-rule';

describe('band.unit-mismatch', () => {
  it('fires once, on the first % band, for a count graded in % (seed: 宣传教育次数)', () => {
    const hits = fireBands(rule, ['100%', '90%', '80%', '60%以下'], '宣传教育次数');
    expect(hits).toEqual([expect.objectContaining(bandCell(0, 0))]);
    expect(hits[0]?.message).toBe('指标“宣传教育次数”是计数指标，评价标准却以“%”计，请按次数、个数等填写各档（如“12次”“10次”“8次”“低于8次”），或把指标改为比率（如“…覆盖率”）');
    expect(fireBands(rule, ['60', '50%', '40', '30以下'], '聘用人数')).toEqual([expect.objectContaining(bandCell(0, 1))]);
  });

  it('fires for a rate graded in a count unit, and for a unit the name declares', () => {
    expect(fireBands(rule, ['10次', '8次', '6次', '低于6次'], '隐患排查率')[0]).toMatchObject({
      ...bandCell(0, 0), params: expect.objectContaining({ problem: '是比率指标，评价标准却以“次”计' }),
    });
    expect(fireBands(rule, ['10', '8', '6次', '低于6次'], '服务覆盖度（％）')).toEqual([expect.objectContaining(bandCell(0, 2))]);
    expect(fireBands(rule, ['95%', '90%', '80%', '60%以下'], '培训（次）')).toHaveLength(1);
  });

  it('fires on the first band in another unit when a row mixes units', () => {
    const hits = fireBands(rule, ['12次', '10次', '8个', '低于8次'], '开展活动');
    expect(hits).toEqual([expect.objectContaining(bandCell(0, 2))]);
    expect(hits[0]?.params.problem).toBe('的评价标准单位不一致（次、个）');
  });

  it('stays quiet on fitting units, unitless numbers, words and the seed’s other rows', () => {
    const quiet: [string, [string, string, string, string]][] = [
      ['主题教育活动开展覆盖率', ['100%', '90%', '80%', '60%以下']],
      ['专题党委会次数', ['20', '15', '12', '10以下']],
      ['人大会议召开次数', ['2', '1', '', '0']],
      ['整改问题数', ['大于3', '2-3次', '1-2次', '0']],
      ['重大森林火灾次数', ['小于3次', '3-5次', '5-10次', '10次以上']],
      ['全镇9+x系统维护数量', ['23个', '', '', '低于23个']],
      ['重度精神病人救治救助住院率(％)', ['80%', '70%', '60%', '60%以下']],
      ['群众满意度', ['95%', '90%', '80%', '60%以下']],
      ['重复信访下降', ['大于5%', '3%-5%', '1%-3%', '低于1%']],
      ['资金支出合规性', ['合规', '', '', '不合规']],
      ['空气质量指数', ['50%', '40%', '30%', '低于30%']],
      ['数据准确率', ['', '', '', '']],
    ];
    for (const [name, bands] of quiet) expect([name, fireBands(rule, bands, name)]).toEqual([name, []]);
  });
});
