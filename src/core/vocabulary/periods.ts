import { z } from 'zod';

/**
 * The spans a target can be set for. One-year tables leave it unsaid; 财预〔2015〕88号 forms print
 * 中期 and 年度 side by side, research projects 实施期 and 年度, county forms 长期 and 年度.
 */
export const PeriodSchema = z.enum(['annual', 'mid', 'long', 'implementation']);
export type Period = z.infer<typeof PeriodSchema>;

/** How the templates name each period, longest first so `实施期` wins over a bare `期`. */
export const PERIOD_WORDS: readonly (readonly [string, Period])[] = [
  ['实施期', 'implementation'],
  ['中期', 'mid'],
  ['长期', 'long'],
  ['总目标', 'long'],
  ['年度', 'annual'],
  ['当年', 'annual'],
  ['本年', 'annual'],
];

/** Chinese names of the periods, for messages. */
export const PERIOD_NAMES: Readonly<Record<Period, string>> = {
  annual: '年度',
  mid: '中期',
  long: '长期',
  implementation: '实施期',
};

/** The period a header or label names (`中期目标`, `年度指标值`, `长期绩效指标`), or null. */
export function periodOf(label: string): Period | null {
  for (const [word, period] of PERIOD_WORDS) if (label.includes(word)) return period;
  return null;
}
