/**
 * The rows of a table's indicator grids, with every fact about each decided here once: its 一级
 * and 二级 (by the taxonomy, carried down a merged or left-empty group cell), whether it is set,
 * what its name measures, its target read from one cell or from separate 计算符号 / 计量单位 /
 * 指标方向 / 指标性质 cells, and its printed weight, actual value, score and 偏差原因.
 */
import type { SheetGrid, CellPos } from '../recognize/sheet-grid';
import type { IndicatorGridPlace } from '../recognize/layout';
import type { Area } from '../snapshot';
import type { IndicatorRow } from '../model/indicator-row';
import type { LocatedText } from '../model/located';
import { parseIndicatorValue, type IndicatorValue } from '../parse/indicator-value';
import { parseNumberCell } from '../parse/number-cell';
import { compactText, normalizeLabel, normalizeText } from '../text';
import {
  OPERATOR_SYMBOLS, isNoneText, level2Name, measureOfName, parentOf, readLevel1, readNatureCell, readOperatorCell,
  type IndicatorRole,
} from '../vocabulary';
import { readActual, readText, readWith } from './read-cell';

export function extractIndicatorRows(grid: SheetGrid, area: Area, grids: readonly IndicatorGridPlace[]): IndicatorRow[] {
  return grids.flatMap((g, index) => gridRows(grid, area, g, index));
}

function gridRows(grid: SheetGrid, area: Area, g: IndicatorGridPlace, index: number): IndicatorRow[] {
  const cols = g.columns;
  const rows: IndicatorRow[] = [];
  let level1: LocatedText | null = null;
  for (let row = g.firstRow; row <= g.lastRow; row++) {
    const at = (col: number | undefined): CellPos | null => (col === undefined ? null : grid.masterWithin(area, row, col));
    const cell = (role: IndicatorRole): LocatedText | null => {
      const p = at(cols[role]);
      return p && readText(grid, p);
    };
    const own = cell('level1');
    // 一级 is written once per group: merged down, or left empty on the rows that follow.
    if (own && (own.value !== '' || level1 === null)) level1 = own;
    const level2Cell = cell('level2');
    const level3 = cell('level3');
    const operatorCell = cell('operator');
    const unitCell = cell('unit');
    const directionCell = cell('direction');
    const natureCell = cell('nature');
    const declared = declaredNature(operatorCell, natureCell);
    const valuePos = at(cols.value);
    const value = valuePos && readWith(grid, valuePos, (text) => readTarget(text, declared, operatorCell, unitCell, directionCell));
    const basis = cell('basis');

    const l1 = g.twoLevel ? null : level1;
    const reading = l1 ? readLevel1(l1.value) : { name: null, framework: false, weight: null };
    const l2Name = level2Cell ? level2Name(level2Cell.value) : null;
    const name = reading.name ?? (l2Name ? parentOf(l2Name) : null);
    const measure = measureOfName(level3?.value ?? '');
    const level2 = { cell: level2Cell, name: l2Name ?? (level2Cell ? normalizeLabel(level2Cell.value) : ''), known: l2Name !== null };
    const target = value?.value ?? { kind: 'empty' as const };
    const unused = [level2Cell, level3, basis].every((c) => !c || c.value === '') && target.kind === 'empty';
    const notSet = target.kind === 'not-set' || isNoneText(level3?.value ?? '');
    const satisfaction = name === '满意度指标' || level2.name.includes('满意度') || measure.satisfaction;
    const percent = target.kind === 'quantitative' && (target.unit === '%' || (target.unit === '' && measure.kind === 'rate'));
    const numberAt = (role: IndicatorRole) => {
      const p = at(cols[role]);
      return p && readWith(grid, p, (text) => parseNumberCell(grid.raw(p.row, p.col), text));
    };
    const actualCol = cols.actual ?? g.ownedActual ?? undefined;
    rows.push({
      row,
      grid: index,
      level1: { cell: l1, name, inTaxonomy: reading.name !== null, framework: reading.framework, weight: reading.weight },
      level2,
      level3,
      description: cell('description'),
      value,
      operatorCell,
      unitCell,
      directionCell,
      natureCell,
      declared,
      basis,
      remark: cell('remark'),
      status: unused ? 'unused' : notSet ? 'not-set' : 'set',
      measure,
      satisfaction,
      percent,
      weight: numberAt('weight'),
      actual: actualCol === undefined ? null : readActual(grid, cols.actual === undefined ? { row, col: actualCol } : grid.masterWithin(area, row, actualCol)),
      score: numberAt('score'),
      deviation: cell('deviation'),
      current: cols.current === undefined ? null : readActual(grid, grid.masterWithin(area, row, cols.current)),
      feasibility: cell('feasibility'),
    });
  }
  return rows;
}

/** What the 计算符号 or 指标性质 cell says of the target; `定性` in either wins over a comparison. */
function declaredNature(operator: LocatedText | null, nature: LocatedText | null): IndicatorRow['declared'] {
  const op = readOperatorCell(operator?.value ?? '');
  const said = readNatureCell(nature?.value ?? '');
  if (op.kind === 'qualitative') return { nature: 'qualitative', by: 'operator' };
  if (said === 'qualitative') return { nature: 'qualitative', by: 'nature' };
  if (op.kind === 'operator') return { nature: 'quantitative', by: 'operator' };
  return said === 'quantitative' ? { nature: 'quantitative', by: 'nature' } : null;
}

/**
 * A target from its 指标值 cell and, where the export splits it, the 计算符号, 计量单位, 指标方向
 * and 指标性质 cells: `≥` + `274` + `名` reads as `≥274名`; `定性` keeps a number as words.
 */
function readTarget(
  text: string, declared: IndicatorRow['declared'], operator: LocatedText | null, unit: LocatedText | null, direction: LocatedText | null,
): IndicatorValue {
  const v = normalizeText(text);
  const op = readOperatorCell(operator?.value ?? '');
  if (declared?.nature === 'qualitative' && v !== '') {
    const read = parseIndicatorValue(v);
    return read.kind === 'quantitative' ? { kind: 'qualitative', text: v } : read;
  }
  const unitText = compactText(unit?.value ?? '');
  const withUnit = unitText !== '' && v !== '' && /\d$/u.test(v) ? `${v}${unitText}` : v;
  const written = op.kind === 'operator' ? op.operator : directionOperator(direction);
  const startsWithNumber = /^[+-]?\d/u.test(compactText(withUnit));
  return parseIndicatorValue(written !== null && startsWithNumber ? `${OPERATOR_SYMBOLS[written]}${withUnit}` : withUnit);
}

function directionOperator(direction: LocatedText | null) {
  const op = readOperatorCell(direction?.value ?? '');
  return op.kind === 'operator' ? op.operator : null;
}
