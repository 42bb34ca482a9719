import { normalizeLabel } from '../text';

/**
 * 一级 → allowed 二级 (domain.md §2): the classic layout, and the post-2021 one where 成本指标 is a
 * 一级 of its own with 经济/社会/生态环境成本指标.
 */
export const TAXONOMY: Record<string, readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};

export type Level1 = '产出指标' | '效益指标' | '满意度指标' | '成本指标';

/** `产出`, `产出指标`, `一、产出指标` all name 产出指标; null for anything else. */
export function level1Of(text: string | undefined): Level1 | null {
  const t = normalizeLabel(text ?? '').replace(/^[一二三四五六七八九十\d]+[、.]/, '');
  for (const key of Object.keys(TAXONOMY) as Level1[]) {
    if (t === key || t === key.replace(/指标$/, '')) return key;
  }
  return null;
}

/** The canonical 二级 name (`数量` → `数量指标`), or the text itself when it is not one. */
export function level2Of(text: string | undefined): string {
  const t = normalizeLabel(text ?? '');
  return LEVEL2_NAMES.get(t) ?? t;
}

/** Every 二级 name and its short form (`数量`), mapped to the name. */
const LEVEL2_NAMES = new Map(Object.values(TAXONOMY).flat().flatMap((l2) => [[l2, l2], [l2.replace(/指标$/, ''), l2]] as const));
