import { RULES } from '../../src/core/rules/catalogue';
import { ruleFamilies, ruleTitle } from '../../src/taskpane/rule-families';

describe('rule families', () => {
  it('puts every catalogue rule in exactly one family, under its id prefix', () => {
    const families = ruleFamilies();
    const ids = families.flatMap((f) => f.rules.map((r) => r.id));
    expect(ids.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const { family, rules } of families) for (const r of rules) expect(r.id.startsWith(`${family}.`)).toBe(true);
  });

  it('titles a rule by the catalogue, and an unknown one by its id', () => {
    expect(ruleTitle('plan.gap')).toBe(RULES.find((r) => r.meta.id === 'plan.gap')?.meta.title);
    expect(ruleTitle('future.rule')).toBe('future.rule');
  });
});
