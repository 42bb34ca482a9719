import type { DepartmentIndicator } from '../../model/department-entry';
import { departmentExpectsPercent, gradeDirection, gradeSteps } from '../../grade/department-grade';
import { compactText } from '../../text';

/**
 * 等级 formulas: grade/department-grade.ts (domain.md §4.1) as Excel formulas every host evaluates.
 * The formula grades what the engine grades and leaves empty ("") what needs a person. A
 * percentage row's 实际完成值 cell is formatted `0%`, so the formula multiplies by 100.
 */

export function expectsPercentActual(indicator: DepartmentIndicator): boolean {
  return departmentExpectsPercent(indicator);
}

const FULL_WIDTH_SPACE = '\u3000';

function num(n: number): string {
  return String(Math.round(n * 1e10) / 1e10);
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The 等级 of one indicator row from its 实际完成值, or null when its bands cannot be graded at all. */
export function departmentGradeFormula(indicator: DepartmentIndicator, actualRef: string): string | null {
  const { bands } = indicator;
  if (gradeDirection(bands) === 'words') {
    const words = (['优', '差'] as const).flatMap((g) => {
      const b = bands[g].value;
      return b.kind === 'word' ? [{ g, text: compactText(b.text) }] : [];
    });
    if (words.length === 0) return null;
    const said = `SUBSTITUTE(SUBSTITUTE(TRIM(${actualRef})," ",""),"${FULL_WIDTH_SPACE}","")`;
    const body = words.reduceRight((rest, w) => `IF(${said}=${quote(w.text)},"${w.g}",${rest})`, '""');
    return `IF(${actualRef}="","",${body})`;
  }
  const scale = gradeSteps(bands);
  if (!scale) return null;
  // Rounded as the engine reads a percentage cell, so an exact boundary is not missed by a hair.
  const x = expectsPercentActual(indicator) ? `ROUND(${actualRef}*100,12)` : actualRef;
  const cmp = (inclusive: boolean) => (scale.direction === 'up' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<');
  const body = scale.steps.reduceRight((rest, s) => `IF(${x}${cmp(s.inclusive)}${num(s.bound)},"${s.grade}",${rest})`, '"差"');
  return `IF(${actualRef}="","",IF(ISNUMBER(${actualRef}),${body},""))`;
}
