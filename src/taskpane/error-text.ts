import { HAN } from '../core/vocabulary';
import type { PaneLanguage } from './strings';

const CHINESE = new RegExp(`[${HAN}]`, 'u');

function hasBothLanguages(e: unknown): e is { zh: string; en: string } {
  return e !== null && typeof e === 'object' && 'zh' in e && 'en' in e && typeof e.zh === 'string' && typeof e.en === 'string';
}

/**
 * An error from the host in the pane's language. ExcelHostError carries both languages; other
 * errors of the add-in read `中文 / English`; anything else is shown as it is.
 */
export function errorText(e: unknown, lang: PaneLanguage): string {
  if (hasBothLanguages(e)) return e[lang];
  const message = e instanceof Error ? e.message : String(e);
  const at = message.indexOf(' / ');
  if (at < 0 || !CHINESE.test(message.slice(0, at))) return message;
  return lang === 'zh' ? message.slice(0, at) : message.slice(at + 3);
}
