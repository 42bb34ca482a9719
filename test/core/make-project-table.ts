import type { ProjectTable } from '../../src/core/model/project-table';
import type { Located } from '../../src/core/model/located';
import { parseMoney } from '../../src/core/parse/money';
import { parsePercent } from '../../src/core/parse/percent';
import { parseIndicatorValue } from '../../src/core/parse/indicator-value';

/** Plan values as typed in a sheet: text (`25%`), a fraction with a % format, or a bare number. */
export type PlanInput = string | { fraction: number } | { number: number } | null;

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  level3?: string;
  /** 绩效指标描述; the 三级 text when not given. */
  description?: string;
  value?: string;
  basis?: string;
  /** A 计量单位 column (as other local forms have), at {@link UNIT_COL}; none when not given. */
  unit?: string;
  weight?: string;
  /** 实际完成值 as typed: text, a number, or a fraction shown with a % format. */
  actual?: string | number | { fraction: number };
}

/** Column of the 实际完成值 input, just right of the seed template's seven columns. */
export const ACTUAL_COL = 8;
/** Column of the optional 计量单位 cell. */
export const UNIT_COL = 9;

export interface ProjectSpec {
  name?: string | null;
  code?: string | null;
  budget?: string | number | null;
  fiscal?: string | number | null;
  other?: (string | number)[];
  purpose?: string | null;
  goal?: string | null;
  plan?: { labels: string[]; values: PlanInput[] } | null;
  indicators?: IndicatorSpec[];
  /** 全年执行数, in 万元. */
  execution?: string | number | null;
  form?: ProjectTable['form'];
}

const text = (row: number, col: number, t: string) => ({ row, col, text: t, value: t.trim() });

function actualCell(row: number, a: NonNullable<IndicatorSpec['actual']>) {
  if (typeof a === 'string') return { row, col: ACTUAL_COL, text: a, value: { raw: a === '' ? null : a, format: 'General' } };
  if (typeof a === 'number') return { row, col: ACTUAL_COL, text: String(a), value: { raw: a, format: 'General' } };
  return { row, col: ACTUAL_COL, text: `${a.fraction * 100}%`, value: { raw: a.fraction, format: '0%' } };
}

/** As the extractor reads a form with a 计量单位 column: `≥274` and `名` together. */
function withUnit(value: string, unit: string): string {
  const v = value.trim();
  return unit.trim() !== '' && /\d$/.test(v) ? `${v}${unit.trim()}` : value;
}

/**
 * A project table as the extractor would produce it, laid out like the seed template
 * (label column A, values from B), for rule tests that need no workbook.
 */
export function makeProjectTable(spec: ProjectSpec = {}): ProjectTable {
  const money = (row: number, col: number, v: string | number | null) => {
    const t = v === null ? '' : String(v);
    return { row, col, text: t, value: parseMoney(v, t, '万元') };
  };
  const planLabels = spec.plan === undefined ? ['3月底', '6月底', '10月底', '12月底'] : spec.plan?.labels ?? [];
  const planValues = spec.plan === undefined ? ['25%', '50%', '80%', '100%'] : spec.plan?.values ?? [];
  const checkpoints = planLabels.map((label, i) => {
    const input = planValues[i] ?? null;
    const col = 2 + i;
    let value: Located<ReturnType<typeof parsePercent>>;
    if (input === null || typeof input === 'string') value = { row: 7, col, text: input ?? '', value: parsePercent(input, input ?? '', 'General') };
    else if ('fraction' in input) value = { row: 7, col, text: `${input.fraction * 100}%`, value: parsePercent(input.fraction, `${input.fraction * 100}%`, '0%') };
    else value = { row: 7, col, text: String(input.number), value: parsePercent(input.number, String(input.number), 'General') };
    return { label: text(6, col, label), value };
  });
  const indicators = (spec.indicators ?? [
    { level1: '产出指标', level2: '数量指标', level3: '发放人数', value: '≥274名', basis: '部门年初工作目标' },
    { level1: '效益指标', level2: '社会效益指标', level3: '维护社会稳定', value: '维护社会稳定', basis: '部门年初工作目标' },
    { level1: '满意度指标', level2: '服务对象满意度指标', level3: '群众满意度', value: '≥90%', basis: '部门年初工作目标' },
  ]).map((r, i) => {
    const row = 10 + i;
    return {
      row,
      level1: text(row, 1, r.level1 ?? ''),
      level2: text(row, 2, r.level2 ?? ''),
      level3: text(row, 3, r.level3 ?? ''),
      description: text(row, 4, r.description ?? r.level3 ?? ''),
      value: { row, col: 5, text: r.value ?? '', value: parseIndicatorValue(withUnit(r.value ?? '', r.unit ?? '')) },
      basis: text(row, 6, r.basis ?? ''),
      unit: r.unit === undefined ? null : text(row, UNIT_COL, r.unit),
      weight: r.weight === undefined ? null : text(row, 7, r.weight),
      actual: r.actual === undefined ? null : actualCell(row, r.actual),
    };
  });
  const pick = <T>(v: T | undefined, d: T) => (v === undefined ? d : v);
  const name = pick(spec.name, '安全生产专项资金');
  const code = pick(spec.code, '13081123P00005810001W');
  const purpose = pick(spec.purpose, '辖区内企业安全隐患排查');
  const goal = pick(spec.goal, '1.完成辖区内企业安全隐患排查整改');
  const budget = pick(spec.budget, '20.00');
  const fiscal = pick(spec.fiscal, '20.00');
  return {
    kind: 'project',
    id: 't1',
    sheet: '项目绩效目标表',
    area: { top: 1, left: 1, bottom: 9 + indicators.length, right: 7 },
    form: spec.form ?? 'standard',
    fields: spec.form === 'mof-reference'
      ? ['name', 'budget', 'fiscal', 'other', 'goal', 'indicators', 'level1', 'level2', 'level3', 'value']
      : ['code', 'name', 'budget', 'fiscal', 'other', 'purpose', 'plan', 'goal', 'indicators', 'level1', 'level2', 'level3', 'value', 'basis'],
    title: text(1, 1, `1.${name ?? ''}绩效目标表`),
    code: code === null ? null : text(3, 2, code),
    name: name === null ? null : text(3, 5, name),
    budget: budget === null ? null : money(4, 3, budget),
    fiscal: fiscal === null ? null : money(4, 5, fiscal),
    otherFunds: (spec.other ?? ['']).map((v, i) => money(4, 7 + i, v)),
    purpose: purpose === null ? null : text(5, 2, purpose),
    plan: spec.plan === null ? null : { label: text(6, 1, '资金支出计划（%）'), checkpoints },
    goal: goal === null ? null : text(8, 2, goal),
    execution: spec.execution === undefined || spec.execution === null ? null : money(2, 9, spec.execution),
    indicatorHeaderRow: 9,
    indicators,
  };
}
