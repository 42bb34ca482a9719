import type { Severity } from '../core/finding';
import { RULES } from '../core/rules/catalogue';

/** Families in the catalogue's order; a rule id is `family.name`. */
export const RULE_FAMILIES = ['required', 'plan', 'budget', 'schedule', 'indicator', 'self', 'monitor', 'dept', 'band', 'basis', 'cost', 'period', 'target'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export interface RuleEntry {
  id: string;
  title: string;
  severity: Severity;
}

export interface RuleFamilyGroup {
  family: RuleFamily;
  rules: RuleEntry[];
}

function familyOf(id: string): RuleFamily {
  const prefix = id.slice(0, id.indexOf('.'));
  const family = RULE_FAMILIES.find((f) => f === prefix);
  if (family === undefined) throw new Error(`rule ${id} has no known family`);
  return family;
}

/** Every rule of the catalogue by family, for the per-rule severity settings. */
export function ruleFamilies(): RuleFamilyGroup[] {
  return RULE_FAMILIES.map((family) => ({
    family,
    rules: RULES.filter((r) => familyOf(r.meta.id) === family).map(({ meta }) => ({ id: meta.id, title: meta.title, severity: meta.severity })),
  }));
}

const TITLES = new Map(RULES.map(({ meta }) => [meta.id, meta.title]));

/** The rule's one-line Chinese title; the id itself for a rule this version does not know. */
export function ruleTitle(id: string): string {
  return TITLES.get(id) ?? id;
}
