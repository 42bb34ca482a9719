/**
 * How the four 评价标准 cells (优/良/中/差) of a department indicator lie on the number line
 * (domain.md §4.1). Shared by the grader and the band rules, so the checker and the grade agree.
 *
 * Reading of a band, given the row's direction ('up': higher is better):
 * - `90%` in 优/良/中 is a threshold: ≥ 90 going up, ≤ 90 going down. In 差 a bare number is the
 *   other way round (`0` under `2 | 1 |` means 0 or less).
 * - A written comparison wins: `60%以下` ≤ 60, `低于2%` < 2, `大于5%` > 5, `20次以上` ≥ 20.
 * - A range `a-b` is the closed interval [a, b]; to enter it one must reach its end on the 差 side
 *   (a going up, b going down), so an actual inside `3%-5%` grades 良, not the band below.
 *
 * Internally bands become spans on a "goodness" axis (the value going up, minus the value going
 * down), where higher is always better.
 */
import { COUNT_UNITS, type Grade } from '../vocabulary';
import type { Band } from './band';

/** A 评价标准 cell as read: where it is, what it shows, and the band it holds. */
export interface BandCell {
  row: number;
  col: number;
  text: string;
  value: Band;
}

export type Bands = Readonly<Record<Grade, BandCell>>;
export type BandName = Grade;
export const BAND_NAMES: readonly BandName[] = ['优', '良', '中', '差'];

export type NumericBand = Extract<Band, { kind: 'number' } | { kind: 'range' }>;
export type Direction = 'up' | 'down';

/** One end of a span; `null` stands for ±∞. */
export interface Edge {
  value: number;
  closed: boolean;
}

/** An interval on the goodness axis: higher is better. */
export interface Span {
  lo: Edge | null;
  hi: Edge | null;
}

export interface NumericEntry {
  name: BandName;
  cell: BandCell;
  band: NumericBand;
}

export function isNumericBand(b: Band): b is NumericBand {
  return b.kind === 'number' || b.kind === 'range';
}

/** The non-empty numeric bands of a row, 优 first. */
export function numericBands(bands: Bands): NumericEntry[] {
  const out: NumericEntry[] = [];
  for (const name of BAND_NAMES) {
    const cell = bands[name];
    if (isNumericBand(cell.value)) out.push({ name, cell, band: cell.value });
  }
  return out;
}

/** What kind of standard a row is: numbers, words, a mix, or nothing to read. */
export type RowShape = 'empty' | 'numeric' | 'words' | 'mixed' | 'invalid';

export function rowShape(bands: Bands): RowShape {
  const kinds = BAND_NAMES.map((n) => bands[n].value.kind).filter((k) => k !== 'empty');
  if (kinds.length === 0) return 'empty';
  if (kinds.includes('invalid')) return 'invalid';
  const numeric = kinds.filter((k) => k === 'number' || k === 'range').length;
  if (numeric === kinds.length) return 'numeric';
  return numeric === 0 ? 'words' : 'mixed';
}

type Hint = Direction | null;

/** The direction a written comparison points to, for a band at this position. */
function comparatorHint(name: BandName, band: NumericBand): Hint {
  if (band.kind !== 'number' || band.comparator === null) return null;
  const above = band.comparator === '>' || band.comparator === '>=';
  // 优 `大于5%` says up; 差 `低于1%` says up too (the worst is low).
  if (name === '差') return above ? 'down' : 'up';
  return above ? 'up' : 'down';
}

function anchor(band: NumericBand): { lo: number; hi: number } {
  return band.kind === 'range' ? { lo: band.low, hi: band.high } : { lo: band.value, hi: band.value };
}

/** 'up' when `better` lies wholly above `worse`, 'down' when wholly below, null when they touch or overlap. */
function byValue(better: NumericBand, worse: NumericBand): Hint {
  const a = anchor(better);
  const b = anchor(worse);
  if (a.lo > b.hi) return 'up';
  if (a.hi < b.lo) return 'down';
  return null;
}

/**
 * The direction the numbers run: 优 against 差 (the last numeric band) first, 优 above 差 being
 * 'up'; where their values tie or overlap, 优 against 良, then 中; where no value decides
 * (`23个` against `低于23个`), the comparison words of 优 and 差. Null when nothing decides.
 * Whether the other bands follow is {@link orderProblem}'s business.
 */
export function rawDirection(entries: NumericEntry[]): Direction | null {
  const first = entries[0];
  if (!first) return null;
  const last = entries[entries.length - 1] as NumericEntry;
  const others = [last, ...entries.slice(1, -1)].filter((e) => e !== first);
  for (const other of others) {
    const d = byValue(first.band, other.band);
    if (d !== null) return d;
  }
  const hints = [comparatorHint(first.name, first.band), last === first ? null : comparatorHint(last.name, last.band)];
  const written = hints.filter((h): h is Direction => h !== null);
  if (written.some((h) => h !== written[0])) return null;
  return written[0] ?? null;
}

