/**
 * Column roles of the grids a table holds, and every wording the templates print for each header.
 * A grid's column is known by its role, whatever the header says (templates.md: the value column is
 * 指标值, 年度指标值 or 当年预期实现值; the name column 三级指标, 三级指标名称 or 指标内容).
 */
import { labelBase } from './label-text';
import { periodOf, type Period } from './periods';

/** The indicator grid: 一级 → 二级 → 三级 → 指标值, and the columns templates add around them. */
export const INDICATOR_ROLES = [
  'level1', 'level2', 'level3', 'description', 'operator', 'value', 'unit', 'direction', 'nature', 'weight', 'basis',
  'remark', 'actual', 'score', 'deduction', 'completion', 'deviation', 'current', 'feasibility', 'forecast',
] as const;
export type IndicatorRole = (typeof INDICATOR_ROLES)[number];

/** The seed's 部门整体绩效目标 grid: 职责活动 | 年度预算数 | 内容描述 | 绩效目标 | 绩效指标 | 评价标准 (优良中差). */
export const DEPARTMENT_ROLES = ['activity', 'budget', 'content', 'goal', 'indicator', 'standard', '优', '良', '中', '差', 'actual'] as const;
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number];

/** The Ministry's 年度主要任务: 任务名称 | 主要内容 | 预算金额 (总额 | 财政拨款 | 其他资金). */
export const TASK_ROLES = ['taskName', 'taskContent', 'taskTotal', 'taskFiscal', 'taskOther'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];

/** A self-evaluation's 项目资金（万元）: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分. */
export const FUNDS_ROLES = ['initialBudget', 'annualBudget', 'executed', 'fundsWeight', 'rate', 'fundsScore'] as const;
export type FundsRole = (typeof FUNDS_ROLES)[number];

/** 项目实施进度计划: 项目实施内容 | 开始时间 | 完成时间. */
export const SCHEDULE_ROLES = ['stage', 'start', 'end'] as const;
export type ScheduleRole = (typeof SCHEDULE_ROLES)[number];

/** 项目预算成本构成 and 收入构成 / 支出构成: a part, its amount, its basis or share. */
export const PARTS_ROLES = ['partName', 'partAmount', 'partBasis', 'partShare', 'priorExecution'] as const;
export type PartsRole = (typeof PARTS_ROLES)[number];

export type GridKind = 'indicator' | 'department' | 'tasks' | 'funds' | 'schedule' | 'parts';
export type ColumnRole = IndicatorRole | DepartmentRole | TaskRole | FundsRole | ScheduleRole | PartsRole;

const INDICATOR_ALIASES: Readonly<Record<IndicatorRole, readonly string[]>> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标', '三级指标名称', '指标内容', '指标名称', '绩效指标名称'],
  description: ['绩效指标描述', '指标描述', '指标解释', '绩效标准', '指标说明', '指标定义'],
  operator: ['计算符号', '运算符号'],
  value: [
    '指标值', '目标值', '年度指标值', '中期指标值', '长期指标值', '实施期指标值', '当年预期实现值', '预期实现值', '指标目标值',
    '年度目标值', '中期目标值', '实施期目标值', '年初目标值',
  ],
  unit: ['计量单位', '度量单位'],
  direction: ['指标方向'],
  nature: ['指标性质'],
  weight: ['分值', '权重', '指标分值', '指标权重'],
  basis: ['指标值确定依据', '确定依据', '指标值设定依据', '指标值依据', '取值依据'],
  remark: ['备注'],
  actual: ['实际完成值', '全年实际值', '全年实际完成值', '实际值'],
  score: ['得分', '指标得分', '自评得分'],
  deduction: ['扣减分数', '扣分'],
  completion: ['完成情况简要描述', '完成情况说明'],
  deviation: ['偏差原因分析及改进措施', '未完成原因及拟采取的改进措施', '偏差原因及改进措施', '偏差原因说明', '偏差原因', '未完成原因分析'],
  current: ['当前完成值', '累计完成值', '截至目前完成值'],
  feasibility: ['完成可能性分析', '完成可能性', '全年完成可能性'],
  forecast: ['全年预计完成情况', '全年预计完成值', '预计完成值'],
};

