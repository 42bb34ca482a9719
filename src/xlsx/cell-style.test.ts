import { recordedFill, recordedStyle } from './cell-style';

describe('fills and styles read from a record of either host', () => {
  const solid = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

  it('keep the ExcelJS shape and drop what the Office.js host adds', () => {
    expect(recordedFill({ ...solid, officeJs: { color: '#FFC7CE' } })).toEqual(solid);
    expect(recordedStyle({ numFmt: '0%', fill: { ...solid, officeJs: {} } })).toEqual({ numFmt: '0%', fill: solid });
  });

  it('read anything else as no fill, no style', () => {
    expect(recordedFill(null)).toBeNull();
    expect(recordedFill('#FFC7CE')).toBeNull();
    expect(recordedStyle({ font: { bold: true }, fill: 'odd' })).toEqual({ font: { bold: true } });
    expect(recordedStyle(undefined)).toEqual({});
  });
});
