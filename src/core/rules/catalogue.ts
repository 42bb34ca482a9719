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
import budgetCostUnit from './budget-cost-unit';
import budgetCostCap from './budget-cost-cap';
import planMilestone from './plan-milestone';
import indicatorTaxonomy from './indicator-taxonomy';
import indicatorMissingCategory from './indicator-missing-category';
import indicatorMissingOutputKind from './indicator-missing-output-kind';
import indicatorDuplicate from './indicator-duplicate';

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
  planMilestone,
  budgetSum,
  budgetNotANumber,
  budgetCostUnit,
  budgetCostCap,
  indicatorTaxonomy,
  indicatorMissingCategory,
  indicatorMissingOutputKind,
  indicatorDuplicate,
];
