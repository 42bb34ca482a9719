/**
 * What the self-evaluation rules read of a 自评表: its scored rows with the 分值 and 得分 they print,
 * and the 项目资金 table's 年度资金总额 row (执行率, its 分值 and 得分).
 */
import type { Table } from '../../model/table';
import type { IndicatorRow } from '../../model/indicator-row';
import type { FundsRow } from '../../model/blocks';
import { formatNumber } from '../../parse/actual-value';

/** Rows that set a target, with their printed 分值 and 得分 where the sheet gives them. */
export function selfRows(table: Table): IndicatorRow[] {
  return table.indicators.filter((r) => r.status === 'set');
}

export function fundsTotalRow(table: Table): FundsRow | null {
  return table.funds?.rows.find((r) => r.part === 'total') ?? null;
}

/** Points for messages: `7.5`, `10`. */
export function points(n: number): string {
  return formatNumber(Math.round(n * 100) / 100);
}

/** A score printed to one decimal (9.58 → 9.6) is right; 9.58 printed as 10 is not. */
export const SCORE_TOLERANCE = 0.1;
/** Sums of printed points must agree to the cent. */
export const SUM_TOLERANCE = 0.01;
