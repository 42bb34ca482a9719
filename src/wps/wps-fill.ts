import type { OfficeFill } from '../excel/fill-codec';
import { etColorOf, hexOfEtColor, patternName, patternNumber, XL_NONE, type EtInterior } from './et-facade';

/**
 * An ET interior as the record's fill (Office.js names and `#RRGGBB` colours, so that the Excel
 * add-in and the command line restore what WPS recorded and the other way round), 'mixed' when the
 * range's cells differ (ET answers null for a property that is not uniform).
 */
export function etFillOf(interior: EtInterior): OfficeFill | 'mixed' {
  const { Color, Pattern, PatternColor, TintAndShade, PatternTintAndShade } = interior;
  if (Color === null || Color === undefined || Pattern === null || Pattern === undefined) return 'mixed';
  if (TintAndShade === null || PatternTintAndShade === null) return 'mixed';
  const out: OfficeFill = { color: hexOfEtColor(Color), pattern: patternName(Pattern) };
  if (PatternColor !== null && PatternColor !== undefined) out.patternColor = hexOfEtColor(PatternColor);
  if (typeof TintAndShade === 'number') out.tintAndShade = TintAndShade;
  if (typeof PatternTintAndShade === 'number') out.patternTintAndShade = PatternTintAndShade;
  return out;
}

/** Puts a fill on a range; null clears it. The pattern goes first, so a solid flag colour over a patterned cell shows solid. */
export function setEtFill(interior: EtInterior, f: OfficeFill | null): void {
  if (f === null || f.pattern === 'None') {
    interior.Pattern = XL_NONE;
    return;
  }
  interior.Pattern = patternNumber(f.pattern ?? 'Solid');
  interior.Color = etColorOf(f.color);
  if (f.patternColor !== undefined && f.pattern !== 'Solid') interior.PatternColor = etColorOf(f.patternColor);
  if (f.tintAndShade !== undefined && f.tintAndShade !== 0) interior.TintAndShade = f.tintAndShade;
  if (f.patternTintAndShade !== undefined && f.patternTintAndShade !== 0) interior.PatternTintAndShade = f.patternTintAndShade;
}
