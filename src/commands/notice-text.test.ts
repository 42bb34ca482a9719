import type { CheckOutcome } from '../addin/addin-host';
import { ExcelHostError } from '../excel/host-error';
import { checkFailedNotice, checkNotice, clearFailedNotice, clearNotice } from './notice-text';

function outcome(summary: CheckOutcome['report']['summary'], problems = 0): CheckOutcome {
  return {
    report: { schemaVersion: 1, file: 'x.xlsx', tables: [], findings: [], summary },
    sheet: null,
    problems: Array.from({ length: problems }, (_, i) => ({ sheet: 'S', table: 't1', row: i + 1, col: 9, message: 'occupied' })),
    summarySheet: '检查汇总',
  };
}

describe('notice text', () => {
  it('counts what the check found, in Chinese or English', () => {
    const found = outcome({ tables: 40, errors: 16, warnings: 30, infos: 5 });
    expect(checkNotice(found, 'zh')).toBe('检查完成：16 个错误，30 个警告，5 个提示，共 40 张表');
    expect(checkNotice(found, 'en')).toBe('Check finished: 16 errors, 30 warnings, 5 infos in 40 tables');
  });

  it('says when there were no tables, and when results could not be written', () => {
    expect(checkNotice(outcome({ tables: 0, errors: 0, warnings: 0, infos: 0 }), 'zh')).toBe('没有找到绩效目标表');
    expect(checkNotice(outcome({ tables: 2, errors: 1, warnings: 0, infos: 0 }, 3), 'zh'))
      .toBe('检查完成：1 个错误，0 个警告，0 个提示，共 2 张表，3 处检查结果未能写入');
    expect(checkNotice(outcome({ tables: 2, errors: 1, warnings: 0, infos: 0 }, 3), 'en'))
      .toBe('Check finished: 1 errors, 0 warnings, 0 infos in 2 tables, 3 results could not be written');
  });

  it('shows a host error in the one language asked for', () => {
    const error = new ExcelHostError('protected', '工作表受保护', 'The sheet is protected');
    expect(checkFailedNotice(error, 'zh')).toBe('检查未完成：工作表受保护');
    expect(checkFailedNotice(error, 'en')).toBe('The check did not finish: The sheet is protected');
    expect(clearFailedNotice(new Error('检查记录已损坏 / The record is corrupt'), 'en')).toBe('Clearing did not finish: The record is corrupt');
    expect(clearFailedNotice(new Error('检查记录已损坏 / The record is corrupt'), 'zh')).toBe('清除未完成：检查记录已损坏');
  });

  it('says whether there was anything to clear', () => {
    expect(clearNotice(true, 'zh')).toBe('已清除检查结果');
    expect(clearNotice(false, 'zh')).toBe('没有需要清除的检查结果');
    expect(clearNotice(false, 'en')).toBe('There were no results to clear');
  });
});
