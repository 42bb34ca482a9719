/**
 * A full, comparable picture of a workbook as ExcelJS holds it: sheets (order, state, views),
 * merges, column widths, row heights, and every cell of the used range plus a margin (type, value,
 * formula, cached result, the whole style, note). Two workbooks are dumped over the same bounds,
 * so cells one of them left empty still take part.
 */
import ExcelJS from 'exceljs';

export interface Bounds {
  rows: number;
  cols: number;
}

const MARGIN = 4;

/** Per sheet name: the larger extent of the workbooks, plus a margin. */
export function jointBounds(...wbs: ExcelJS.Workbook[]): Map<string, Bounds> {
  const bounds = new Map<string, Bounds>();
  for (const wb of wbs) {
    for (const ws of wb.worksheets) {
      const b = bounds.get(ws.name) ?? { rows: 0, cols: 0 };
      let cols = ws.columnCount;
      ws.eachRow({ includeEmpty: true }, (row) => {
        cols = Math.max(cols, row.cellCount);
      });
      bounds.set(ws.name, { rows: Math.max(b.rows, ws.rowCount + MARGIN), cols: Math.max(b.cols, cols + MARGIN) });
    }
  }
  return bounds;
}

/** JSON with sorted keys and no `undefined`, so equal content gives equal text. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return { date: value.toISOString() };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

function dumpCell(cell: ExcelJS.Cell): unknown {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  return {
    type: cell.type,
    value: cell.type === ExcelJS.ValueType.Merge ? `merged into ${cell.master.address}` : cell.value,
    formula: cell.formula,
    result: cell.result,
    style: cell.style,
    note,
  };
}

function line(key: string, value: unknown): string {
  return `${key} ${JSON.stringify(canonical(value))}`;
}

/** One line per cell, row, column and sheet property, each led by where it is. */
function dumpSheet(ws: ExcelJS.Worksheet, b: Bounds): string[] {
  const out: string[] = [];
  const at = `'${ws.name}'`;
  out.push(line(`${at} sheet`, { state: ws.state, views: ws.views, properties: ws.properties }));
  out.push(line(`${at} merges`, [...(ws.model.merges as string[])].sort()));
  for (let c = 1; c <= b.cols; c++) {
    const col = ws.getColumn(c);
    out.push(line(`${at} column ${c}`, { width: col.width, hidden: col.hidden, style: col.style }));
  }
  for (let r = 1; r <= b.rows; r++) {
    const row = ws.getRow(r);
    out.push(line(`${at} row ${r}`, { height: row.height, hidden: row.hidden, style: (row as unknown as { style: unknown }).style }));
    for (let c = 1; c <= b.cols; c++) {
      const cell = row.getCell(c);
      out.push(line(`${at}!${cell.address}`, dumpCell(cell)));
    }
  }
  return out;
}

export function dumpWorkbook(wb: ExcelJS.Workbook, bounds: Map<string, Bounds>): string[] {
  return [
    line('workbook', { views: wb.views, definedNames: wb.definedNames.model, sheets: wb.worksheets.map((ws) => ws.name) }),
    ...wb.worksheets.flatMap((ws) => dumpSheet(ws, bounds.get(ws.name) ?? { rows: MARGIN, cols: MARGIN })),
  ];
}

/** Dumps of both workbooks over the same bounds. */
export function dumpPair(a: ExcelJS.Workbook, b: ExcelJS.Workbook): [string[], string[]] {
  const bounds = jointBounds(a, b);
  return [dumpWorkbook(a, bounds), dumpWorkbook(b, bounds)];
}

/**
 * Expects two workbooks to dump the same; on a difference, shows the lines around the first one
 * rather than two dumps of thousands of lines.
 */
export function expectSameWorkbook(actual: ExcelJS.Workbook, expected: ExcelJS.Workbook): void {
  const [la, lb] = dumpPair(actual, expected);
  const diff: string[] = [];
  for (let i = 0; i < Math.max(la.length, lb.length) && diff.length < 12; i++) {
    if (la[i] !== lb[i]) diff.push(`- ${lb[i] ?? '(none)'}`, `+ ${la[i] ?? '(none)'}`);
  }
  expect(diff.join('\n')).toBe('');
  expect(la.length).toBe(lb.length);
}
