/**
 * Text normalisation for matching labels typed by people: full-width forms, inner spaces
 * (`其中：财政    资金`), trailing colons and line breaks must not stop a label from matching.
 */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const TRAILING_COLONS = /[:：]+$/;

/** NFKC turns full-width ASCII (`（`, `：`, `％`, `Ａ`) into its half-width form. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(SPACES, ' ').trim();
}

/** A label's identity: no spaces at all, no trailing colon, half-width brackets. */
export function normalizeLabel(s: string): string {
  return s.normalize('NFKC').replace(SPACES, '').replace(TRAILING_COLONS, '');
}

export function isBlankText(s: string): boolean {
  return s.replace(SPACES, '') === '';
}
