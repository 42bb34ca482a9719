/**
 * Formula calculation for the fake, with fast-formula-parser. Like Excel's automatic mode it
 * recalculates only what a change can reach: formulas written, and formulas whose references
 * (read from the formula text, both branches of an IF alike) cover a changed cell, transitively,
 * each once, precedents first.
 */
import FormulaParser from 'fast-formula-parser';
import type { Area, CellValue } from '../../core/snapshot';
import { areaContains } from '../../excel/a1';
import { isErrorValue, putCell } from './fake-cells';
import type { ChangeSet } from './fake-changes';
import { cellKey, parseCellKey, type FakeSheet } from './fake-state';
import { withExcelComparisons } from './formula-comparisons';
import { EXCEL_FUNCTIONS } from './formula-functions';

const { DepParser, FormulaError } = FormulaParser;

interface Ref {
  /** Lower-cased: Excel matches sheet names without regard to case. */
  sheet: string;
  area: Area;
}

interface FormulaCell {
  sheet: FakeSheet;
  key: string;
  row: number;
  col: number;
  formula: string;
  refs: Ref[];
}

/** A formula's result as a cell keeps it. */
function cellValueOf(result: unknown): CellValue {
  if (Array.isArray(result)) return cellValueOf((result[0] as unknown[] | undefined)?.[0]);
  if (result instanceof FormulaError) return result.error === '#ERROR!' ? '#NAME?' : result.error;
  if (typeof result === 'number') return Number.isFinite(result) ? result + 0 : '#NUM!';
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  // A reference to a blank cell shows 0.
  if (result === null || result === undefined) return 0;
  return '#VALUE!';
}

