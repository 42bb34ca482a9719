import { excelSerial } from './excel-serial';
import { renderCellText } from './render-cell-text';

/** ExcelJS's Date for a date cell: the UTC instant of the displayed wall-clock time. */
const utc = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

describe('renderCellText', () => {
  test.each<[number, string, string]>([
    [0.25, '0%', '25%'],
    [0.123, '0.0%', '12.3%'],
    [64.39, '0.00', '64.39'],
    [3, 'General', '3'],
    [1234.5, '#,##0.00', '1,234.50'],
    [1234.5, '#,##0', '1,235'],
    [12.5, '#,##0.00"万元"', '12.50万元'],
    [1, '"¥"#,##0.00', '¥1.00'],
    [1, '[$¥-804]#,##0.00', '¥1.00'],
    [-5, '#,##0.00_);[Red]\\(#,##0.00\\)', '(5.00)'],
    [-2, '0.00;[Red]-0.00', '-2.00'],
    [12345, '0.00E+00', '1.23E+04'],
    [1.5, '# ?/?', '1 1/2'],
    [1234.5, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ', ' 1,234.50 '],
    [0, '0.00;;;', ''],
    [12, '@', '12'],
  ])('%p with %p shows %p', (value, numFmt, expected) => {
    expect(renderCellText(value, numFmt)).toBe(expected);
  });

  test('General shows long decimals the way Excel does', () => {
    expect(renderCellText(0.1 + 0.2, 'General')).toBe('0.3');
    expect(renderCellText(1 / 3, 'General')).toBe('0.333333333');
    expect(renderCellText(123456789012, 'General')).toBe('1.23457E+11');
    expect(renderCellText(1234567.891, 'General')).toBe('1234567.891');
    expect(renderCellText(-1e-10, 'General')).toBe('-1E-10');
  });

  test('an empty format is General', () => {
    expect(renderCellText(0.1 + 0.2, '')).toBe('0.3');
    expect(renderCellText(7, '  ')).toBe('7');
  });

  test('dates from ExcelJS are formatted as serials with the cell format', () => {
    expect(renderCellText(utc(2023, 3, 15), 'yyyy"年"m"月"d"日"')).toBe('2023年3月15日');
    expect(renderCellText(utc(2023, 3, 15), 'yyyy年m月d日')).toBe('2023年3月15日');
    expect(renderCellText(utc(2023, 3, 15), 'yyyy"年"m"月"')).toBe('2023年3月');
    expect(renderCellText(utc(2023, 3, 15, 12, 30), 'yyyy/m/d h:mm')).toBe('2023/3/15 12:30');
    expect(renderCellText(utc(2023, 3, 15), '[$-804]yyyy"年"m"月"d"日";@')).toBe('2023年3月15日');
    expect(renderCellText(45000, 'yyyy-mm-dd')).toBe('2023-03-15');
  });

  test('a date outside Excel’s calendar shows hashes, as in Excel', () => {
    expect(renderCellText(-1, 'yyyy-mm-dd')).toMatch(/^#+$/);
  });

  test('booleans, strings and blanks', () => {
    expect(renderCellText(true, 'General')).toBe('TRUE');
    expect(renderCellText(false, '0.00')).toBe('FALSE');
    expect(renderCellText('项目名称', 'General')).toBe('项目名称');
    expect(renderCellText('abc', '0.00')).toBe('abc');
    expect(renderCellText('  a  ', '@')).toBe('  a  ');
    expect(renderCellText(null, '0.00')).toBe('');
  });

  test('strings go through the text section of the format, as in Excel', () => {
    expect(renderCellText('12', '@"万元"')).toBe('12万元');
    expect(renderCellText('abc', '0.00;-0.00;0;"备注："@')).toBe('备注：abc');
  });

  test('a format numfmt cannot parse falls back to General instead of throwing', () => {
    for (const bad of ['[', '\\', '0.00"', 'bogus[[', '0.0.0.0;;;;;;']) {
      expect(renderCellText(0.1 + 0.2, bad)).toBe('0.3');
      expect(renderCellText('文本', bad)).toBe('文本');
    }
  });

  test('an invalid date renders as blank', () => {
    expect(renderCellText(new Date(NaN), 'yyyy-mm-dd')).toBe('');
  });
});

describe('excelSerial', () => {
  test('maps ExcelJS dates back to the serial in either date system', () => {
    expect(excelSerial(utc(2023, 3, 15))).toBe(45000);
    expect(excelSerial(utc(2023, 3, 15, 12))).toBe(45000.5);
    expect(excelSerial(utc(2023, 3, 15), true)).toBe(45000 - 1462);
    expect(excelSerial(new Date(NaN))).toBeNull();
  });
});
