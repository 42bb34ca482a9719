/**
 * Fills and owned-cell formats as the hidden record keeps them. The shape is ExcelJS's (a `Fill`,
 * a partial `Style`), so the command line can clear what the add-in wrote and the other way round;
 * the add-in's exact Office.js values ride along under `officeJs` for a lossless restore here.
 */

/** A fill as Office.js reports it (`Range.format.fill`, or `getCellProperties`). */
export interface OfficeFill {
  color: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** The formats the add-in changes on a cell it owns. */
export interface OwnedFormat {
  numberFormat: string;
  bold: boolean;
  wrap: boolean;
  fill: OfficeFill | null;
}

export const DEFAULT_OWNED_FORMAT: OwnedFormat = { numberFormat: 'General', bold: false, wrap: false, fill: null };

/** Office.js pattern names and their OOXML (ExcelJS) names. */
const PATTERNS: [string, string][] = [
  ['Gray50', 'mediumGray'], ['Gray75', 'darkGray'], ['Gray25', 'lightGray'], ['Horizontal', 'darkHorizontal'],
  ['Vertical', 'darkVertical'], ['Down', 'darkDown'], ['Up', 'darkUp'], ['Checker', 'darkGrid'],
  ['SemiGray75', 'darkTrellis'], ['LightHorizontal', 'lightHorizontal'], ['LightVertical', 'lightVertical'],
  ['LightDown', 'lightDown'], ['LightUp', 'lightUp'], ['Grid', 'lightGrid'], ['CrissCross', 'lightTrellis'],
  ['Gray16', 'gray125'], ['Gray8', 'gray0625'],
];
const TO_OOXML = new Map(PATTERNS);
const FROM_OOXML = new Map(PATTERNS.map(([o, x]) => [x, o]));

/** Theme colours 0–9 of the default Office theme, in the order cell styles index them (lt1, dk1, lt2, dk2, accents). */
const THEME = ['#FFFFFF', '#000000', '#E7E6E6', '#44546A', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];

export function argbOf(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${(m[1] as string).toUpperCase()}` : 'FF000000';
}

export function hexOf(argb: string): string {
  const m = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb.trim());
  return m ? `#${(m[1] as string).toUpperCase()}` : '#000000';
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether an Office fill is "no fill". Without pattern support a white fill cannot be told from none. */
export function isNoFill(f: OfficeFill | null): boolean {
  if (f === null) return true;
  if (f.pattern !== undefined) return f.pattern === 'None';
  return f.color.toUpperCase() === '#FFFFFF';
}

function exactOffice(f: OfficeFill): OfficeFill {
  const out: OfficeFill = { color: f.color.toUpperCase() };
  if (f.pattern !== undefined) out.pattern = f.pattern;
  if (f.pattern !== undefined && f.pattern !== 'Solid' && f.patternColor !== undefined) out.patternColor = f.patternColor.toUpperCase();
  if (f.tintAndShade !== undefined && f.tintAndShade !== 0) out.tintAndShade = f.tintAndShade;
  if (f.patternTintAndShade !== undefined && f.patternTintAndShade !== 0) out.patternTintAndShade = f.patternTintAndShade;
  return out;
}

/** The record's form of a fill: null for none, else an ExcelJS `Fill` with the exact Office values. */
export function recordFill(f: OfficeFill | null): Record<string, unknown> | null {
  if (f === null || isNoFill(f)) return null;
  const officeJs = exactOffice(f);
  const ooxml = f.pattern !== undefined ? TO_OOXML.get(f.pattern) : undefined;
  if (ooxml === undefined) return { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(f.color) }, officeJs };
  return { type: 'pattern', pattern: ooxml, fgColor: { argb: argbOf(f.patternColor ?? '#000000') }, bgColor: { argb: argbOf(f.color) }, officeJs };
}

/** An ExcelJS colour (`argb`, `theme` with `tint`) as an Office colour and tint; undefined when unknown. */
function officeColor(c: unknown): { color: string; tint: number } | undefined {
  if (!isObject(c)) return undefined;
  if (typeof c.argb === 'string') return { color: hexOf(c.argb), tint: 0 };
  if (typeof c.theme === 'number') {
    const color = THEME[c.theme];
    if (color === undefined) return undefined;
    return { color, tint: typeof c.tint === 'number' ? c.tint : 0 };
  }
  return undefined;
}

function withTint(f: OfficeFill, key: 'tintAndShade' | 'patternTintAndShade', tint: number): OfficeFill {
  return tint !== 0 ? { ...f, [key]: tint } : f;
}

/**
 * The Office fill to put back for a recorded fill, or null to clear it. Reads both this host's
 * records and the command line's ExcelJS fills (theme colours through the default Office theme).
 */
export function fillToRestore(recorded: unknown): OfficeFill | null {
  if (!isObject(recorded)) return null;
  if (isObject(recorded.officeJs) && typeof recorded.officeJs.color === 'string') {
    const o = recorded.officeJs;
    const f: OfficeFill = { color: o.color as string };
    if (typeof o.pattern === 'string') f.pattern = o.pattern;
    if (typeof o.patternColor === 'string') f.patternColor = o.patternColor;
    if (typeof o.tintAndShade === 'number') f.tintAndShade = o.tintAndShade;
    if (typeof o.patternTintAndShade === 'number') f.patternTintAndShade = o.patternTintAndShade;
    return f;
  }
  if (recorded.type === 'gradient' && Array.isArray(recorded.stops)) {
    const first = recorded.stops[0] as unknown;
    const c = isObject(first) ? officeColor(first.color) : undefined;
    return c ? withTint({ color: c.color, pattern: 'Solid' }, 'tintAndShade', c.tint) : null;
  }
  if (recorded.type !== 'pattern' || typeof recorded.pattern !== 'string' || recorded.pattern === 'none') return null;
  const fg = officeColor(recorded.fgColor);
  if (recorded.pattern === 'solid') return fg ? withTint({ color: fg.color, pattern: 'Solid' }, 'tintAndShade', fg.tint) : null;
  const pattern = FROM_OOXML.get(recorded.pattern);
  const bg = officeColor(recorded.bgColor) ?? { color: '#FFFFFF', tint: 0 };
  if (pattern === undefined) return withTint({ color: bg.color, pattern: 'Solid' }, 'tintAndShade', bg.tint);
  let f: OfficeFill = { color: bg.color, pattern, patternColor: fg?.color ?? '#000000' };
  f = withTint(f, 'tintAndShade', bg.tint);
  return withTint(f, 'patternTintAndShade', fg?.tint ?? 0);
}

/** A stable key for grouping cells that get the same fill back. */
export function fillKey(f: OfficeFill | null): string {
  return f === null ? 'none' : JSON.stringify([f.color, f.pattern ?? '', f.patternColor ?? '', f.tintAndShade ?? 0, f.patternTintAndShade ?? 0]);
}

/** An owned cell's format before the add-in wrote it; undefined when it had none (all defaults). */
export function recordOwnedStyle(f: OwnedFormat): Record<string, unknown> | undefined {
  const style: Record<string, unknown> = {};
  if (f.numberFormat !== 'General') style.numFmt = f.numberFormat;
  if (f.bold) style.font = { bold: true };
  if (f.wrap) style.alignment = { wrapText: true };
  const fill = recordFill(f.fill);
  if (fill) style.fill = fill;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** The format to put back on an owned cell from its recorded style (either host's). */
export function ownedFormatToRestore(original: unknown): OwnedFormat {
  if (!isObject(original)) return DEFAULT_OWNED_FORMAT;
  const font = isObject(original.font) ? original.font : {};
  const alignment = isObject(original.alignment) ? original.alignment : {};
  return {
    numberFormat: typeof original.numFmt === 'string' && original.numFmt !== '' ? original.numFmt : 'General',
    bold: font.bold === true,
    wrap: alignment.wrapText === true,
    fill: fillToRestore(original.fill),
  };
}

/** Excel column width in characters (as ExcelJS and the plan give it) and in points (Office.js). */
export const POINTS_PER_WIDTH_UNIT = 5.25;

export function widthToPoints(width: number): number {
  return Math.round(width * POINTS_PER_WIDTH_UNIT * 1000) / 1000;
}

export function pointsToWidth(points: number): number {
  return points / POINTS_PER_WIDTH_UNIT;
}
