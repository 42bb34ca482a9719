/**
 * Office.js's proxy model: an object stands for something in the workbook, its calls only queue
 * commands on its request context, and a property is readable only after a `load` of it was synced.
 */
import type { FakeExcel } from './fake-excel';
import { FakeOfficeError } from './fake-office-error';
import type { FakeRequestContext } from './fake-request-context';

export interface ActionResult {
  data: unknown;
  commit: () => void;
}

/** One queued command: what the request carries (measured for the payload limit) and what it does. */
export interface Action {
  describe: unknown;
  /** Changes the document (counted for `failOnMutation` and in `mutations`). */
  mutating: boolean;
  run: () => ActionResult | undefined;
}

export type LoadSpec = string | string[] | { select?: string } | undefined;

function loadNames(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : (spec.select ?? '').split(',');
  return raw.map((s) => s.trim()).filter((s) => s !== '');
}

/** A proxy: `target()` finds what it stands for when a command runs (null for a null object). */
export abstract class FakeObject<T> {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
  ) {}

  protected get fake(): FakeExcel {
    return this.context.fake;
  }

  protected abstract target(): T | null;
  protected abstract readProps(t: T, names: string[]): Record<string, unknown>;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.isNullObject read before a load was synced`);
    return this.nullState;
  }

  protected must(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError('InvalidObjectPath', `${this.path} is a null object`);
    return t;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.${name} read before it was loaded and synced`);
    return this.loaded.get(name) as V;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    this.context.enqueue({
      describe: { path: this.path, op: 'load', names },
      mutating: false,
      run: () => {
        const t = this.target();
        if (t === null) return { data: null, commit: () => { this.nullState = true; } };
        const data = this.readProps(t, names);
        return { data, commit: () => { this.nullState = false; this.applyLoaded(data); } };
      },
    });
    return this;
  }

  /** Reads `names` now: a collection loading its items' properties (`items/format/fill/color`) asks each item. */
  readNow(names: string[]): Record<string, unknown> {
    return this.readProps(this.must(), names);
  }

  /** Takes what `readNow` read, as a synced load would. */
  acceptLoaded(data: Record<string, unknown>): void {
    this.nullState = false;
    this.applyLoaded(data);
  }

  protected applyLoaded(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  protected mutate(op: string, args: unknown, apply: (t: T) => void): void {
    this.context.enqueue({
      describe: { path: this.path, op, args },
      mutating: true,
      run: () => {
        apply(this.must());
        return undefined;
      },
    });
  }

  /** A command that changes what the user sees (active sheet, selection) but not the document. */
  protected view(op: string, args: unknown, apply: (t: T) => void): void {
    this.context.enqueue({
      describe: { path: this.path, op, args },
      mutating: false,
      run: () => {
        apply(this.must());
        return undefined;
      },
    });
  }
}

/** A value a method returns (`getCellProperties`), readable once synced. */
export class FakeClientResult<V> {
  private resolved: { v: V } | undefined;
  constructor(private readonly path: string) {}
  resolve(v: V): void {
    this.resolved = { v };
  }
  get value(): V {
    if (!this.resolved) throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.value read before sync`);
    return this.resolved.v;
  }
}
