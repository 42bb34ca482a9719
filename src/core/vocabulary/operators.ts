/**
 * How targets compare (domain.md §2, templates.md): symbols (`≥`), full-width symbols (NFKC folds
 * `＞` into `>`), ASCII (`>=`), words (`不低于`, `以上`), and the integrated system's separate
 * 计算符号 / 指标方向 / 指标性质 cells.
 */
import { z } from 'zod';
import { compactText } from '../text';

export const OperatorSchema = z.enum(['>=', '>', '<=', '<', '=']);
export type Operator = z.infer<typeof OperatorSchema>;

export const DirectionSchema = z.enum(['positive', 'reverse', 'equal']);
export type Direction = z.infer<typeof DirectionSchema>;

/** Comparison written before the number. */
export const PREFIX_OPERATORS: Readonly<Record<string, Operator>> = {
  '>=': '>=', '≥': '>=', '≧': '>=', '⩾': '>=',
  '<=': '<=', '≤': '<=', '≦': '<=', '⩽': '<=',
  '>': '>', '<': '<', '=': '=',
  大于等于: '>=', 大于或等于: '>=', 不低于: '>=', 不少于: '>=', 不小于: '>=',
  小于等于: '<=', 小于或等于: '<=', 不高于: '<=', 不超过: '<=', 不多于: '<=', 不大于: '<=',
  大于: '>', 高于: '>', 超过: '>', 多于: '>',
  小于: '<', 低于: '<', 少于: '<',
  等于: '=',
  // "reach 95 %" sets a floor, not an exact value.
  达到: '>=',
};

/** Comparison written after the number and unit (`95%以上`, `10次以下`). */
export const SUFFIX_OPERATORS: Readonly<Record<string, Operator>> = {
  以上: '>=', 及以上: '>=', 或以上: '>=',
  以下: '<=', 及以下: '<=', 或以下: '<=', 以内: '<=',
};

/** Prefixes that only say "this is the target" and so give way to a written 以上/以下. */
export const WEAK_PREFIXES: ReadonlySet<string> = new Set(['达到', '=', '等于']);

export function directionOf(op: Operator): Direction {
  if (op === '>=' || op === '>') return 'positive';
  if (op === '<=' || op === '<') return 'reverse';
  return 'equal';
}

/** The symbol a message shows for an operator. */
export const OPERATOR_SYMBOLS: Readonly<Record<Operator, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** What a 计算符号 or 指标方向 cell says: a comparison, or that the target is qualitative. */
export type OperatorCell = { kind: 'operator'; operator: Operator } | { kind: 'qualitative' } | { kind: 'none' };

const QUALITATIVE_WORDS: ReadonlySet<string> = new Set(['定性', '定性指标']);
/** 指标方向 words: 正向 / 反向 name a direction, not an operator; `≥` and `≤` stand for them. */
const DIRECTION_WORDS: Readonly<Record<string, Operator>> = { 正向: '>=', 正向指标: '>=', 反向: '<=', 反向指标: '<=' };

export function readOperatorCell(text: string): OperatorCell {
  const t = compactText(text);
  if (t === '') return { kind: 'none' };
  if (QUALITATIVE_WORDS.has(t)) return { kind: 'qualitative' };
  const op = PREFIX_OPERATORS[t] ?? DIRECTION_WORDS[t];
  return op === undefined ? { kind: 'none' } : { kind: 'operator', operator: op };
}

/** What a 指标性质 cell says. */
export function readNatureCell(text: string): 'quantitative' | 'qualitative' | null {
  const t = compactText(text);
  if (t === '定量' || t === '定量指标') return 'quantitative';
  if (QUALITATIVE_WORDS.has(t)) return 'qualitative';
  return null;
}
