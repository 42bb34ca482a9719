/** Indicator rows and helpers shared by the tests of the indicator.* value rules. */
import type { Rule, RuleHit } from '../../../src/core/rules/rule';
import type { IndicatorRole } from '../../../src/core/vocabulary';
import { DEFAULT_PROFILE } from '../../../src/core/profile/profile-schema';
import { makeProjectTable, type IndicatorSpec, type ProjectSpec } from '../make-project-table';

export const row = (level1: string, level2: string, level3: string, value: string, more: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  level1, level2, level3, value, basis: '部门年初工作目标', ...more,
});
export const output = (level2: string, level3: string, value: string, more: Partial<IndicatorSpec> = {}) => row('产出指标', level2, level3, value, more);
export const effect = (level2: string, level3: string, value: string, more: Partial<IndicatorSpec> = {}) => row('效益指标', level2, level3, value, more);
export const satisfaction = (level3: string, value: string) => row('满意度指标', '服务对象满意度指标', level3, value);

/** Runs a rule on a table whose grid lacks the given columns. */
export function fireWithout(rule: Rule, spec: ProjectSpec, missing: IndicatorRole[]): RuleHit[] {
  return rule.check(makeProjectTable({ ...spec, without: missing }), { profile: DEFAULT_PROFILE, budgetYear: 2023 });
}

/** Where the builder put one cell of each picked indicator row, as `[row, col]`: the cells a rule should name. */
export function builtCells(spec: ProjectSpec, picks: number[], cell: 'value' | 'level3'): ([number, number] | undefined)[] {
  const rows = makeProjectTable(spec).indicators;
  return picks.map((i) => {
    const c = rows[i]?.[cell];
    return c ? [c.row, c.col] : undefined;
  });
}
