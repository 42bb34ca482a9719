/**
 * The department rules on the seed's department table, as laid out in the stacked sample: the seed's
 * own band mistakes are found at their cells, and no error lands on a correct band. Expected cells are
 * computed from the seed rows and the sample's field map, not copied from output.
 */
import { checkWorkbook } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/finding';
import { buildStackedSample, DEPARTMENT_SHEET, type ExpectedDepartmentTable } from '../../fixtures/sample-layout';
import { layoutDepartmentTable, type DepartmentRowCells } from '../../fixtures/layout-department';
import type { SeedDepartment, SeedDepartmentRow } from '../../fixtures/seed-parser';
import type { CellRef } from '../../fixtures/grid';
import { loadSeed } from '../../fixtures/seed';
import { snapshotOfGrids, snapshotOfWorkbook } from '../snapshot-of';

interface Row {
  seed: SeedDepartmentRow;
  cells: DepartmentRowCells;
}

let findings: Finding[];
let rows: Row[];

beforeAll(async () => {
  const sample = buildStackedSample();
  const expected = sample.expected.find((t): t is ExpectedDepartmentTable => t.kind === 'department');
  if (!expected) throw new Error('no department table in the stacked sample');
  const seed = loadSeed().department;
  rows = seed.rows.map((s, i) => ({ seed: s, cells: expected.fields.rows[i] as DepartmentRowCells }));
  findings = checkWorkbook(await snapshotOfWorkbook(sample.workbook)).findings.filter((f) => f.sheet === DEPARTMENT_SHEET);
});

