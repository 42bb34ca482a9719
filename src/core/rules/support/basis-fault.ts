import type { IndicatorRow } from '../../model/indicator-row';
import { compactText } from '../../text';
import { isNoneText, namesAStandard } from '../../vocabulary';

/** `同上`, `同前`: a basis that points at another row instead of naming its own. */
const DITTO = /^(?:同上|同前|同左|详见上)$/u;

/**
 * What is wrong with a written 指标值确定依据 as a standard (basis.not-a-standard's finding), or null
 * when it names one; an empty basis is required.empty's.
 */
export function basisFault(row: IndicatorRow): string | null {
  const text = compactText(row.basis?.value ?? '');
  if (text === '') return null;
  if (isNoneText(text) || DITTO.test(text)) return '没有写出依据';
  if (text === compactText(row.value?.text ?? '')) return '照抄了指标值';
  if (text === compactText(row.level3?.value ?? '')) return '照抄了指标名称';
  if (!namesAStandard(text)) return '没有说明是哪种标准';
  return null;
}
