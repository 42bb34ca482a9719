import type { ExecutionStep, Profile } from '../profile/profile-schema';
import { tidy } from '../parse/quantity';

/**
 * The share of its 分值 a 预算执行率 earns under the profile: min(rate, 1) by default (财预〔2020〕10号),
 * or the share of the highest step the rate reaches (0 below every step) (江西: 100 % → 100 %, 80 % → 70 %, 60 % → 50 %).
 * `rate` is a ratio (0.8 = 80 %); plan/formulas/project-formulas.ts's executionShareFormula is the same.
 */
export function executionShare(rate: number, profile: Profile): number {
  const scoring = profile.budgetExecution;
  if (scoring.scoring === 'linear') return Math.min(rate, 1);
  const percent = tidy(rate * 100);
  const step = stepsFromTop(scoring.steps).find((s) => percent >= s.minPercent);
  return (step?.sharePercent ?? 0) / 100;
}

/** The steps from the highest rate down: the first one a rate reaches is its step. */
export function stepsFromTop(steps: readonly ExecutionStep[]): ExecutionStep[] {
  return [...steps].sort((a, b) => b.minPercent - a.minPercent);
}
