/**
 * The labels the add-in itself writes beside a table (design.md, "What is written into the
 * sheet"), exactly as other tools expect them. The recognizer keeps them out of table ranges; the
 * write plan writes them.
 */

/** Headers of the owned columns, in the indicator header row. */
export const OWNED_HEADER = {
  actual: '实际完成值',
  score: '得分',
  grade: '等级',
  result: '检查结果',
  /** A self-evaluation table's own 得分, scored again by the engine's rules. */
  checkedScore: '核算得分',
} as const;

/** Labels of a project table's totals block, in its rows, top down. */
export const TOTAL_LABEL = {
  execution: '全年执行数',
  rate: '预算执行率',
  executionScore: '执行率得分',
  total: '总分',
  grade: '等级',
} as const;

/**
 * 总分 of a project table while actual values are still being typed (`已填 1/9`): no score or grade
 * until every set indicator has one. The in-sheet 总分 formula builds the same text.
 */
export const FILLED_PREFIX = '已填 ';
export function filledLabel(filled: number, of: number): string {
  return `${FILLED_PREFIX}${filled}/${of}`;
}

/** The summary sheet the add-in adds; the hidden sheet that records what it wrote. */
export const SUMMARY_SHEET = '检查汇总';
export const RECORD_SHEET = '_检查记录';
