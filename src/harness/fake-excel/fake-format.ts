/** `range.format` and its `fill` and `font`, over the cells their range resolves to when a command runs. */
import { FakeObject } from './fake-proxy';
import { fillView, uniform, updateCells, writable, type Cells } from './fake-cells';
import { unknownProp } from './fake-office-error';
import type { FakeRequestContext } from './fake-request-context';
import { DEFAULT_FILL, STANDARD_WIDTH_POINTS, type FakeFill } from './fake-state';

/** A proxy over a set of cells that its owner resolves when a command runs. */
abstract class FakeCellsObject extends FakeObject<Cells> {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly cells: () => Cells,
  ) {
    super(context, path);
  }
  protected target(): Cells {
    return this.cells();
  }
}

export class FakeRangeFormat extends FakeCellsObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(context: FakeRequestContext, path: string, cells: () => Cells) {
    super(context, path, cells);
    this.fill = new FakeRangeFill(context, `${path}.fill`, cells);
    this.font = new FakeRangeFont(context, `${path}.font`, cells);
  }
  private columns(t: Cells): number[] {
    const cols = new Set<number>();
    for (const a of t.areas) for (let c = a.left; c <= Math.min(a.right, a.left + 16_384); c++) cols.add(c);
    return [...cols];
  }
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (n === 'wrapText') out[n] = uniform(t, (c) => c.wrap);
      else if (n === 'columnWidth') {
        const widths = new Set(this.columns(t).map((c) => t.sheet.widths.get(c) ?? STANDARD_WIDTH_POINTS));
        out[n] = widths.size === 1 ? [...widths][0] : null;
      } else if (n === 'useStandardWidth') out[n] = this.columns(t).every((c) => !t.sheet.widths.has(c));
      else unknownProp(this.path, n);
    }
    return out;
  }
  get wrapText(): boolean | null {
    return this.prop('wrapText');
  }
  set wrapText(v: boolean | null) {
    this.mutate('wrapText', v, (t) => updateCells(t, (c) => {
      c.wrap = v === true;
    }));
  }
  get columnWidth(): number {
    return this.prop('columnWidth');
  }
  set columnWidth(points: number) {
    this.mutate('columnWidth', points, (t) => {
      writable(t.sheet);
      for (const c of this.columns(t)) t.sheet.widths.set(c, points);
    });
  }
  get useStandardWidth(): boolean {
    return this.prop('useStandardWidth');
  }
  set useStandardWidth(v: boolean) {
    this.mutate('useStandardWidth', v, (t) => {
      writable(t.sheet);
      if (v) for (const c of this.columns(t)) t.sheet.widths.delete(c);
    });
  }
}

export class FakeRangeFill extends FakeCellsObject {
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of names) {
      if (!(n in DEFAULT_FILL)) unknownProp(this.path, n);
      if (n !== 'color') this.fake.requireApi('1.9', `${this.path}.${n}`);
      out[n] = uniform(t, (c) => fillView(c.fill)[n as keyof FakeFill]);
    }
    return out;
  }
  get color(): string | null {
    return this.prop('color');
  }
  get pattern(): string | null {
    return this.prop('pattern');
  }
  get patternColor(): string | null {
    return this.prop('patternColor');
  }
  get tintAndShade(): number | null {
    return this.prop('tintAndShade');
  }
  get patternTintAndShade(): number | null {
    return this.prop('patternTintAndShade');
  }
  private setFill(op: string, v: unknown, change: (f: FakeFill) => FakeFill | null): void {
    this.mutate(op, v, (t) => {
      if (op !== 'fill.color') this.fake.requireApi('1.9', `${this.path}.${op}`);
      updateCells(t, (c) => {
        c.fill = change({ ...(c.fill ?? { ...DEFAULT_FILL, pattern: 'Solid' }) });
      });
    });
  }
  set color(v: string | null) {
    this.setFill('fill.color', v, (f) => ({ ...f, color: String(v).toUpperCase(), pattern: f.pattern === 'None' ? 'Solid' : f.pattern }));
  }
  set pattern(v: string | null) {
    this.setFill('fill.pattern', v, (f) => (v === 'None' ? null : { ...f, pattern: String(v) }));
  }
  set patternColor(v: string | null) {
    this.setFill('fill.patternColor', v, (f) => ({ ...f, patternColor: String(v).toUpperCase() }));
  }
  set tintAndShade(v: number | null) {
    this.setFill('fill.tintAndShade', v, (f) => ({ ...f, tintAndShade: Number(v) }));
  }
  set patternTintAndShade(v: number | null) {
    this.setFill('fill.patternTintAndShade', v, (f) => ({ ...f, patternTintAndShade: Number(v) }));
  }
  clear(): void {
    this.mutate('fill.clear', null, (t) => updateCells(t, (c) => {
      c.fill = null;
    }));
  }
}

export class FakeRangeFont extends FakeCellsObject {
  protected readProps(t: Cells, names: string[]): Record<string, unknown> {
    return Object.fromEntries(
      names.map((n) => {
        if (n === 'bold') return [n, uniform(t, (c) => c.bold)];
        if (n === 'color') return [n, uniform(t, (c) => c.fontColor ?? '#000000')];
        if (n === 'underline') return [n, uniform(t, (c) => c.underline ?? 'None')];
        return unknownProp(this.path, n);
      }),
    );
  }
  get bold(): boolean | null {
    return this.prop('bold');
  }
  set bold(v: boolean | null) {
    this.mutate('font.bold', v, (t) => updateCells(t, (c) => {
      c.bold = v === true;
    }));
  }
  get color(): string | null {
    return this.prop('color');
  }
  set color(v: string | null) {
    this.mutate('font.color', v, (t) => updateCells(t, (c) => {
      const color = String(v).toUpperCase();
      c.fontColor = color === '#000000' ? null : color;
    }));
  }
  get underline(): string | null {
    return this.prop('underline');
  }
  set underline(v: string | null) {
    this.mutate('font.underline', v, (t) => updateCells(t, (c) => {
      c.underline = v === 'None' ? null : v;
    }));
  }
}