const at = (c: CellRef) => `${c.row}:${c.col}`;
const cellsOf = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.row}:${f.col}`).sort();
const sorted = (cells: CellRef[]) => cells.map(at).sort();
const blank = (s: string) => s.trim() === '';
const isIndicatorRow = (r: Row) => !blank(r.seed.indicator) || r.seed.bands.some((b) => !blank(b));

describe('department rules on the seed (stacked sample)', () => {
  it('band.invalid: exactly the 40%% cells, each with the fix 40% as suggestion', () => {
    const bad = rows.flatMap((r) => r.seed.bands.map((b, i) => ({ text: b, cell: r.cells.bands[i] as CellRef })).filter((b) => b.text.includes('%%')));
    expect(bad.length).toBeGreaterThanOrEqual(2);
    expect(cellsOf('band.invalid')).toEqual(sorted(bad.map((b) => b.cell)));
    for (const b of bad) {
      const f = findings.find((x) => x.rule === 'band.invalid' && at(x) === at(b.cell));
      expect(f).toMatchObject({ severity: 'error', suggestion: b.text.replace(/%+/g, '%') });
    }
  });

  it('band.empty-row: the named indicator whose four bands are empty (数据准确率), on its 优 cell', () => {
    const empty = rows.filter((r) => !blank(r.seed.indicator) && r.seed.bands.every(blank));
    expect(empty.map((r) => r.seed.indicator)).toContain('数据准确率');
    expect(cellsOf('band.empty-row')).toEqual(sorted(empty.map((r) => r.cells.bands[0])));
  });

  it('band.empty-middle: numeric rows with 优 and 差 set and one middle band empty (2 | 1 | | 0)', () => {
    const holes = rows.flatMap((r) => {
      const [best, good, mid, worst] = r.seed.bands.map((b) => b.trim());
      const numeric = r.seed.bands.filter((b) => !blank(b)).every((b) => /\d/.test(b));
      if (!numeric || !best || !worst || [good, mid].filter((b) => b === '').length !== 1) return [];
      return [r.cells.bands[good === '' ? 1 : 2]];
    });
    expect(holes).toHaveLength(1);
    expect(cellsOf('band.empty-middle')).toEqual(sorted(holes));
  });

  it('band.unit-mismatch: the count graded in % (宣传教育次数), on its first % band, and nothing else', () => {
    const counts = rows.filter((r) => /次数$/.test(r.seed.indicator.trim()) && r.seed.bands.some((b) => b.includes('%')));
    expect(counts.map((r) => r.seed.indicator)).toContain('宣传教育次数');
    expect(cellsOf('band.unit-mismatch')).toEqual(sorted(counts.map((r) => r.cells.bands[r.seed.bands.findIndex((b) => b.includes('%'))] as CellRef)));
  });

  it('band.gap: every shared boundary (50% / 50%以下, 3-5次 / 5-10次, 16-20次 / 20次以上), and no threshold gap (80% / 60%以下)', () => {
    const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    const strict = (s: string) => /^(?:大于|小于|低于|高于)/.test(s.trim());
    const isRange = (s: string) => /\d\s*[%次个]?\s*-\s*\d/.test(s);
    const expected: CellRef[] = [];
    const suggestions = new Map<string, string>();
    for (const r of rows) {
      if (r.seed.bands.some((b) => b.includes('%%'))) continue;
      const filled = r.seed.bands.map((text, i) => ({ text: text.trim(), i })).filter((b) => b.text !== '');
      for (let k = 1; k < filled.length; k++) {
        const a = filled[k - 1] as { text: string; i: number };
        const b = filled[k] as { text: string; i: number };
        const shared = numbers(a.text).filter((n) => numbers(b.text).includes(n));
        const bounded = isRange(a.text) || /以下|以上/.test(b.text);
        if (shared.length === 0 || strict(a.text) || strict(b.text) || !bounded) continue;
        const cell = r.cells.bands[b.i] as CellRef;
        expected.push(cell);
        const m = /^(\d+(?:\.\d+)?)(%|次)?以(下|上)$/.exec(b.text);
        if (m) suggestions.set(at(cell), `${m[3] === '下' ? '低于' : '高于'}${m[1]}${m[2] ?? ''}`);
      }
    }
    expect(expected.length).toBeGreaterThan(10);
    expect(cellsOf('band.gap')).toEqual(sorted(expected));
    for (const f of findings.filter((x) => x.rule === 'band.gap')) {
      expect(f.severity).toBe('warning');
      expect(f.suggestion).toBe(suggestions.get(`${f.row}:${f.col}`));
    }
    const thresholdRows = rows.filter((r) => r.seed.bands.join('|') === '100%|90%|80%|60%以下');
    expect(thresholdRows.length).toBeGreaterThan(20);
    const flagged = new Set(cellsOf('band.gap'));
    for (const r of thresholdRows) for (const c of r.cells.bands) expect(flagged.has(at(c))).toBe(false);
  });

  it('band.order: the seed’s bands all run one way, 返贫率 downwards included', () => {
    expect(rows.some((r) => r.seed.indicator === '返贫率' && r.seed.bands[0] === '0%')).toBe(true);
    expect(cellsOf('band.order')).toEqual([]);
  });

  it('budgets: the departments left empty get a warning; sums all agree; nothing else is missing or template text', () => {
    const emptyDepartments = rows.filter((r) => r.cells.kind === 'department' && blank(r.seed.budget));
    expect(emptyDepartments.length).toBeGreaterThan(0);
    expect(cellsOf('required.dept-budget')).toEqual(sorted(emptyDepartments.map((r) => r.cells.budget)));
    for (const rule of ['dept.budget-sum', 'dept.budget-invalid', 'required.dept-empty', 'required.dept-template-text']) expect([rule, cellsOf(rule)]).toEqual([rule, []]);
  });

  it('no band or department error lands on a correct cell: the only errors are on the 40%% bands', () => {
    const wrong = new Set(rows.flatMap((r) => r.seed.bands.map((b, i) => (b.includes('%%') ? at(r.cells.bands[i] as CellRef) : null))).filter((c) => c !== null));
    const errors = findings.filter((f) => f.severity === 'error' && /^(band|dept)\.|^required\.dept-/.test(f.rule));
    expect(errors.length).toBe(wrong.size);
    for (const f of errors) expect(wrong.has(`${f.row}:${f.col}`)).toBe(true);
    expect(rows.filter(isIndicatorRow).length).toBeGreaterThan(100);
  });
});

describe('department rules on a seed with mistakes put in', () => {
  async function check(edit: (d: SeedDepartment) => void) {
    const seed = loadSeed().department;
    const copy: SeedDepartment = { title: seed.title, rows: seed.rows.map((r) => ({ ...r, bands: [...r.bands] as SeedDepartmentRow['bands'] })) };
    edit(copy);
    const layout = layoutDepartmentTable(copy);
    const found = checkWorkbook(await snapshotOfGrids([{ name: DEPARTMENT_SHEET, grid: layout.grid }])).findings;
    return { found, cells: layout.fields.rows };
  }

  it('a department budget that no longer matches its activities, and bands put out of order', async () => {
    const seed = loadSeed().department;
    const gov = seed.rows.findIndex((r) => r.name.startsWith('三、'));
    const training = seed.rows.findIndex((r) => r.indicator === '党员培训覆盖率');
    const { found, cells } = await check((d) => {
      (d.rows[gov] as SeedDepartmentRow).budget = '170';
      const bands = (d.rows[training] as SeedDepartmentRow).bands;
      [bands[0], bands[1]] = [bands[1], bands[0]];
    });
    const of = (rule: string) => found.filter((f) => f.rule === rule).map((f) => ({ row: f.row, col: f.col }));
    expect(of('dept.budget-sum')).toEqual([cells[gov]?.budget]);
    expect(of('band.order')).toEqual([cells[training]?.bands[1]]);
    expect(found.find((f) => f.rule === 'dept.budget-sum')?.message).toBe('“三、镇政府”的年度预算数170.00万元不等于其下职责活动预算之和165.50万元（1项填了金额），请核对');
  });
});
