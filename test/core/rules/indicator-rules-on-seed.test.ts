import { checkWorkbook } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/finding';
import { buildStackedSample, type ExpectedProjectTable, type Sample } from '../../fixtures/sample-layout';
import type { SeedIndicator } from '../../fixtures/seed-parser';
import type { CellRef } from '../../fixtures/grid';
import { snapshotOfWorkbook } from '../snapshot-of';

const VALUE_RULES = [
  'no-number', 'no-unit', 'unit-mismatch', 'percent-word', 'garbled', 'percent-range', 'trivial',
  'quantity-upper-bound', 'year-mismatch', 'vague', 'satisfaction-low',
].map((n) => `indicator.${n}`);

interface SeedCell {
  table: ExpectedProjectTable;
  indicator: SeedIndicator;
  /** Cells of this indicator row in the sample. */
  value: CellRef;
  level3: CellRef;
}

const key = (sheet: string, ref: CellRef) => `${sheet}!R${ref.row}C${ref.col}`;

describe('indicator value rules on the seed (stacked sample)', () => {
  let sample: Sample;
  let findings: Finding[];
  let cells: SeedCell[];
  beforeAll(async () => {
    sample = buildStackedSample();
    ({ findings } = checkWorkbook(await snapshotOfWorkbook(sample.workbook, 'sample.xlsx')));
    cells = sample.expected.flatMap((table) =>
      table.kind !== 'project'
        ? []
        : table.project.indicators.map((indicator, i) => {
            const at = table.fields.indicators[i];
            if (!at) throw new Error(`no cells for indicator ${i} of ${table.name}`);
            return { table, indicator, value: at.value, level3: at.level3 };
          }),
    );
  });

  /** Where a rule fired, as `sheet!RrCc`, sorted. */
  const fired = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => key(f.sheet, f)).sort();
  /** Value cells of the seed indicators that match, as `sheet!RrCc`, sorted. */
  const valueCells = (match: (c: SeedCell) => boolean) => cells.filter(match).map((c) => key(c.table.sheet, c.value)).sort();
  const compact = (s: string) => s.replace(/\s/g, '');

  it('no-number: the three values that are only 百分比 (all in 村民小组长误工补贴) and the 数量指标 written as words', () => {
    const unitOnly = cells.filter((c) => compact(c.indicator.value) === '百分比');
    expect(unitOnly).toHaveLength(3);
    expect(new Set(unitOnly.map((c) => c.table.name))).toEqual(new Set(['村民小组长误工补贴']));
    const expected = valueCells((c) => compact(c.indicator.value) === '百分比' || (c.table.name === '防灾减灾专项资金' && c.indicator.level3 === '应急处置次数'));
    expect(expected).toHaveLength(4);
    expect(fired('indicator.no-number')).toEqual(expected);
  });

  it('garbled: 1000每人每月1000元 and the two 百提升灭火综合能力, each with its fix where it is mechanical', () => {
    const expected = valueCells((c) => ['1000每人每月1000元', '百提升灭火综合能力'].includes(compact(c.indicator.value)));
    expect(expected).toHaveLength(3);
    expect(fired('indicator.garbled')).toEqual(expected);
    const stray = findings.filter((f) => f.rule === 'indicator.garbled' && f.suggestion !== undefined);
    expect(stray.map((f) => f.suggestion)).toEqual(['提升灭火综合能力', '提升灭火综合能力']);
  });

  it('puts no error of these rules on any other cell', () => {
    const errors = findings.filter((f) => VALUE_RULES.includes(f.rule) && f.severity === 'error').map((f) => key(f.sheet, f)).sort();
    expect(errors).toEqual([...fired('indicator.no-number'), ...fired('indicator.garbled')].sort());
    expect(fired('indicator.percent-range')).toEqual([]);
  });

  it('unit-mismatch: ≥12次数, ≥90工作完成率 and the 成本 caps in 万, with suggestions', () => {
    const expected = valueCells((c) => /^[≥≤<>]?\d+(?:\.\d+)?(?:次数|工作完成率|万)$/.test(compact(c.indicator.value)));
    expect(expected).toHaveLength(4);
    expect(fired('indicator.unit-mismatch')).toEqual(expected);
    const suggestions = findings.filter((f) => f.rule === 'indicator.unit-mismatch').map((f) => f.suggestion);
    expect(suggestions).toEqual(expect.arrayContaining(['≥12次', '≥90%']));
    expect(suggestions.every((s) => s !== undefined)).toBe(true);
  });

  it('no-unit: the bare ≥90 of 资金使用有效率 in 村党组织活动经费, suggesting ≥90%', () => {
    const expected = valueCells((c) => /^[≥≤<>]?\d+(?:\.\d+)?$/.test(compact(c.indicator.value)));
    expect(expected).toHaveLength(1);
    expect(cells.find((c) => key(c.table.sheet, c.value) === expected[0])?.table.name).toBe('村党组织活动经费');
    expect(findings.filter((f) => f.rule === 'indicator.no-unit')).toEqual([expect.objectContaining({ suggestion: '≥90%' })]);
    expect(fired('indicator.no-unit')).toEqual(expected);
  });

  it('percent-word: every number written with 百分比, once per cell, suggesting %', () => {
    const expected = valueCells((c) => /\d百分比/.test(compact(c.indicator.value)));
    expect(expected.length).toBeGreaterThan(100);
    expect(fired('indicator.percent-word')).toEqual(expected);
    for (const f of findings.filter((x) => x.rule === 'indicator.percent-word')) expect(f.suggestion).toMatch(/^[≥≤<>]?\d+(?:\.\d+)?%$/);
  });

  it('trivial: the two ≥0次 of 驻京值班、租车、宣传经费', () => {
    const expected = valueCells((c) => compact(c.indicator.value) === '≥0次');
    expect(expected).toHaveLength(2);
    expect(new Set(cells.filter((c) => compact(c.indicator.value) === '≥0次').map((c) => c.table.name)).size).toBe(1);
    expect(fired('indicator.trivial')).toEqual(expected);
  });

  it('quantity-upper-bound: 数量指标 capped with ≤, but not the 山火发生次数 <10次', () => {
    const expected = valueCells((c) => c.indicator.level2 === '数量指标' && c.indicator.value.startsWith('≤'));
    expect(expected).toHaveLength(2);
    expect(fired('indicator.quantity-upper-bound')).toEqual(expected);
    const fires = valueCells((c) => c.indicator.level3 === '山火发生次数');
    expect(fires.length).toBeGreaterThan(0);
    for (const cell of fires) expect(fired('indicator.quantity-upper-bound')).not.toContain(cell);
  });

  it('year-mismatch: the 三级 2022年12月底前完成 of 村党组织活动经费, suggesting 2023', () => {
    const wrong = cells.filter((c) => c.indicator.level2 === '时效指标' && c.indicator.level3.includes('2022'));
    expect(wrong.map((c) => c.table.name)).toEqual(['村党组织活动经费']);
    expect(fired('indicator.year-mismatch')).toEqual(wrong.map((c) => key(c.table.sheet, c.level3)));
    expect(findings.find((f) => f.rule === 'indicator.year-mismatch')?.suggestion).toBe('2023年12月底前完成');
  });

  it('vague: values that repeat their name or ask 是否…, never the concrete sentences', () => {
    const vague = fired('indicator.vague');
    const repeatOrQuestion = valueCells((c) => ['减少群众上访', '维护社会稳定', '是否设立管理组织和专人负责'].includes(c.indicator.value));
    expect(repeatOrQuestion.length).toBeGreaterThanOrEqual(5);
    expect(vague).toEqual(expect.arrayContaining(repeatOrQuestion));
    const concrete = valueCells((c) => ['按季度发放', '隐患全部整改到位', '不发生安全生产事故', '2023年12月底前完成', '按时限要求完成'].includes(c.indicator.value));
    expect(concrete.length).toBeGreaterThanOrEqual(5);
    for (const cell of concrete) expect(vague).not.toContain(cell);
  });

  it('satisfaction-low: the seed sets every 满意度 at 90% or more', () => {
    expect(fired('indicator.satisfaction-low')).toEqual([]);
  });
});
