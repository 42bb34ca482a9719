/** Whether a built bundle parses at a given ECMAScript version, as the browser it is built for would. */
import { parse } from 'acorn';

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