/** Monitoring headers that carry the month: `1-6月执行情况`, `1—9月完成情况`. */
const CURRENT_PATTERN = /^1[-—–~至]\d{1,2}月(?:执行|完成)(?:情况|值|数)$/u;

const DEPARTMENT_ALIASES: Readonly<Record<DepartmentRole, readonly string[]>> = {
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
};

const TASK_ALIASES: Readonly<Record<TaskRole, readonly string[]>> = {
  taskName: ['任务名称', '主要任务名称'],
  taskContent: ['主要内容', '任务内容'],
  taskTotal: ['总额', '合计金额'],
  taskFiscal: ['财政拨款', '财政资金'],
  taskOther: ['其他资金', '其它资金'],
};

const FUNDS_ALIASES: Readonly<Record<FundsRole, readonly string[]>> = {
  initialBudget: ['年初预算数'],
  annualBudget: ['全年预算数', '调整后预算数', '预算数'],
  executed: ['全年执行数', '执行数'],
  fundsWeight: ['分值'],
  rate: ['执行率', '预算执行率'],
  fundsScore: ['得分'],
};

const SCHEDULE_ALIASES: Readonly<Record<ScheduleRole, readonly string[]>> = {
  stage: ['项目实施内容', '实施内容', '实施步骤', '工作内容', '项目实施进度内容'],
  start: ['开始时间', '起始时间', '计划开始时间'],
  end: ['完成时间', '结束时间', '截止时间', '计划完成时间'],
};

const PARTS_ALIASES: Readonly<Record<PartsRole, readonly string[]>> = {
  partName: ['成本项目', '构成明细', '支出内容', '收入项目', '支出项目'],
  partAmount: ['金额', '预算金额'],
  partBasis: ['测算依据', '计算依据'],
  partShare: ['占比', '比重', '所占比例'],
  priorExecution: ['上年实际执行数', '上年执行数', '以前年度实际执行数', '实际执行数'],
};

export interface ColumnLabel<R extends ColumnRole = ColumnRole> {
  role: R;
  /** The period the header names (`年度指标值`, `实施期指标值`), when it names one. */
  period: Period | null;
}

function index<R extends string>(aliases: Readonly<Record<R, readonly string[]>>): Map<string, R> {
  const map = new Map<string, R>();
  for (const role of Object.keys(aliases) as R[]) for (const alias of aliases[role]) map.set(labelBase(alias), role);
  return map;
}

const INDICATOR = index(INDICATOR_ALIASES);
const DEPARTMENT = index(DEPARTMENT_ALIASES);
const TASKS = index(TASK_ALIASES);
const FUNDS = index(FUNDS_ALIASES);
const SCHEDULE = index(SCHEDULE_ALIASES);
const PARTS = index(PARTS_ALIASES);

function reader<R extends ColumnRole>(map: Map<string, R>, pattern?: readonly [RegExp, R]) {
  return (text: string): ColumnLabel<R> | null => {
    const base = labelBase(text);
    const role = map.get(base) ?? (pattern && pattern[0].test(base) ? pattern[1] : undefined);
    return role === undefined ? null : { role, period: periodOf(base) };
  };
}

export const indicatorColumn = reader(INDICATOR, [CURRENT_PATTERN, 'current']);
export const departmentColumn = reader(DEPARTMENT);
export const taskColumn = reader(TASKS);
export const fundsColumn = reader(FUNDS);
export const scheduleColumn = reader(SCHEDULE);
export const partsColumn = reader(PARTS);

/** Header names for messages. */
export const INDICATOR_ROLE_NAMES: Readonly<Record<IndicatorRole, string>> = {
  level1: '一级指标', level2: '二级指标', level3: '三级指标', description: '绩效指标描述', operator: '计算符号',
  value: '指标值', unit: '计量单位', direction: '指标方向', nature: '指标性质', weight: '分值', basis: '指标值确定依据',
  remark: '备注', actual: '实际完成值', score: '得分', deduction: '扣减分数', completion: '完成情况',
  deviation: '偏差原因', current: '当前完成值', feasibility: '完成可能性分析', forecast: '全年预计完成情况',
};
