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
import costNotMoney from './cost-not-money';
import costTotalOnly from './cost-total-only';
import planMilestone from './plan-milestone';
import indicatorTaxonomy from './indicator-taxonomy';
import indicatorMissingCategory from './indicator-missing-category';
import indicatorMissingSatisfaction from './indicator-missing-satisfaction';
import indicatorMissingOutputKind from './indicator-missing-output-kind';
import indicatorMissingQuality from './indicator-missing-quality';
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
import indicatorSatisfactionName from './indicator-satisfaction-name';
import indicatorDescriptionCopy from './indicator-description-copy';
import indicatorQualitativeMajority from './indicator-qualitative-majority';
import indicatorInputAsOutput from './indicator-input-as-output';
import indicatorTimelinessNoDeadline from './indicator-timeliness-no-deadline';
import basisNotAStandard from './basis-not-a-standard';
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
import budgetAnnualExceedsMid from './budget-annual-exceeds-mid';
import budgetPartsSum from './budget-parts-sum';
import scheduleEndBeforeStart from './schedule-end-before-start';
import selfScoreOverWeight from './self-score-over-weight';
import selfWeightTotal from './self-weight-total';
import selfWeightRollup from './self-weight-rollup';
import selfExecRate from './self-exec-rate';
import selfScoreMismatch from './self-score-mismatch';
import selfQualitativeBand from './self-qualitative-band';
import selfActualEmpty from './self-actual-empty';
import selfDeviationMissing from './self-deviation-missing';
import selfTotalMismatch from './self-total-mismatch';
import selfGoalResultEmpty from './self-goal-result-empty';
import selfGradeMismatch from './self-grade-mismatch';
import monitorCurrentEmpty from './monitor-current-empty';
import monitorDeviationMissing from './monitor-deviation-missing';
import deptTaskSum from './dept-task-sum';
import costVolumeMismatch from './cost-volume-mismatch';
import basisCostNoStandard from './basis-cost-no-standard';
import scheduleOutsidePeriod from './schedule-outside-period';
import periodAnnualExceedsMid from './period-annual-exceeds-mid';
import monitorBehindSchedule from './monitor-behind-schedule';
import targetPeriodEmpty from './target-period-empty';
import targetVague from './target-vague';
import indicatorBenefitRestatesOutput from './indicator-benefit-restates-output';
import targetIndicatorMismatch from './target-indicator-mismatch';

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
  costNotMoney,
  costTotalOnly,
  budgetAnnualExceedsMid,
  budgetPartsSum,
  scheduleEndBeforeStart,
  indicatorTaxonomy,
  indicatorMissingCategory,
  indicatorMissingSatisfaction,
  indicatorMissingOutputKind,
  indicatorMissingQuality,
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
  indicatorSatisfactionName,
  indicatorDescriptionCopy,
  indicatorQualitativeMajority,
  indicatorInputAsOutput,
  indicatorTimelinessNoDeadline,
  basisNotAStandard,
  // Year-end self-evaluation (绩效自评): actuals against targets.
  indicatorActualAmbiguous,
  indicatorActualInvalid,
  indicatorOverAchievement,
  indicatorQualitativeShare,
  indicatorWeightRedistributed,
  // Self-evaluation table (绩效自评表): its own 分值, 得分 and 总分 against the scoring rules.
  selfScoreOverWeight,
  selfWeightTotal,
  selfWeightRollup,
  selfExecRate,
  selfScoreMismatch,
  selfQualitativeBand,
  selfActualEmpty,
  selfDeviationMissing,
  selfTotalMismatch,
  selfGoalResultEmpty,
  selfGradeMismatch,
  // Monitoring table (绩效运行监控表).
  monitorCurrentEmpty,
  monitorDeviationMissing,
  // Department table (部门整体绩效目标): required cells, budgets, 评价标准 bands.
  requiredDeptEmpty,
  requiredDeptTemplateText,
  requiredDeptBudget,
  deptBudgetSum,
  deptBudgetInvalid,
  deptTaskSum,
  bandInvalid,
  bandEmptyRow,
  bandEmptyMiddle,
  bandOrder,
  bandGap,
  bandUnitMismatch,
  // Review criteria of issue 14 (s16-rules-b): money against quantities, periods and progress.
  costVolumeMismatch,
  basisCostNoStandard,
  scheduleOutsidePeriod,
  periodAnnualExceedsMid,
  monitorBehindSchedule,
  // The 绩效目标 text itself, and what the indicators measure against it.
  targetPeriodEmpty,
  targetVague,
  indicatorBenefitRestatesOutput,
  targetIndicatorMismatch,
];
