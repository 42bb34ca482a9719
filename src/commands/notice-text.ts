import type { CheckOutcome } from '../addin/addin-host';
import { errorText } from '../taskpane/error-text';
import { checkAnnouncement } from '../taskpane/pane-messages';
import { fill, strings, type PaneLanguage } from '../taskpane/strings';

/** The ribbon's own failure text; the rest is the pane's, so both say the same thing. */
const CLEAR_FAILED = { zh: '清除未完成：{detail}', en: 'Clearing did not finish: {detail}' };

/** What 检查表格 found, in one line: the counts, or that there were no tables. */
export function checkNotice(outcome: CheckOutcome, lang: PaneLanguage): string {
  const text = strings(lang);
  const { summary } = outcome.report;
  if (summary.tables === 0) return text.noTables;
  const done = checkAnnouncement(outcome.report, text);
  if (outcome.problems.length === 0) return done;
  return `${done}${text.listSeparator}${fill(text.planProblemsTitle, { count: outcome.problems.length })}`;
}

export function checkFailedNotice(error: unknown, lang: PaneLanguage): string {
  return fill(strings(lang).checkFailed, { detail: errorText(error, lang) });
}

export function clearNotice(cleared: boolean, lang: PaneLanguage): string {
  const text = strings(lang);
  return cleared ? text.cleared : text.nothingToClear;
}

export function clearFailedNotice(error: unknown, lang: PaneLanguage): string {
  return fill(CLEAR_FAILED[lang], { detail: errorText(error, lang) });
}
