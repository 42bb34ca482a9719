import rule from '../../../src/core/rules/basis-not-a-standard';
import { makeProjectTable, type ProjectSpec } from '../make-project-table';
import { fire } from './run-rule';
import { output, satisfaction } from './indicator-rows';

/** The 依据 cell of each row of the table the spec builds. */
const basisCells = (spec: ProjectSpec) => makeProjectTable(spec).indicators.map((r) => r.basis && [r.basis.row, r.basis.col]);

describe('basis.not-a-standard', () => {
  it('fires on a basis that copies the value or the name, says none, points elsewhere, or names no standard', () => {
    const spec: ProjectSpec = {
      indicators: [
        output('质量指标', '隐患整改率', '隐患全部整改到位', { basis: '隐患全部整改到位' }),
        output('数量指标', '巡查次数', '≥12次', { basis: '巡查次数' }),
        output('数量指标', '宣传次数', '≥4次', { basis: '无' }),
        output('数量指标', '培训人数', '≥50人', { basis: '同上' }),
        output('数量指标', '排查村数', '≥22个', { basis: '各村已排查上报' }),
      ],
    };
    const hits = fire(rule, spec);
    expect(hits.map((h) => [h.row, h.col])).toEqual(basisCells(spec));
    expect(hits.map((h) => h.params.why)).toEqual(['照抄了指标值', '照抄了指标名称', '没有写出依据', '没有写出依据', '没有说明是哪种标准']);
    expect(hits[0]?.message).toMatch(/^指标值确定依据“隐患全部整改到位”照抄了指标值；请写明指标值从哪里来/);
  });

  it('stays quiet on plans, documents, history, calculations and contracts, and on an empty basis (required.empty asks for it)', () => {
    const bases = ['部门年初工作目标', '冀组发【2018】14号', '《承德高新区农村饮水安全保障应急预案》', '上年完成值', '近三年平均值', '按定额测算', '委托管理协议与垃圾承包合同', ''];
    expect(fire(rule, { indicators: bases.map((basis, i) => output('数量指标', `指标${i}`, `≥${i + 1}次`, { basis })) })).toEqual([]);
    expect(fire(rule, { indicators: [satisfaction('群众满意度', '≥90%')] })).toEqual([]);
  });
});
