import { normalizeLabel } from '../text';

/**
 * Label aliases, by field. Templates differ by province and year in wording, not in substance
 * (domain.md §1.3), so every known wording of a field maps to one key. Aliases are written as
 * people type them and normalised once here.
 */
const PROJECT_LABEL_ALIASES = {
  code: ['项目编码', '项目代码', '项目编号'],
  name: ['项目名称'],
  department: ['主管部门', '实施单位', '预算单位', '单位名称'],
  budgetGroup: ['预算规模及资金用途', '资金情况（万元）', '资金情况', '项目资金（万元）', '项目资金', '资金规模'],
  budget: ['预算数', '年度资金总额', '资金总额', '项目资金总额', '年度预算数', '预算金额'],
  fiscal: ['其中：财政资金', '财政资金', '其中：财政拨款', '财政拨款', '其中：财政性资金'],
  other: ['其他资金', '自有资金', '其他', '单位自有资金', '其中：其他资金'],
  purpose: ['资金用途', '主要用途', '资金使用方向'],
  plan: ['资金支出计划（%）', '资金支出计划', '支出计划（%）', '资金支出进度计划（%）', '资金支出进度计划'],
  goal: ['绩效目标', '年度目标', '年度绩效目标', '总体目标', '项目绩效目标'],
  longGoal: ['长期目标'],
  execution: ['全年执行数', '实际执行数', '全年预算执行数'],
} as const;

const INDICATOR_COLUMN_ALIASES = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标', '指标内容', '三级指标名称', '指标名称'],
  description: ['绩效指标描述', '指标描述', '指标解释'],
  value: ['指标值', '目标值', '指标值（含计量单位）', '年度指标值'],
  basis: ['指标值确定依据', '确定依据', '指标值设定依据'],
  unit: ['计量单位', '单位'],
  remark: ['备注'],
  weight: ['权重', '分值', '指标分值', '指标权重'],
  actual: ['实际完成值', '实际值', '全年实际完成值', '实际完成情况'],
} as const;

const DEPARTMENT_COLUMN_ALIASES = {
  activity: ['职责活动', '职能职责', '部门职责', '职责', '活动'],
  budget: ['年度预算数', '预算数', '预算金额', '年度预算'],
  content: ['内容描述', '活动内容', '职责内容'],
  goal: ['绩效目标', '年度绩效目标'],
  indicator: ['绩效指标', '指标名称'],
  standard: ['评价标准', '评分标准'],
  优: ['优'],
  良: ['良'],
  中: ['中'],
  差: ['差'],
  actual: ['实际完成值', '实际值'],
} as const;

export type ProjectLabel = keyof typeof PROJECT_LABEL_ALIASES;
export type IndicatorColumn = keyof typeof INDICATOR_COLUMN_ALIASES;
export type DepartmentColumn = keyof typeof DEPARTMENT_COLUMN_ALIASES;

function index<K extends string>(aliases: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[]) {
    for (const alias of aliases[key]) map.set(normalizeLabel(alias), key);
  }
  return map;
}

export const PROJECT_LABELS = index(PROJECT_LABEL_ALIASES);
export const INDICATOR_COLUMNS = index(INDICATOR_COLUMN_ALIASES);
export const DEPARTMENT_COLUMNS = index(DEPARTMENT_COLUMN_ALIASES);

/** Title of a project table (`1.“三线”…绩效目标表`, `项目支出绩效目标申报表`). */
export function isProjectTitle(label: string): boolean {
  return label.length >= 4 && /绩效目标(申报|自评)?表$/.test(label) && !isDepartmentTitle(label);
}

/** Title of a department table (`部门整体绩效目标`, `…部门整体绩效目标表`). */
export function isDepartmentTitle(label: string): boolean {
  return /部门整体绩效目标(申报)?表?$/.test(label);
}

/** `单位：万元` or `单位:元` above a table: the unit its money cells are in. */
export function moneyUnitOf(label: string): '万元' | '元' | null {
  const m = /^(?:金额)?单位:?(万元|元)$/.exec(label);
  return m ? (m[1] as '万元' | '元') : null;
}
