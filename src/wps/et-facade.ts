/// <reference types="et-jsapi-declare" />
/**
 * The WPS 表格 (ET) object-model calls the add-in makes, and nothing more: the WPS host is written
 * against these interfaces, the ET fake implements them, and `fromKingsoft` proves at compile time
 * that Kingsoft's typings (et-jsapi-declare) provide every one of them.
 *
 * Real WPS builds differ on what is a property and what is a method (`Range.Value2` or
 * `Range.Value()`, `Comment.Text()` or `Comment.Text`), and on whether a multi-cell read comes back
 * as a 2D array, a flat one or a single value. Those reads are typed `unknown` here and go through
 * the tolerant readers below, the one place that knows about the differences.
 */

/** `XlSheetVisibility`. */
export const SHEET_VISIBLE = -1;
export const SHEET_HIDDEN = 0;
export const SHEET_VERY_HIDDEN = 2;

/** `xlNone` / `xlPatternNone`: no fill. */
export const XL_NONE = -4142;
/** `xlUnderlineStyleSingle`. */
export const XL_UNDERLINE_SINGLE = 2;

export interface EtFont {
  Bold: unknown;
  Color: unknown;
  Underline: unknown;
}

export interface EtInterior {
  /** BGR: red + green·256 + blue·65536. */
  Color: unknown;
  /** An `XlPattern` number (`xlPatternSolid` 1, `xlPatternNone` -4142). */
  Pattern: unknown;
  PatternColor: unknown;
  TintAndShade: unknown;
  PatternTintAndShade: unknown;
}

export interface EtComment {
  /** A method in Kingsoft's typings, a property in some builds: read it with `commentText`. */
  Text: unknown;
}

export interface EtCount {
  readonly Count: number;
}

export interface EtRange {
  /** Values without date conversion; one cell: a value, several: rows of values. Read with `cellGrid`. */
  Value2: unknown;
  Formula: unknown;
  readonly Text: unknown;
  /** A string when every cell shares it, else null. */
  NumberFormat: unknown;
  readonly MergeArea: EtRange;
  /** True when every cell lies in a merged area, false when none does, null otherwise. */
  readonly MergeCells: unknown;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  WrapText: unknown;
  /** In characters, as the plan gives widths. */
  ColumnWidth: unknown;
  UseStandardWidth: unknown;
  readonly Comment: EtComment | null;
  AddComment(Text?: string): EtComment;
  ClearComments(): void;
  ClearContents(): unknown;
  Clear(): unknown;
  Select(): unknown;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
}

