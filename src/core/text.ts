/**
 * Text normalisation for matching labels typed by people: full-width forms, inner spaces
 * (`其中：财政    资金`), trailing colons and line breaks must not stop a label from matching.
 */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const TRAILING_COLONS = /[:：]+$/;

/**
 * Tables repeat the same few hundred labels and values thousands of times, and NFKC is the
 * engine's costliest string step, so results are kept; the memo is dropped when it grows large.
 */
function memo(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let r = seen.get(s);
    if (r === undefined) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      r = f(s);
      seen.set(s, r);
    }
    return r;
  };
}
const MEMO_LIMIT = 50_000;

/** NFKC turns full-width ASCII (`（`, `：`, `％`, `Ａ`) into its half-width form. */
export const normalizeText = memo((s) => s.normalize('NFKC').replace(SPACES, ' ').trim());

/** A label's identity: no spaces at all, no trailing colon, half-width brackets. */
export const normalizeLabel = memo((s) => s.normalize('NFKC').replace(SPACES, '').replace(TRAILING_COLONS, ''));

export function isBlankText(s: string): boolean {
  return s.replace(SPACES, '') === '';
}

/** Text for matching: full-width forms folded (NFKC) and every space removed. */
export function compactText(s: string): string {
  return normalizeText(s).replace(/ /g, '');
}

/** Text for messages: as the user wrote it, only with runs of spaces and line breaks folded. */
export function displayText(s: string): string {
  return s.replace(SPACES, ' ').trim();
}
