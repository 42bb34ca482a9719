import { HAN, LETTER_OR_NUMBER, PUNCTUATION_OR_SYMBOL } from '../../../src/core/vocabulary';

const MAX_CODE_POINT = 0x10ffff;

/** The code points on which a generated class and the property escape it stands for disagree. */
function disagreements(body: string, property: RegExp): number[] {
  const generated = new RegExp(`[${body}]`, 'u');
  const out: number[] = [];
  // Lone surrogates included: neither side matches one, and a range through them would show here.
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    const ch = String.fromCodePoint(cp);
    if (generated.test(ch) !== property.test(ch)) out.push(cp);
  }
  return out;
}

describe('the generated character classes (npm run gen:char-classes after a Node upgrade changes Unicode)', () => {
  it.each([
    ['HAN', HAN, /\p{Script=Han}/u],
    ['PUNCTUATION_OR_SYMBOL', PUNCTUATION_OR_SYMBOL, /[\p{P}\p{S}]/u],
    ['LETTER_OR_NUMBER', LETTER_OR_NUMBER, /[\p{L}\p{N}]/u],
  ])('%s matches every code point its property escape matches, and no other', (_, body, property) => {
    expect(disagreements(body, property)).toEqual([]);
  });

  it('holds astral ranges in the u flag\'s escapes: 𠀀 (U+20000) is Han, 😀 is a symbol, 𝟘 a number', () => {
    expect(new RegExp(`^[${HAN}]$`, 'u').test('𠀀')).toBe(true);
    expect(new RegExp(`^[${PUNCTUATION_OR_SYMBOL}]$`, 'u').test('😀')).toBe(true);
    expect(new RegExp(`^[${LETTER_OR_NUMBER}]$`, 'u').test('𝟘')).toBe(true);
  });
});