export interface EtWorksheet {
  Name: string;
  /** An `XlSheetVisibility`: -1 visible, 0 hidden, 2 very hidden. */
  Visible: unknown;
  readonly UsedRange: EtRange;
  readonly ProtectContents: boolean;
  Range(Cell1: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(Index: number | string): EtWorksheet;
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  readonly ActiveSheet: EtWorksheet;
  readonly ProtectStructure: boolean;
}

export type SheetChangeListener = (sheet: EtWorksheet, target: EtRange) => void;

export interface EtApiEvent {
  AddApiEventListener(EventName: 'SheetChange', callback: SheetChangeListener): void;
  RemoveApiEventListener(EventName: 'SheetChange', callback?: SheetChangeListener): void;
}

/** Shared by the add-in's pages for the session; Kingsoft's typings say it is not saved. */
export interface EtPluginStorage {
  setItem(key: string, value: string): void;
  getItem(key: string): string | null;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ApiEvent: EtApiEvent;
  readonly PluginStorage: EtPluginStorage;
  /** Off while the add-in deletes its own sheets, which would otherwise ask the user first. */
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
}

/**
 * Kingsoft's `Et.Application` with `Worksheets.Item` and `Add` as the add-in calls them: with a name
 * or an index (not an array) `Item` gives one worksheet, never the `Sheets` the typings allow for.
 */
type KingsoftWorksheets = Omit<Et.Worksheets, 'Item' | 'Add'> & {
  Item(Index: number | string): Et.Worksheet;
  Add(Before?: Et.Worksheet, After?: Et.Worksheet): Et.Worksheet;
};
type KingsoftWorkbook = Omit<Et.Workbook, 'Worksheets'> & { readonly Worksheets: KingsoftWorksheets };
type KingsoftApplication = Omit<Et.Application, 'ActiveWorkbook'> & {
  readonly ActiveWorkbook: KingsoftWorkbook | null;
  readonly ApiEvent: EtApiEvent;
  readonly PluginStorage: EtPluginStorage;
};

/**
 * The facade over WPS's own `Application`, the global of a WPS加载项 (the entry passes it here).
 * `satisfies` is the proof that Kingsoft's `Et` typings offer every object-model call the facade
 * declares. The cast narrows only where the typings are wider than the calls made: `Worksheets.Item`
 * with a name or an index, never an array, gives one worksheet; and the add-in root's `ApiEvent`
 * and `PluginStorage` are declared with one overload per event name, which TypeScript cannot relate
 * to the one signature used, so the facade copies their SheetChange and storage signatures.
 */
export function fromKingsoft(app: WPSMergedRoot): EtApplication {
  return (app as unknown as KingsoftApplication) satisfies EtApplication;
}

/** A property, or the result of calling it where a build made it a method. */
export function readMember(target: object, name: string): unknown {
  const v = (target as Record<string, unknown>)[name];
  return typeof v === 'function' ? (v as () => unknown).call(target) : v;
}

/**
 * A multi-cell read as `rows` × `cols`: a 2D array as it is, a flat array cut into rows, a single
 * value (one cell, or one value shared by the whole range) repeated.
 */
export function cellGrid(v: unknown, rows: number, cols: number): unknown[][] {
  if (Array.isArray(v) && v.every((line) => Array.isArray(line))) return v as unknown[][];
  if (Array.isArray(v)) return Array.from({ length: rows }, (_, r) => v.slice(r * cols, (r + 1) * cols) as unknown[]);
  return Array.from({ length: rows }, () => Array<unknown>(cols).fill(v));
}

export function values2(range: EtRange, rows: number, cols: number): unknown[][] {
  return cellGrid(readMember(range, 'Value2'), rows, cols);
}

export function formulas(range: EtRange, rows: number, cols: number): unknown[][] {
  return cellGrid(readMember(range, 'Formula'), rows, cols);
}

export function cellText(range: EtRange): string {
  const t = readMember(range, 'Text');
  return t === null || t === undefined ? '' : String(t);
}

export function commentText(comment: EtComment): string {
  const t = readMember(comment, 'Text');
  return t === null || t === undefined ? '' : String(t);
}

export function visibilityName(v: unknown): 'Visible' | 'Hidden' | 'VeryHidden' {
  const n = Number(v);
  return n === SHEET_VERY_HIDDEN ? 'VeryHidden' : n === SHEET_HIDDEN ? 'Hidden' : 'Visible';
}

/** `#RRGGBB` from an ET colour (BGR). */
export function hexOfEtColor(v: unknown): string {
  const n = Number(v) & 0xffffff;
  const [r, g, b] = [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** An ET colour (BGR) from `#RRGGBB`. */
export function etColorOf(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 0;
  return parseInt(m[1] as string, 16) + parseInt(m[2] as string, 16) * 256 + parseInt(m[3] as string, 16) * 65536;
}

/** `XlPattern` numbers by the Office.js pattern names the record keeps. */
const PATTERNS: [string, number][] = [
  ['None', XL_NONE], ['Solid', 1], ['Gray50', -4125], ['Gray75', -4126], ['Gray25', -4124], ['Horizontal', -4128],
  ['Vertical', -4166], ['Down', -4121], ['Up', -4162], ['Checker', 9], ['SemiGray75', 10], ['LightHorizontal', 11],
  ['LightVertical', 12], ['LightDown', 13], ['LightUp', 14], ['Grid', 15], ['CrissCross', 16], ['Gray16', 17], ['Gray8', 18],
];
const PATTERN_NUMBER = new Map(PATTERNS);
const PATTERN_NAME = new Map(PATTERNS.map(([name, n]) => [n, name]));

/** The Office.js name of an `XlPattern`; an automatic or gradient pattern reads as solid. */
export function patternName(v: unknown): string {
  return PATTERN_NAME.get(Number(v)) ?? 'Solid';
}

export function patternNumber(name: string): number {
  return PATTERN_NUMBER.get(name) ?? 1;
}
