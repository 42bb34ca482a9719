/**
 * How far a monitored indicator is along (SYS 绩效运行监控: 完成值 / (年度值 × 月 / 12)): below 60 %
 * of the time-proportional target it lags (red), 60–80 % it is behind (amber). A reverse target
 * (≤) lags once the current value already passes the year's cap; a qualitative one lags when the
 * 完成可能性 says it will not be reached.
 */
import type { IndicatorRow } from '../../model/indicator-row';
import { parseActual } from '../../parse/actual-value';

/** The month mid-year monitoring runs to when the header names none (1–6月). */
export const DEFAULT_MONITOR_MONTH = 6;
export const LAG_SHARE = 0.6;
export const BEHIND_SHARE = 0.8;

const WILL_NOT = /无法|不能|难以|不可能|较难|可能无法|存在风险|滞后/u;

export interface Progress {
  /** Current value over the time-proportional target; null for a qualitative target. */
  share: number | null;
  lags: boolean;
  behind: boolean;
}

/** The 完成可能性分析 (or the current value's own words) doubts the target will be reached. */
export function doubtsCompletion(row: IndicatorRow): boolean {
  return WILL_NOT.test(`${row.current?.text ?? ''} ${row.feasibility?.text ?? ''}`);
}

export function progressOf(row: IndicatorRow, month: number | null): Progress | null {
  const target = row.value?.value;
  const current = row.current;
  if (!target || !current) return null;
  if (target.kind === 'qualitative') {
    const lags = doubtsCompletion(row);
    return { share: null, lags, behind: lags };
  }
  if (target.kind !== 'quantitative' || target.number <= 0) return null;
  const reading = parseActual({ ...current.value, text: current.text }, row.percent);
  if (reading.status !== 'number' && reading.status !== 'ambiguous') return null;
  if (target.direction === 'reverse') {
    const lags = reading.value > target.number;
    return { share: null, lags, behind: lags };
  }
  // A rate (满意度 ≥ 90 %) is reached or not whenever it is measured; a quantity grows over the year.
  const expected = row.percent ? target.number : target.number * ((month ?? DEFAULT_MONITOR_MONTH) / 12);
  const share = reading.value / expected;
  return { share, lags: share < LAG_SHARE, behind: share < BEHIND_SHARE };
}
