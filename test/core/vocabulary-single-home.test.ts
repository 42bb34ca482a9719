/**
 * Whether a name is a rate, a count or a satisfaction is decided once: in the vocabulary, recorded on
 * each row by extract. This test fails when another module writes its own test of such a name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../src');
const HOMES = ['core/vocabulary/', 'core/extract/'];
/** A regular expression literal (after `=`, `(`, `,` or `:`) that mentions what a rate or count name ends in. */
const NAME_TEST = /(?:[=(,:]|return)\s*\/((?:[^/\n\\]|\\.)*(?:率|满意|次数|人数|数量|占比|比例|比重)(?:[^/\n\\]|\\.)*)\/[gimsuy]*/u;
const WORD_TEST = /\.(?:includes|endsWith|startsWith)\('[^']*(?:率|满意|次数|人数|数量)[^']*'\)/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/u.test(name) && !/\.test\.tsx?$/u.test(name) ? [path] : [];
  });
}

describe('one home for what a name measures', () => {
  it('finds no test of a rate, count or satisfaction name outside the vocabulary and extract', () => {
    const found = sources(ROOT)
      .filter((path) => !HOMES.some((home) => relative(ROOT, path).startsWith(home)))
      .flatMap((path) => readFileSync(path, 'utf8').split('\n').map((line, i) => ({ path, line, n: i + 1 })))
      .filter(({ line }) => NAME_TEST.test(line) || WORD_TEST.test(line))
      .map(({ path, n, line }) => `${relative(ROOT, path)}:${n}: ${line.trim()}`);
    expect(found).toEqual([]);
  });

  it('would find one: the patterns catch the tests the rules used to write', () => {
    expect(NAME_TEST.test("const RATE_NAME = /(?:率|满意度|占比|比例|比重)$/u;")).toBe(true);
    expect(NAME_TEST.test("if (/(?:率|满意度|覆盖度)$/u.test(unit)) return")).toBe(true);
    expect(WORD_TEST.test("v.level2.includes('满意度')")).toBe(true);
  });
});
