/**
 * The indicator taxonomy (domain.md §2): 一级 → allowed 二级, in the classic layout and the
 * post-2021 one where 成本指标 is a 一级 of its own. Provinces name the same levels differently
 * (`效果指标`, `项目产出`), and some forms follow another framework altogether (部门整体: 投入, 过程);
 * those are accepted as the framework's own, never flagged as a taxonomy error.
 */
import { z } from 'zod';
import { labelBase, labelHints } from './label-text';

export const Level1Schema = z.enum(['产出指标', '效益指标', '满意度指标', '成本指标']);
export type Level1 = z.infer<typeof Level1Schema>;
export const LEVEL1_NAMES: readonly Level1[] = Level1Schema.options;

export const TAXONOMY: Readonly<Record<Level1, readonly string[]>> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

/** Other names of the same first levels. */
const LEVEL1_ALIASES: Readonly<Record<Level1, readonly string[]>> = {
  产出指标: ['产出', '项目产出', '产出目标'],
  效益指标: ['效益', '效果指标', '效果', '项目效益', '效益目标'],
  满意度指标: ['满意度', '服务对象满意度', '服务对象满意度指标', '社会公众或服务对象满意度', '满意度目标'],
  成本指标: ['成本', '项目成本'],
};

/** First levels of other frameworks (部门整体支出绩效评价: 投入, 过程, 履职效能, …). */
const FRAMEWORK_LEVEL1 = ['投入指标', '过程指标', '决策指标', '管理指标', '履职效能', '管理效率', '运行成本', '社会效应', '投入', '过程', '决策', '管理'];

/** Other names of the same second levels. */
const LEVEL2_ALIASES: Readonly<Record<string, readonly string[]>> = {
  服务对象满意度指标: ['满意度指标', '服务对象满意度', '社会公众或服务对象满意度', '满意度'],
  生态环境成本指标: ['生态成本指标', '生态环境成本'],
  可持续影响指标: ['可持续影响', '可持续发展指标'],
};

const TRAILING_POINTS = /\d+(?:\.\d+)?分$/u;
const identity = (text: string) => labelBase(text).replace(TRAILING_POINTS, '');

const LEVEL1_BY_NAME = new Map<string, Level1>();
for (const l1 of LEVEL1_NAMES) {
  for (const name of [l1, ...LEVEL1_ALIASES[l1]]) LEVEL1_BY_NAME.set(identity(name), l1);
}
const FRAMEWORK = new Set(FRAMEWORK_LEVEL1.map(identity));

const LEVEL2_BY_NAME = new Map<string, string>();
const LEVEL2_PARENT = new Map<string, Level1>();
for (const l1 of LEVEL1_NAMES) {
  for (const l2 of TAXONOMY[l1]) {
    if (!LEVEL2_PARENT.has(l2)) LEVEL2_PARENT.set(l2, l1);
    for (const name of [l2, l2.replace(/指标$/u, ''), ...(LEVEL2_ALIASES[l2] ?? [])]) {
      if (!LEVEL2_BY_NAME.has(identity(name))) LEVEL2_BY_NAME.set(identity(name), l2);
    }
  }
}

/** A 一级 cell as read: `产出指标（50分）` is 产出指标 with weight 50. */
export interface Level1Reading {
  /** The taxonomy's 一级, or null when the cell names another (or none). */
  name: Level1 | null;
  /** A first level of another framework (投入, 过程): accepted as the form's own. */
  framework: boolean;
  /** Points printed in the cell. */
  weight: number | null;
}

export function readLevel1(text: string): Level1Reading {
  const id = identity(text);
  const points = labelHints(text).points ?? pointsAtEnd(text);
  return { name: LEVEL1_BY_NAME.get(id) ?? null, framework: FRAMEWORK.has(id), weight: points };
}

function pointsAtEnd(text: string): number | null {
  const m = /(\d+(?:\.\d+)?)分$/u.exec(labelBase(text));
  return m ? Number(m[1]) : null;
}

/** The taxonomy's 二级 name (`数量` → `数量指标`), or null when the text is none. */
export function level2Name(text: string): string | null {
  return LEVEL2_BY_NAME.get(identity(text)) ?? null;
}

/** The 一级 a 二级 belongs to (`数量指标` → 产出指标, `经济成本指标` → 成本指标). */
export function parentOf(level2: string): Level1 | null {
  return LEVEL2_PARENT.get(level2) ?? null;
}

export function allowedUnder(level1: Level1, level2: string): boolean {
  return TAXONOMY[level1].includes(level2);
}

/** The 一级 whose weight a level shares in the year-end score: 成本 shares 产出's (财预〔2020〕10号). */
export type WeightedLevel = '产出指标' | '效益指标' | '满意度指标';
export const WEIGHTED_LEVELS: readonly WeightedLevel[] = ['产出指标', '效益指标', '满意度指标'];
export function weightPool(level1: Level1): WeightedLevel {
  return level1 === '成本指标' ? '产出指标' : level1;
}

/** The short name (`产出`) the score and messages use. */
export function shortLevel1(level1: Level1): string {
  return level1.replace(/指标$/u, '');
}