function areaSize(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** Whether any of `cells` lies in `area`, walking whichever of the two is smaller. */
function hits(cells: Map<string, [number, number]> | undefined, area: Area): boolean {
  if (!cells) return false;
  if (areaSize(area) <= cells.size) {
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (cells.has(cellKey(r, c))) return true;
    return false;
  }
  for (const [r, c] of cells.values()) if (areaContains(area, r, c)) return true;
  return false;
}

export class FormulaCalculator {
  private readonly parser: FormulaParser;
  private readonly depParser = new DepParser({});
  private refsCache = new Map<string, { formula: string; refs: Ref[] }>();
  private byName = new Map<string, FakeSheet>();
  private extents = new Map<FakeSheet, { bottom: number; right: number }>();

  constructor(private readonly book: { readonly sheets: readonly FakeSheet[] }) {
    this.parser = new FormulaParser({
      functions: EXCEL_FUNCTIONS,
      onCell: (ref) => this.cellValue(ref.sheet, ref.row, ref.col),
      onRange: (ref) => this.rangeValues(ref),
    });
    withExcelComparisons(this.parser);
  }

  /** Recalculates what `changes` can reach. */
  recalculate(changes: ChangeSet): void {
    this.byName = new Map(this.book.sheets.map((s) => [s.name.toLowerCase(), s]));
    this.extents = new Map();
    const formulas = this.formulaCells();
    const changed = new Map<string, Map<string, [number, number]>>();
    for (const [sheet, cells] of changes.cells) changed.set(sheet.name.toLowerCase(), new Map(cells));
    const touches = (ref: Ref) => changes.sheetNames.has(ref.sheet) || hits(changed.get(ref.sheet), ref.area);

    const needs = new Set<FormulaCell>();
    for (let grew = true; grew;) {
      grew = false;
      for (const f of formulas) {
        if (needs.has(f)) continue;
        const own = f.sheet.name.toLowerCase();
        if (!changed.get(own)?.has(f.key) && !f.refs.some(touches)) continue;
        needs.add(f);
        if (!changed.has(own)) changed.set(own, new Map());
        changed.get(own)?.set(f.key, [f.row, f.col]);
        grew = true;
      }
    }
    for (const f of this.inDependencyOrder(needs)) {
      const cell = f.sheet.cells.get(f.key);
      if (cell) putCell(f.sheet, f.row, f.col, { ...cell, value: this.evaluate(f), text: null });
    }
  }

  private formulaCells(): FormulaCell[] {
    const out: FormulaCell[] = [];
    const cache = new Map<string, { formula: string; refs: Ref[] }>();
    for (const sheet of this.book.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const id = `${sheet.id}:${key}`;
        const [row, col] = parseCellKey(key);
        const known = this.refsCache.get(id);
        const entry = known && known.formula === cell.formula ? known : { formula: cell.formula, refs: this.refsOf(sheet, row, col, cell.formula) };
        cache.set(id, entry);
        out.push({ sheet, key, row, col, formula: cell.formula, refs: entry.refs });
      }
    }
    this.refsCache = cache;
    return out;
  }

  private refsOf(sheet: FakeSheet, row: number, col: number, formula: string): Ref[] {
    try {
      return this.depParser.parse(formula, { sheet: sheet.name, row, col }).map((r) => ({
        sheet: r.sheet.toLowerCase(),
        area: 'from' in r ? { top: r.from.row, left: r.from.col, bottom: r.to.row, right: r.to.col } : { top: r.row, left: r.col, bottom: r.row, right: r.col },
      }));
    } catch {
      // A formula the parser cannot read evaluates to #NAME? and depends on nothing.
      return [];
    }
  }

  /** Precedents first; a circular reference is evaluated once, in the order met. */
  private inDependencyOrder(needs: Set<FormulaCell>): FormulaCell[] {
    const at = new Map<string, FormulaCell>();
    for (const f of needs) at.set(`${f.sheet.name.toLowerCase()}!${f.key}`, f);
    const precedents = (f: FormulaCell): FormulaCell[] => f.refs.flatMap((ref) => {
      if (areaSize(ref.area) <= needs.size) {
        const found: FormulaCell[] = [];
        for (let r = ref.area.top; r <= ref.area.bottom; r++) {
          for (let c = ref.area.left; c <= ref.area.right; c++) {
            const p = at.get(`${ref.sheet}!${cellKey(r, c)}`);
            if (p) found.push(p);
          }
        }
        return found;
      }
      return [...needs].filter((p) => p.sheet.name.toLowerCase() === ref.sheet && areaContains(ref.area, p.row, p.col));
    });
    const order: FormulaCell[] = [];
    const seen = new Set<FormulaCell>();
    const visit = (f: FormulaCell): void => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const p of precedents(f)) visit(p);
      order.push(f);
    };
    for (const f of needs) visit(f);
    return order;
  }

  private evaluate(f: FormulaCell): CellValue {
    try {
      return cellValueOf(this.parser.parse(f.formula, { sheet: f.sheet.name, row: f.row, col: f.col }));
    } catch (e) {
      // Syntax errors and functions the parser does not have.
      return e instanceof FormulaError && e.error !== '#ERROR!' ? e.error : '#NAME?';
    }
  }

  private cellValue(sheetName: string, row: number, col: number): unknown {
    const sheet = this.byName.get(sheetName.toLowerCase());
    if (!sheet) return FormulaError.REF;
    const v = sheet.cells.get(cellKey(row, col))?.value ?? null;
    return isErrorValue(v) ? new FormulaError(v) : v;
  }

  /** A range's values, cut to the cells the sheet holds (so `A:A` does not walk a million rows). */
  private rangeValues(ref: FormulaParser.RangeRef): unknown[][] {
    const sheet = this.byName.get(ref.sheet.toLowerCase());
    if (!sheet) return [[FormulaError.REF]];
    const extent = this.extentOf(sheet);
    const bottom = Math.min(ref.to.row, extent.bottom);
    const right = Math.min(ref.to.col, extent.right);
    const out: unknown[][] = [];
    for (let r = ref.from.row; r <= bottom; r++) {
      const line: unknown[] = [];
      for (let c = ref.from.col; c <= right; c++) line.push(this.cellValue(sheet.name, r, c));
      out.push(line);
    }
    return out.length > 0 && (out[0]?.length ?? 0) > 0 ? out : [[null]];
  }

  private extentOf(sheet: FakeSheet): { bottom: number; right: number } {
    let extent = this.extents.get(sheet);
    if (!extent) {
      extent = { bottom: 0, right: 0 };
      for (const key of sheet.cells.keys()) {
        const [row, col] = parseCellKey(key);
        extent.bottom = Math.max(extent.bottom, row);
        extent.right = Math.max(extent.right, col);
      }
      this.extents.set(sheet, extent);
    }
    return extent;
  }
}
