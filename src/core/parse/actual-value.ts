/**
 * 实际完成值: what was achieved, typed at year end next to a target (domain.md §4). People type it
 * as a number, as a fraction shown with a % format, as text (`95%`, `95百分比`, `９５％`, `280名`,
 * `约95%`) or as a word (`达成`, `合规`). This reads one cell onto the target's scale.
 */
import type { CellValue } from '../snapshot';
import { isBlankText, compactText, displayText } from '../text';
import { isPercentFormat } from './percent';
import { matchQuantity, tidy } from './quantity';
import { normalizeUnit } from '../vocabulary';

export type ActualReading =
  | { status: 'number'; value: number; unit: '%' | ''; note?: string }
  | { status: 'text'; text: string }
  | { status: 'empty' }
  | { status: 'ambiguous'; value: number; reason: string };

/** An 实际完成值 cell: its raw value, the text it displays and its number format. */
export interface ActualInput {
  raw: CellValue;
  text: string;
  format: string;
}

/** A reading and the unit as written (`名`, `元`, `%`; empty when none), for unit checks. */
export interface ActualDetail {
  reading: ActualReading;
  unitText: string;
}

/**
 * Reads an 实际完成值. With `expectsPercent` (the target is a percentage) every number comes out
 * on the 0–100 scale with unit `%`:
 * - `95`, `95%`, `95％`, `95百分比`, `９５％` and 0.95 shown with a % format are all 95 %;
 * - a bare number whose size does not say which scale it is on (0 < |n| ≤ 1: 0.95 % or 95 %?) is
 *   `ambiguous`, with the ×100 reading as `value` (the likelier one) and a Chinese reason;
 * - a number with another unit (`280名`) has unit `''` and a note saying it is not a percentage.
 * Without `expectsPercent` the number is taken as is with its unit stripped (`280名` → 280, unit
 * `''`); a percentage stays one (`95%` → 95, unit `%`).
 *
 * Approximations (`约95%`, `95%左右`) and comparison words (`≥95%`, `95%以上`) are read as the
 * number they name, with a note; filler before the number (`完成280名`, `达到95%`, `累计280名`)
 * is dropped silently. Anything else that is not a number is `text` (word bands, qualitative levels).
 */
export function parseActual(cell: ActualInput, expectsPercent: boolean): ActualReading {
  return parseActualWithUnit(cell, expectsPercent).reading;
}

/** {@link parseActual}, also returning the unit as written. */
export function parseActualWithUnit(cell: ActualInput, expectsPercent: boolean): ActualDetail {
  const { raw, format } = cell;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { reading: { status: 'text', text: displayText(cell.text) }, unitText: '' };
    if (isPercentFormat(format)) return { reading: { status: 'number', value: tidy(raw * 100), unit: '%' }, unitText: '%' };
    return { reading: bare(raw, String(raw), expectsPercent), unitText: '' };
  }
  if (typeof raw === 'boolean') return { reading: { status: 'text', text: displayText(cell.text) || String(raw).toUpperCase() }, unitText: '' };
  const source = raw ?? cell.text;
  if (isBlankText(source)) return { reading: { status: 'empty' }, unitText: '' };
  return readText(source, expectsPercent);
}

/** Words that only say "about": the number is read, and the reading says it was an estimate. */
const APPROX_BEFORE = /^(?:大约|约为|约合|约|将近|接近|近)/u;
const APPROX_AFTER = /(?:左右|上下)$/u;
/** Words before the number that add nothing: `完成280名`, `累计发放280名`. */
const FILLER_BEFORE = /^(?:实际完成|实际发放|实际|已完成|完成|累计发放|累计|共计|合计|共|发放)/u;
/** Comparison words that only restate the target (`达到95%`): no note needed. */
const QUIET_PREFIXES: ReadonlySet<string> = new Set(['达到', '=']);

function readText(source: string, expectsPercent: boolean): ActualDetail {
  const text = displayText(source);
  let body = compactText(source);
  let approx = false;
  if (APPROX_BEFORE.test(body)) { body = body.replace(APPROX_BEFORE, ''); approx = true; }
  if (APPROX_AFTER.test(body)) { body = body.replace(APPROX_AFTER, ''); approx = true; }
  const q = matchQuantity(body) ?? matchQuantity(body.replace(FILLER_BEFORE, ''));
  if (!q) return { reading: { status: 'text', text }, unitText: '' };
  const unit = normalizeUnit(q.unitText);
  const comparison = [q.prefix, q.suffix].filter((w) => w !== '' && !QUIET_PREFIXES.has(w)).join('…');

  let reading: ActualReading;
  if (unit === '%') reading = { status: 'number', value: q.number, unit: '%' };
  else if (unit === '') reading = bare(q.number, formatNumber(q.number), expectsPercent);
  else if (expectsPercent) reading = { status: 'number', value: q.number, unit: '', note: `单位“${q.unitText}”不是百分比` };
  else reading = { status: 'number', value: q.number, unit: '' };

  if (reading.status === 'number') {
    const shown = `${formatNumber(reading.value)}${reading.unit}`;
    const notes = [reading.note];
    if (approx) notes.push(`“${text}”是约数，按${shown}计`);
    if (comparison !== '') notes.push(`“${text}”带比较词“${comparison}”，实际完成值应写实数，按${shown}计`);
    const note = notes.filter((n): n is string => n !== undefined).join('；');
    if (note !== '') reading = { ...reading, note };
  }
  return { reading, unitText: q.unitText };
}

/** A number written without a unit. */
function bare(n: number, written: string, expectsPercent: boolean): ActualReading {
  if (!expectsPercent) return { status: 'number', value: n, unit: '' };
  if (n !== 0 && Math.abs(n) <= 1) {
    const large = formatNumber(tidy(n * 100));
    return {
      status: 'ambiguous',
      value: tidy(n * 100),
      reason: `实际完成值${written}没有百分号，可能是${written}%也可能是${large}%；请写成“${large}%”，或把单元格设为百分比格式`,
    };
  }
  return { status: 'number', value: n, unit: '%' };
}

/** A number for messages: no float noise, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(tidy(n));
}
