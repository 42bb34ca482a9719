import type { Severity } from '../core/finding';

/** One text of the pane in both languages; `{name}` marks a slot filled by `fill`. */
interface Pair {
  zh: string;
  en: string;
}

const STRINGS = {
  check: { zh: '检查表格', en: 'Check tables' },
  scope: { zh: '检查范围', en: 'Scope' },
  scopeWorkbook: { zh: '整个工作簿', en: 'Whole workbook' },
  scopeSheet: { zh: '当前工作表', en: 'Current sheet' },
  clear: { zh: '清除检查结果', en: 'Clear results' },
  autoCheck: { zh: '自动检查', en: 'Auto check' },
  autoCheckHint: {
    zh: '开启后，您每改动一个单元格，稍停片刻就自动重新检查；关闭时，改动后结果会标为已过期',
    en: 'On: every change you make is checked again after a short pause. Off: after a change the results are marked out of date',
  },
  clearHint: { zh: '移除检查写入的列、底色、批注和「检查汇总」工作表', en: 'Removes the columns, fills, notes and the 检查汇总 sheet a check wrote' },
  firstRun: {
    zh: '检查会在每张表右侧加「实际完成值」「得分」「检查结果」列，给有问题的单元格填底色、加批注，并写入「检查汇总」工作表；点「清除检查结果」即可全部移除。',
    en: 'A check adds the 实际完成值, 得分 and 检查结果 columns beside each table, colours and annotates the cells with findings, and writes the 检查汇总 sheet; 清除检查结果 (Clear results) removes all of it.',
  },
  stale: { zh: '结果已过期：表格在检查后有改动，请重新检查', en: 'Out of date: the tables changed after the check; check again' },
  recheck: { zh: '重新检查', en: 'Check again' },
  settings: { zh: '设置', en: 'Settings' },
  stageRead: { zh: '正在读取工作表（已读 {done}/{total} 张）', en: 'Reading sheets ({done} of {total} read)' },
  stageCheck: { zh: '正在检查表格（已查 {done}/{total} 张）', en: 'Checking tables ({done} of {total} checked)' },
  stageWrite: { zh: '正在写入检查结果（已写 {done}/{total} 个单元格）', en: 'Writing results ({done} of {total} cells written)' },
  stageReadStarting: { zh: '正在读取工作表…', en: 'Reading sheets…' },
  stageCheckStarting: { zh: '正在检查表格…', en: 'Checking tables…' },
  stageWriteStarting: { zh: '正在写入检查结果…', en: 'Writing results…' },
  stageStarting: { zh: '正在开始检查…', en: 'Starting the check…' },
  loadingProfile: { zh: '正在读取设置…', en: 'Reading the settings…' },
  working: { zh: '正在处理…', en: 'Working…' },
  errorTitle: { zh: '出错了', en: 'Error' },
  dismiss: { zh: '关闭消息', en: 'Dismiss' },
  checkDone: {
    zh: '检查完成：{errors} 个错误，{warnings} 个警告，{infos} 个提示，共 {tables} 张表',
    en: 'Check finished: {errors} errors, {warnings} warnings, {infos} infos in {tables} tables',
  },
  checkFailed: { zh: '检查未完成：{detail}', en: 'The check did not finish: {detail}' },
  cleared: { zh: '已清除检查结果', en: 'Results cleared' },
  nothingToClear: { zh: '没有需要清除的检查结果', en: 'There were no results to clear' },
  typedTitle: { zh: '保留您填写的内容吗？', en: 'Keep what you typed?' },
  typedBody: {
    zh: '「实际完成值」「全年执行数」中有 {count} 项您填写的内容。保留：这些内容留在表中，成为您自己的单元格，其余检查结果照常清除，下次检查会继续使用它们。删除：连同这些内容一并删除。',
    en: 'There are {count} entries you typed into 实际完成值 and 全年执行数. Keep: they stay in the sheet as your own cells, the rest of the results is removed, and the next check uses them again. Remove: they are removed with the rest.',
  },
  typedKeep: { zh: '保留填写的内容', en: 'Keep my entries' },
  typedDrop: { zh: '一并删除', en: 'Remove them too' },
  typedCancel: { zh: '取消', en: 'Cancel' },
  summaryTitle: { zh: '检查摘要', en: 'Summary' },
  resultScopeWorkbook: { zh: '范围：整个工作簿', en: 'Scope: whole workbook' },
  resultScopeSheet: { zh: '范围：工作表「{sheet}」', en: 'Scope: sheet "{sheet}"' },
  summarySheetWritten: { zh: '结果已写入「{sheet}」工作表', en: 'Results written to sheet "{sheet}"' },
  countTables: { zh: '表格', en: 'Tables' },
  noTables: { zh: '没有找到绩效目标表', en: 'No performance target tables found' },
  planProblemsTitle: { zh: '{count} 处检查结果未能写入', en: '{count} results could not be written' },
  gradeChartTitle: { zh: '等级分布', en: 'Grades' },
  gradeChartLabel: { zh: '等级分布：{items}', en: 'Grade distribution: {items}' },
  gradeItem: { zh: '{grade} {count} 张', en: '{grade} {count}' },
  gradeUnscored: { zh: '未评分', en: 'Not scored' },
  listSeparator: { zh: '，', en: ', ' },
  findingsTitle: { zh: '检查发现', en: 'Findings' },
  search: { zh: '搜索发现', en: 'Search findings' },
  searchPlaceholder: { zh: '消息、规则、单元格或表名', en: 'Message, rule, cell or table' },
  severityFilter: { zh: '只显示所选的严重程度（都不选则全部显示）', en: 'Show only the selected severities (none selected: all)' },
  severityError: { zh: '错误', en: 'Error' },
  severityWarning: { zh: '警告', en: 'Warning' },
  severityInfo: { zh: '提示', en: 'Info' },
  filterCount: { zh: '{label}（{count}）', en: '{label} ({count})' },
  noFindings: { zh: '没有发现问题', en: 'No findings' },
  noMatches: { zh: '没有符合筛选条件的发现', en: 'No findings match the filter' },
  groupCount: { zh: '{count} 条', en: '{count} findings' },
  groupCounts: { zh: '{errors} 个错误，{warnings} 个警告，{infos} 个提示', en: '{errors} errors, {warnings} warnings, {infos} infos' },
  groupBy: { zh: '分组方式', en: 'Group by' },
  groupByTable: { zh: '按表格', en: 'By table' },
  groupByRule: { zh: '按规则', en: 'By rule' },
  expandAll: { zh: '全部展开', en: 'Expand all' },
  collapseAll: { zh: '全部收起', en: 'Collapse all' },
  walkPrevious: { zh: '上一个', en: 'Previous' },
  walkNext: { zh: '下一个', en: 'Next' },
  walkPreviousLabel: { zh: '上一个问题（先错误后警告）', en: 'Previous problem (errors, then warnings)' },
  walkNextLabel: { zh: '下一个问题（先错误后警告）', en: 'Next problem (errors, then warnings)' },
  walkPosition: { zh: '{index}/{total}', en: '{index}/{total}' },
  walkPositionNone: { zh: '—/{total}', en: '—/{total}' },
  ruleTooltip: { zh: '规则 {id}', en: 'Rule {id}' },
  currentFinding: { zh: '当前：{cell} {title}', en: 'Current: {cell} {title}' },
  groupScore: { zh: '{score} 分（{grade}）', en: 'Score {score} ({grade})' },
  groupFilled: { zh: '已填 {filled}/{of}', en: 'Filled {filled}/{of}' },
  unknownTable: { zh: '表格 {id}', en: 'Table {id}' },
  showMore: { zh: '显示更多（还有 {count} 条）', en: 'Show more ({count} more)' },
  applyFixLabel: { zh: '应用建议：把 {cell} 改为“{suggestion}”', en: 'Apply fix: change {cell} to "{suggestion}"' },
  applyFixTo: { zh: '应用建议：改为“{suggestion}”', en: 'Apply fix: “{suggestion}”' },
  applyRuleFixes: { zh: '全部应用（{count}）', en: 'Apply all ({count})' },
  applyRuleFixesLabel: { zh: '全部应用规则 {rule} 的 {count} 条建议', en: 'Apply all {count} fixes of rule {rule}' },
  bulkFixesTitle: { zh: '可批量应用的建议', en: 'Fixes to apply in bulk' },
  fixApplied: { zh: '已应用 {count} 条建议：{cells}', en: 'Applied {count} fixes: {cells}' },
  fixChanged: {
    zh: '{count} 个单元格在检查后已被修改，未应用建议：{cells}。请重新检查',
    en: '{count} cells changed since the check, so their fixes were not applied: {cells}. Check again',
  },
  fixAlready: { zh: '{count} 个单元格已是建议的内容：{cells}', en: '{count} cells already read the suggestion: {cells}' },
  undo: { zh: '撤销', en: 'Undo' },
  undoLabel: { zh: '撤销刚才改动的 {count} 个单元格', en: 'Undo the {count} cells just changed' },
  undone: { zh: '已撤销 {count} 个单元格的修改：{cells}', en: 'Undid the change of {count} cells: {cells}' },
  undoKept: {
    zh: '{count} 个单元格在应用建议后又被修改过，保留了现在的内容：{cells}',
    en: '{count} cells were changed again after the fix, so what they hold now was kept: {cells}',
  },
  confirmFixesTitle: { zh: '全部应用这些建议吗？', en: 'Apply all these fixes?' },
  confirmFixesBody: {
    zh: '将按「{rule}」的建议修改 {count} 个单元格：{cells}。检查后被改动过的单元格不会修改；应用后可点「撤销」恢复原来的内容。',
    en: '{count} cells will be changed to the suggestions of “{rule}”: {cells}. Cells changed since the check are left alone; 撤销 (Undo) puts the old texts back.',
  },
  confirmFixes: { zh: '修改 {count} 个单元格', en: 'Change {count} cells' },
  cancel: { zh: '取消', en: 'Cancel' },
  settingsTitle: { zh: '检查设置', en: 'Check settings' },
  budgetYear: { zh: '预算年度', en: 'Budget year' },
  budgetYearHint: { zh: '留空则按表格推断', en: 'Leave empty to infer it from the tables' },
  milestones: { zh: '序时进度节点', en: 'Spending milestones' },
  milestonesHint: {
    zh: '到该月底，累计支出应不低于预算的百分比',
    en: 'By the end of the month, at least this percentage of the budget should be spent',
  },
  milestoneMonth: { zh: '节点 {n} 月份', en: 'Milestone {n} month' },
  milestonePercent: { zh: '节点 {n} 最低百分比', en: 'Milestone {n} minimum percent' },
  monthSuffix: { zh: '月底', en: 'month end' },
  percentSuffix: { zh: '%', en: '%' },
  removeMilestone: { zh: '删除节点 {n}', en: 'Remove milestone {n}' },
  remove: { zh: '删除', en: 'Remove' },
  addMilestone: { zh: '添加节点', en: 'Add milestone' },
  ruleSeverities: { zh: '规则严重程度', en: 'Rule severity' },
  ruleSeverityLabel: { zh: '{title}（{id}）', en: '{title} ({id})' },
  familyRequired: { zh: '必填项', en: 'Required fields' },
  familyPlan: { zh: '资金支出计划', en: 'Disbursement plan' },
  familyBudget: { zh: '预算数', en: 'Budget' },
  familyIndicator: { zh: '绩效指标', en: 'Indicators' },
  familyDept: { zh: '部门整体预算', en: 'Department budget' },
  familyBand: { zh: '评价标准', en: 'Grading bands' },
  familyBasis: { zh: '指标值确定依据', en: 'Basis of target values' },
  familyCost: { zh: '成本指标', en: 'Cost indicators' },
  familyPeriod: { zh: '中期与年度目标', en: 'Mid-term and annual targets' },
  familyTarget: { zh: '绩效目标', en: 'Target text' },
  familySchedule: { zh: '实施进度计划', en: 'Schedule' },
  familySelf: { zh: '绩效自评', en: 'Self-evaluation' },
  familyMonitor: { zh: '运行监控', en: 'Monitoring' },
  settingOff: { zh: '关闭', en: 'Off' },
  settingDefault: { zh: '{label}（默认）', en: '{label} (default)' },
  save: { zh: '保存', en: 'Save' },
  resetDefaults: { zh: '恢复默认', en: 'Restore defaults' },
  close: { zh: '关闭', en: 'Close' },
  saved: { zh: '设置已保存，下次检查时生效', en: 'Settings saved; the next check uses them' },
  defaultsRestored: { zh: '已恢复默认值，保存后生效', en: 'Defaults restored; save to use them' },
  notSavedTitle: { zh: '设置未保存', en: 'The settings were not saved' },
  problemBudgetYear: {
    zh: '预算年度应为 2000–2100 之间的整数，或留空',
    en: 'The budget year must be a whole number from 2000 to 2100, or empty',
  },
  problemMonth: { zh: '第 {n} 个节点：月份应为 1–12 的整数', en: 'Milestone {n}: the month must be a whole number from 1 to 12' },
  problemPercent: { zh: '第 {n} 个节点：百分比应在 0–100 之间', en: 'Milestone {n}: the percent must be between 0 and 100' },
  problemDuplicateMonth: { zh: '第 {n} 个节点：{month} 月已有节点', en: 'Milestone {n}: month {month} already has a milestone' },
  problemOther: { zh: '设置无效：{detail}', en: 'Invalid setting: {detail}' },
  profileLoadFailed: {
    zh: '无法读取保存的设置，本次使用默认设置：{detail}',
    en: 'The saved settings could not be read, so the defaults are used: {detail}',
  },
} satisfies Record<string, Pair>;

export type StringKey = keyof typeof STRINGS;
export type PaneText = Readonly<Record<StringKey, string>>;
export type PaneLanguage = keyof Pair;

/** Both languages of every text, for the completeness test. */
export const ALL_STRINGS: Readonly<Record<StringKey, Pair>> = STRINGS;

/** Chinese for a Chinese Office (zh-CN, zh-TW, …), English for every other language. */
export function paneLanguage(displayLanguage: string): PaneLanguage {
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function strings(lang: PaneLanguage): PaneText {
  return Object.fromEntries(Object.entries(STRINGS).map(([key, pair]) => [key, pair[lang]])) as Record<StringKey, string>;
}

/** Fills `{name}` slots; a slot without a value stays visible, so a missing one shows in review. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export const SEVERITY_LABEL: Readonly<Record<Severity, StringKey>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};
