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
import indicatorNoNumber from './indicator-no-number';
import indicatorNoUnit from './indicator-no-unit';
import indicatorUnitMismatch from './indicator-unit-mismatch';
import indicatorPercentWord from './indicator-percent-word';
import indicatorGarbled from './indicator-garbled';
import indicatorPercentRange from './indicator-percent-range';
import indicatorTrivial from './indicator-trivial';
import indicatorQuantityUpperBound from './indicator-quantity-upper-bound';
import indicatorYearMismatch from './indicator-year-mismatch';
import indicatorVague from './indicator-vague';
import indicatorSatisfactionLow from './indicator-satisfaction-low';
import indicatorActualAmbiguous from './indicator-actual-ambiguous';
import indicatorActualInvalid from './indicator-actual-invalid';
import indicatorOverAchievement from './indicator-over-achievement';
import indicatorQualitativeShare from './indicator-qualitative-share';
import indicatorWeightRedistributed from './indicator-weight-redistributed';
import requiredDeptEmpty from './required-dept-empty';
import requiredDeptTemplateText from './required-dept-template-text';
import requiredDeptBudget from './required-dept-budget';
import deptBudgetSum from './dept-budget-sum';
import deptBudgetInvalid from './dept-budget-invalid';
import bandInvalid from './band-invalid';
import bandEmptyRow from './band-empty-row';
import bandEmptyMiddle from './band-empty-middle';
import bandOrder from './band-order';
import bandGap from './band-gap';
import bandUnitMismatch from './band-unit-mismatch';

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
  indicatorNoNumber,
  indicatorNoUnit,
  indicatorUnitMismatch,
  indicatorPercentWord,
  indicatorGarbled,
  indicatorPercentRange,
  indicatorTrivial,
  indicatorQuantityUpperBound,
  indicatorYearMismatch,
  indicatorVague,
  indicatorSatisfactionLow,
  // Year-end self-evaluation (绩效自评): actuals against targets.
  indicatorActualAmbiguous,
  indicatorActualInvalid,
  indicatorOverAchievement,
  indicatorQualitativeShare,
  indicatorWeightRedistributed,
  // Department table (部门整体绩效目标): required cells, budgets, 评价标准 bands.
  requiredDeptEmpty,
  requiredDeptTemplateText,
  requiredDeptBudget,
  deptBudgetSum,
  deptBudgetInvalid,
  bandInvalid,
  bandEmptyRow,
  bandEmptyMiddle,
  bandOrder,
  bandGap,
  bandUnitMismatch,
];
