import { ExcelHostError } from '../../src/excel/host-error';
import { errorText } from '../../src/taskpane/error-text';

describe('error text', () => {
  it('takes the language asked for from an ExcelHostError', () => {
    const e = new ExcelHostError('protected', '工作表受保护 / 甲', 'The sheet is protected');
    expect(errorText(e, 'zh')).toBe('工作表受保护 / 甲');
    expect(errorText(e, 'en')).toBe('The sheet is protected');
  });

  it('splits an error written “中文 / English”', () => {
    const e = new Error('无法读取工作簿 / Cannot read the workbook / really');
    expect(errorText(e, 'zh')).toBe('无法读取工作簿');
    expect(errorText(e, 'en')).toBe('Cannot read the workbook / really');
  });

  it('shows any other error as it is', () => {
    expect(errorText(new Error('and / or'), 'zh')).toBe('and / or');
    expect(errorText('plain', 'en')).toBe('plain');
    // Full-width Latin is no Chinese.
    expect(errorText(new Error('ＯＫ / OK'), 'zh')).toBe('ＯＫ / OK');
  });
});
