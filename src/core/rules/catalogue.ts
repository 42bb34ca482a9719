import type { Rule } from './rule';
import requiredMissingField from './required-missing-field';
import requiredEmpty from './required-empty';
import requiredTemplateText from './required-template-text';
import planEmpty from './plan-empty';
import planInvalid from './plan-invalid';
import planRange from './plan-range';
import planGap from './plan-gap';
import planMonotonic from './plan-monotonic';
import planFinal100 from './plan-final-100';
import budgetSum from './budget-sum';
import budgetNotANumber from './budget-not-a-number';

/** Every rule the checker runs, in the order the docs list them. */
export const RULES: readonly Rule[] = [
  requiredMissingField,
  requiredEmpty,
  requiredTemplateText,
  planEmpty,
  planInvalid,
  planRange,
  planGap,
  planMonotonic,
  planFinal100,
  budgetSum,
  budgetNotANumber,
];
