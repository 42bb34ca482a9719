/** Whether a built bundle parses at a given ECMAScript version, as the browser it is built for would. */
import { parse, type Token } from 'acorn';

export type ParseResult = { ok: true } | { ok: false; message: string; near: string };

function failure(source: string, e: unknown): ParseResult {
  const pos = (e as { pos?: number }).pos ?? 0;
  return { ok: false, message: e instanceof Error ? e.message : String(e), near: source.slice(Math.max(0, pos - 60), pos + 40) };
}

export function parsesAs(source: string, ecmaVersion: 2017 | 2019): ParseResult {
  try {
    parse(source, { ecmaVersion, sourceType: 'script' });
    return { ok: true };
  } catch (e) {
    return failure(source, e);
  }
}

/**
 * Whether a bundle parses at `ecmaVersion` once its regular-expression literals, which must parse
 * at `regExpVersion`, are set aside: a compiler lowers syntax but cannot lower a lookbehind.
 */
export function parsesAsWithRegExps(source: string, ecmaVersion: 2017, regExpVersion: 2018): ParseResult {
  const regExps: Token[] = [];
  try {
    parse(source, { ecmaVersion: regExpVersion, sourceType: 'script', onToken: (t) => void (t.type.label === 'regexp' && regExps.push(t)) });
  } catch (e) {
    return failure(source, e);
  }
  let plain = '';
  let at = 0;
  for (const t of regExps) {
    plain += `${source.slice(at, t.start)}/r/`;
    at = t.end;
  }
  return parsesAs(plain + source.slice(at), ecmaVersion);
}
