/**
 * The built-ins newer than ES2017 that the WPS bundles call (the engine, the pane, zod, Fluent UI's
 * tabster and keyborg) and Chromium 58 lacks, for the older Chromium WPS embeds; each is installed
 * only where missing. Chromium 58 is the first with all of ES2017's syntax, which the bundles are
 * written down to. The regular expressions are ES2017 too, as no polyfill could give
 * lookbehind or \p{…} escapes: src/core/vocabulary/char-classes.ts spells the Unicode classes out,
 * and eslint.config.mjs keeps ES2018 regular-expression syntax out of src.
 * test/build/wps-build.test.ts runs the ribbon bundle with these deleted and scans both bundles
 * for later built-ins that are not here.
 */

/** Defines a non-enumerable method, as the built-in is, when the prototype lacks it. */
function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

// ES2018; Chromium 63. The WPS host's check queue and lock release through it.
define(Promise.prototype, 'finally', function promiseFinally<T>(this: Promise<T>, onFinally?: (() => void) | null): Promise<T> {
  if (typeof onFinally !== 'function') return this.then();
  return this.then(
    (value) => Promise.resolve(onFinally()).then(() => value),
    (reason: unknown) => Promise.resolve(onFinally()).then(() => Promise.reject(reason)),
  );
});

// ES2020; Chromium 71. zod and the auto-check scheduler read it.
define(self, 'globalThis', self);

// ES2019; Chromium 69.
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  return depth < 1 ? this.slice() : this.reduce<unknown[]>((out, item) => out.concat(Array.isArray(item) ? (item as unknown[]).flat(depth - 1) : [item]), []);
});
define(Array.prototype, 'flatMap', function flatMap(this: unknown[], fn: (value: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown): unknown[] {
  return this.map(fn, thisArg).flat();
});

// ES2019; Chromium 73.
define(Object, 'fromEntries', function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) out[key] = value;
  return out;
});

// ES2019; Chromium 66.
define(String.prototype, 'trimStart', function trimStart(this: string): string {
  return this.replace(/^\s+/, '');
});

// ES2020; Chromium 73. Every caller passes a global regular expression, as the standard requires.
define(String.prototype, 'matchAll', function* matchAll(this: string, pattern: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags);
  for (let m = re.exec(this); m !== null; m = re.exec(this)) {
    yield m;
    if (m[0] === '') re.lastIndex++;
  }
});

// ES2022; Chromium 92.
define(Array.prototype, 'at', function at(this: unknown[], index: number): unknown {
  const i = Math.trunc(index) || 0;
  return this[i < 0 ? this.length + i : i];
});

/**
 * ES2021; Chromium 84. Fluent UI's focus management keeps elements through WeakRef; without it the
 * stand-in holds them strongly, which only delays their collection while the pane is open.
 */
class StrongRef<T extends object> {
  constructor(private readonly target: T) {}

  deref(): T {
    return this.target;
  }
}
define(self, 'WeakRef', StrongRef);
