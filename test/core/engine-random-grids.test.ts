import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/engine';
import { ReportSchema } from '../../src/core/report';
import type { Area, CellValue, SheetSnapshot } from '../../src/core/snapshot';

/** Labels and values the recognizer reacts to, so random grids often look almost like tables. */
const STRAY = [
  '项目名称', '项目名称：', '项目 编码', '预算数', '其中：财政    资金', '其他资金', '预算规模及资金用途',
  '资金支出计划（%）', '3月底', '6月底', '12月底', '1月', '绩效目标', '总体目标', '一级指标', '二级指标', '三级指标',
  '指标内容', '绩效指标描述', '指标值', '指标值确定依据', '计量单位', '产出指标', '数量指标', '≥90百分比', '≤64.39万元',
  '职责活动', '年度预算数', '内容描述', '绩效指标', '评价标准', '优', '良', '中', '差', '40%%', '3%-5%', '10次以下',
  '1.某项目绩效目标表', '部门整体绩效目标', '单位：万元', '无', '目标内容1', '**', '25%', '100%', '',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...STRAY) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    originRow: fc.integer({ min: 1, max: 40 }),
    originCol: fc.integer({ min: 1, max: 8 }),
    rows: fc.integer({ min: 0, max: 24 }),
    cols: fc.integer({ min: 0, max: 10 }),
    seed: fc.array(fc.array(cellValue, { minLength: 10, maxLength: 10 }), { minLength: 24, maxLength: 24 }),
    rects: fc.array(fc.record({ r: fc.nat(23), c: fc.nat(9), h: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 1, max: 4 }) }), { maxLength: 8 }),
    formats: fc.constantFrom('General', '0%', '0.00', '@'),
  })
  .map(({ originRow, originCol, rows, cols, seed, rects, formats }) => {
    const values = seed.slice(0, rows).map((r) => r.slice(0, cols));
    const merges: Area[] = [];
    for (const { r, c, h, w } of rects) {
      const a = { top: originRow + r, left: originCol + c, bottom: originRow + Math.min(r + h, rows) - 1, right: originCol + Math.min(c + w, cols) - 1 };
      if (a.bottom < a.top || a.right < a.left || (a.top === a.bottom && a.left === a.right)) continue;
      if (merges.some((m) => m.left <= a.right && m.right >= a.left && m.top <= a.bottom && m.bottom >= a.top)) continue;
      merges.push(a);
      for (let y = a.top; y <= a.bottom; y++) {
        for (let x = a.left; x <= a.right; x++) if (y !== a.top || x !== a.left) (values[y - originRow] as CellValue[])[x - originCol] = null;
      }
    }
    return {
      name: 'S',
      origin: { row: originRow, col: originCol },
      values,
      text: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
      formats: values.map((r) => r.map(() => formats)),
      merges,
    };
  });

describe('engine on random grids', () => {
  it('never throws, and every table and finding lies inside its sheet', () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), (sheets) => {
        const named = sheets.map((s, i) => ({ ...s, name: `S${i}` }));
        const { tables, findings, report } = checkWorkbook({ file: 'random.xlsx', sheets: named });
        expect(ReportSchema.safeParse(report).success).toBe(true);
        for (const t of tables) {
          const s = named.find((x) => x.name === t.sheet) as SheetSnapshot;
          const bottom = s.origin.row + s.values.length - 1;
          const right = s.origin.col + Math.max(0, ...s.values.map((r) => r.length)) - 1;
          expect(t.area.top).toBeGreaterThanOrEqual(s.origin.row);
          expect(t.area.left).toBeGreaterThanOrEqual(s.origin.col);
          expect(t.area.bottom).toBeLessThanOrEqual(bottom);
          expect(t.area.right).toBeLessThanOrEqual(right);
        }
        for (const f of findings) {
          const t = tables.find((x) => x.id === f.table);
          expect(t).toBeDefined();
          if (!t) continue;
          expect(f.sheet).toBe(t.sheet);
          expect(f.row).toBeGreaterThanOrEqual(t.area.top);
          expect(f.row).toBeLessThanOrEqual(t.area.bottom);
          expect(f.col).toBeGreaterThanOrEqual(t.area.left);
          expect(f.col).toBeLessThanOrEqual(t.area.right);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