/** A band's interval on the goodness axis for a row running in `direction`. */
export function goodnessSpan(name: BandName, band: NumericBand, direction: Direction): Span {
  let lo: Edge | null;
  let hi: Edge | null;
  if (band.kind === 'range') {
    lo = { value: band.low, closed: true };
    hi = { value: band.high, closed: true };
  } else {
    const v = band.value;
    let c = band.comparator;
    // A bare number is a threshold toward 优; in 差 it is the worst side of the value.
    if (c === null) c = (name === '差') === (direction === 'up') ? '<=' : '>=';
    const closed = c === '>=' || c === '<=';
    if (c === '>=' || c === '>') {
      lo = { value: v, closed };
      hi = null;
    } else {
      lo = null;
      hi = { value: v, closed };
    }
  }
  if (direction === 'up') return { lo, hi };
  const flip = (e: Edge | null): Edge | null => (e === null ? null : { value: -e.value, closed: e.closed });
  return { lo: flip(hi), hi: flip(lo) };
}

/** Compares lower edges: −∞ lowest; at one value an open edge starts later than a closed one. */
export function compareLo(a: Edge | null, b: Edge | null): number {
  if (a === null || b === null) return (a === null ? -1 : 1) - (b === null ? -1 : 1);
  if (a.value !== b.value) return a.value - b.value;
  return (a.closed ? 0 : 1) - (b.closed ? 0 : 1);
}

/** Compares upper edges: +∞ highest; at one value a closed edge reaches further than an open one. */
export function compareHi(a: Edge | null, b: Edge | null): number {
  if (a === null || b === null) return (a === null ? 1 : -1) - (b === null ? 1 : -1);
  if (a.value !== b.value) return a.value - b.value;
  return (a.closed ? 1 : 0) - (b.closed ? 1 : 0);
}

/** Where a row's bands go wrong, for the order rule; empty when they run one way throughout. */
export type OrderProblem =
  | { kind: 'no-direction'; first: NumericEntry; last: NumericEntry }
  /** `entry`'s comparison word points against the row (`90%以下` as 良 of an upward row). */
  | { kind: 'comparator'; entry: NumericEntry; direction: Direction }
  /** `entry` is not worse than `previous`, the band above it. */
  | { kind: 'not-worse'; entry: NumericEntry; previous: NumericEntry; direction: Direction };

/** The first thing wrong with the order of a numeric row, or null. Rows with fewer than two numeric bands have no order. */
export function orderProblem(bands: Bands): OrderProblem | null {
  if (rowShape(bands) !== 'numeric') return null;
  const entries = numericBands(bands);
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (!first || !last || first === last) return null;
  const direction = rawDirection(entries);
  if (direction === null) return { kind: 'no-direction', first, last };
  for (const entry of entries) {
    const hint = comparatorHint(entry.name, entry.band);
    if (hint !== null && hint !== direction) return { kind: 'comparator', entry, direction };
  }
  for (let i = 1; i < entries.length; i++) {
    const previous = entries[i - 1] as NumericEntry;
    const entry = entries[i] as NumericEntry;
    const a = goodnessSpan(previous.name, previous.band, direction);
    const b = goodnessSpan(entry.name, entry.band, direction);
    const lo = compareLo(a.lo, b.lo);
    const hi = compareHi(a.hi, b.hi);
    if (lo < 0 || hi < 0 || (lo === 0 && hi === 0)) return { kind: 'not-worse', entry, previous, direction };
  }
  return null;
}

/**
 * 'up' or 'down' when the row's numeric bands run one way throughout and can be graded by
 * threshold; 'words' when every filled band is a word (`合规`/`不合规`); null when a formula cannot
 * grade the row: nothing filled, an unreadable band, words mixed with numbers, a single numeric
 * band, or bands out of order.
 */
export function gradeDirection(bands: Bands): Direction | 'words' | null {
  const shape = rowShape(bands);
  if (shape === 'words') return 'words';
  if (shape !== 'numeric') return null;
  const entries = numericBands(bands);
  if (entries.length < 2 || orderProblem(bands) !== null) return null;
  return rawDirection(entries);
}

/** One step of the threshold grading: `grade` when the actual reaches `bound`. */
export interface GradeStep {
  grade: Exclude<Grade, '差'>;
  /** In the bands' own unit and sign. */
  bound: number;
  /** Reaching means ≥ (up) or ≤ (down) when true, > or < when false. */
  inclusive: boolean;
}

/**
 * The threshold form of a gradeable numeric row, in the order to test: the first step the actual
 * reaches gives the grade, none gives 差. Empty middle bands have no step. This is the whole rule
 * an Excel formula needs: `IF(x>=b优,"优",IF(x>=b良,"良",IF(x>=b中,"中","差")))` going up, `<=` going down.
 */
export function gradeSteps(bands: Bands): { direction: Direction; steps: GradeStep[] } | null {
  const direction = gradeDirection(bands);
  if (direction !== 'up' && direction !== 'down') return null;
  const steps: GradeStep[] = [];
  for (const entry of numericBands(bands)) {
    if (entry.name === '差') continue;
    const lo = goodnessSpan(entry.name, entry.band, direction).lo;
    // orderProblem has already refused a 优/良/中 band that opens toward 差.
    if (lo === null) return null;
    steps.push({ grade: entry.name, bound: direction === 'up' ? lo.value : -lo.value, inclusive: lo.closed });
  }
  return steps.length === 0 ? null : { direction, steps };
}


export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit);
}

/** The distinct non-empty units of a row's numeric bands, in band order. */
export function rowUnits(bands: Bands): string[] {
  const units: string[] = [];
  for (const { band } of numericBands(bands)) if (band.unit !== '' && !units.includes(band.unit)) units.push(band.unit);
  return units;
}
