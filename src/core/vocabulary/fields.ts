/**
 * The fields of a table outside its grids, and every wording the templates print for each
 * (templates.md, domain.md §1). A label is matched by its base (label-text.ts), so `项目资金（万元）`,
 * `其中：财政拨款` and `*项目名称：` need no aliases of their own. Adding a template's wording of a
 * known field is one entry here.
 */
import { labelBase } from './label-text';
import { periodOf, type Period } from './periods';

/** One-cell texts: the value is the cell right of the label, or the one below it. */
export const TEXT_FIELDS = [
  'name', 'code', 'department', 'departmentCode', 'implementer', 'unitName', 'attribute', 'category', 'nature',
  'projectPeriod', 'manager', 'phone', 'startEnd', 'approvalBasis', 'purpose', 'unitFunctions', 'overview',
  'feasibility', 'necessity', 'measures', 'otherNotes', 'review', 'selfGrade',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Target texts. `goal` is the one-period 绩效目标 / 总体目标; the others name their period or role. */
export const GOAL_FIELDS = ['goal', 'annualGoal', 'midGoal', 'longGoal', 'implementationGoal', 'goalExpected', 'goalResult'] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/** A money block's total and its sources (资金总额 = the sum of its sources, however many). */
export const MONEY_PARTS = ['total', 'fiscal', 'ownFunds', 'businessIncome', 'operatingIncome', 'carryOver', 'other'] as const;
export type MoneyPart = (typeof MONEY_PARTS)[number];
export type MoneySource = Exclude<MoneyPart, 'total'>;

/** Labels that head a block of other labels and hold no value of their own. */
export const GROUP_FIELDS = ['moneyGroup', 'approvalGroup', 'indicatorGroup', 'tasksGroup', 'scheduleGroup', 'costGroup', 'incomeGroup', 'spendingGroup'] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

export const FIELD_KEYS = [...TEXT_FIELDS, ...GOAL_FIELDS, ...MONEY_PARTS, ...GROUP_FIELDS, 'plan', 'execution'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export interface FieldLabel {
  key: FieldKey;
  /** The period the label names (`中期资金总额`, `年度目标`), when it names one. */
  period: Period | null;
}

const ALIASES: Readonly<Record<FieldKey, readonly string[]>> = {
  name: ['项目名称', '项目全称'],
  code: ['项目编码', '项目代码', '项目编号'],
  department: ['主管部门', '主管部门及代码', '主管单位', '主管部门名称'],
  departmentCode: ['主管部门编码', '主管部门代码'],
  implementer: ['实施单位', '项目实施单位', '预算单位'],
  unitName: ['部门名称', '单位名称', '部门单位名称'],
  attribute: ['项目属性'],
  category: ['项目类别', '项目类型'],
  nature: ['项目性质'],
  projectPeriod: ['项目期', '项目周期'],
  manager: ['项目负责人'],
  phone: ['联系电话'],
  startEnd: ['项目起止时间', '起止时间', '项目实施期限'],
  approvalBasis: ['立项依据', '项目立项依据'],
  purpose: ['资金用途', '主要用途', '资金使用方向'],
  unitFunctions: ['单位职能概述', '单位职能', '部门职能概述'],
  overview: ['项目概况', '项目概述', '项目基本情况'],
  feasibility: ['可行性', '项目可行性'],
  necessity: ['必要性', '项目必要性'],
  measures: ['保障绩效目标实现措施', '保障措施', '绩效目标实现保障措施'],
  otherNotes: ['其他说明的问题', '其他需要说明的问题', '其他说明事项'],
  review: ['主管部门审核意见', '审核意见', '财政部门审核意见'],
  selfGrade: ['自评等级', '自评结论', '评价结论', '绩效评价等级', '自评结果'],
  goal: ['绩效目标', '总体目标', '年度总体目标', '项目绩效目标', '年度绩效目标', '部门整体绩效目标'],
  annualGoal: ['年度目标', '本年度目标'],
  midGoal: ['中期目标'],
  longGoal: ['长期目标', '总目标'],
  implementationGoal: ['实施期目标'],
  goalExpected: ['预期目标', '年初设定目标'],
  goalResult: ['实际完成情况', '年度总体目标完成情况综述', '目标完成情况', '总体目标完成情况'],
  total: ['预算数', '资金总额', '年度资金总额', '中期资金总额', '实施期资金总额', '项目资金总额', '年度预算数', '预算金额', '项目总预算', '年度财政资金总额'],
  fiscal: ['财政资金', '财政拨款', '财政性资金', '当年财政拨款', '本年财政拨款', '财政资金拨款', '市财政资金', '县财政资金', '省级财政资金'],
  ownFunds: ['自有资金', '单位自有资金'],
  businessIncome: ['事业收入'],
  operatingIncome: ['经营性收入', '经营收入'],
  carryOver: ['上年结转资金', '上年结转'],
  other: ['其他资金', '其它资金', '其他', '其它'],
  moneyGroup: ['预算规模及资金用途', '资金情况', '项目资金', '资金规模', '项目资金申请', '资金来源', '预算执行情况', '项目预算'],
  approvalGroup: ['项目立项情况'],
  indicatorGroup: ['绩效指标', '年度绩效指标', '长期绩效指标', '中期绩效指标', '实施期绩效指标', '总目标绩效指标', '本年度绩效指标'],
  tasksGroup: ['年度主要任务', '主要任务'],
  scheduleGroup: ['项目实施进度计划', '实施进度计划', '项目进度计划'],
  costGroup: ['项目预算成本构成', '预算成本构成', '成本构成'],
  incomeGroup: ['收入构成'],
  spendingGroup: ['支出构成'],
  plan: ['资金支出计划', '支出计划', '资金支出进度计划'],
  execution: ['全年执行数', '实际执行数', '全年预算执行数'],
};

const BY_BASE = new Map<string, FieldKey>();
for (const key of Object.keys(ALIASES) as FieldKey[]) {
  for (const alias of ALIASES[key]) BY_BASE.set(labelBase(alias), key);
}

/** The field a label names, and the period it names if any; null for anything else. */
export function fieldLabel(text: string): FieldLabel | null {
  const base = labelBase(text);
  const key = BY_BASE.get(base);
  return key === undefined ? null : { key, period: periodOf(base) };
}

export function isTextField(key: FieldKey): key is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(key);
}

export function isGoalField(key: FieldKey): key is GoalField {
  return (GOAL_FIELDS as readonly string[]).includes(key);
}

export function isMoneyPart(key: FieldKey): key is MoneyPart {
  return (MONEY_PARTS as readonly string[]).includes(key);
}

export function isGroupField(key: FieldKey): key is GroupField {
  return (GROUP_FIELDS as readonly string[]).includes(key);
}

/** The period a goal field is for, when its key says it. */
export const GOAL_PERIODS: Readonly<Partial<Record<GoalField, Period>>> = {
  annualGoal: 'annual',
  midGoal: 'mid',
  longGoal: 'long',
  implementationGoal: 'implementation',
};

/** Field names as people call them, for messages. */
export const FIELD_NAMES: Readonly<Record<FieldKey, string>> = {
  name: '项目名称', code: '项目编码', department: '主管部门', departmentCode: '主管部门编码', implementer: '实施单位',
  unitName: '部门（单位）名称', attribute: '项目属性', category: '项目类别', nature: '项目性质', projectPeriod: '项目期',
  manager: '项目负责人', phone: '联系电话', startEnd: '项目起止时间', approvalBasis: '立项依据', purpose: '资金用途',
  unitFunctions: '单位职能概述', overview: '项目概况', feasibility: '可行性', necessity: '必要性',
  measures: '保障绩效目标实现措施', otherNotes: '其他说明的问题', review: '主管部门审核意见', selfGrade: '自评等级',
  goal: '绩效目标', annualGoal: '年度目标', midGoal: '中期目标', longGoal: '长期目标', implementationGoal: '实施期目标',
  goalExpected: '预期目标', goalResult: '目标实际完成情况',
  total: '预算数', fiscal: '财政资金', ownFunds: '自有资金', businessIncome: '事业收入', operatingIncome: '经营性收入',
  carryOver: '上年结转资金', other: '其他资金',
  moneyGroup: '资金情况', approvalGroup: '项目立项情况', indicatorGroup: '绩效指标', tasksGroup: '年度主要任务',
  scheduleGroup: '项目实施进度计划', costGroup: '项目预算成本构成', incomeGroup: '收入构成', spendingGroup: '支出构成',
  plan: '资金支出计划', execution: '全年执行数',
};
