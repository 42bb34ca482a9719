import { listWorksheetParts } from './workbook-sheet-list';

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('listWorksheetParts', () => {
  test('maps sheet names to their parts in tab order, leaving out chart sheets', () => {
    const workbook = `<?xml version="1.0"?>
      <workbook xmlns:r="${RELS_NS}"><sheets>
        <sheet name="项目绩效目标表" sheetId="3" r:id="rId2"/>
        <sheet r:id="rId1" sheetId="1" name="R&amp;D &#x4E2D;"/>
        <sheet name="图表" sheetId="2" r:id="rId3"/>
      </sheets></workbook>`;
    const rels = `<Relationships>
      <Relationship Id="rId1" Type="${RELS_NS}/worksheet" Target="worksheets/sheet1.xml"/>
      <Relationship Target="/xl/worksheets/sheet2.xml" Type="${RELS_NS}/worksheet" Id="rId2"/>
      <Relationship Id="rId3" Type="${RELS_NS}/chartsheet" Target="chartsheets/sheet1.xml"/>
      <Relationship Id="rId4" Type="${RELS_NS}/styles" Target="styles.xml"/>
    </Relationships>`;
    expect(listWorksheetParts(workbook, rels)).toEqual([
      { name: '项目绩效目标表', path: 'xl/worksheets/sheet2.xml' },
      { name: 'R&D 中', path: 'xl/worksheets/sheet1.xml' },
    ]);
  });

  test('accepts namespace prefixes on elements, other relationship prefixes and relative targets', () => {
    const workbook = `<x:workbook xmlns:x="main" xmlns:rel="${RELS_NS}"><x:sheets>
      <x:sheet name='表一' sheetId='1' rel:id='a'/></x:sheets></x:workbook>`;
    const rels = `<Relationships><Relationship Id="a" Type="${RELS_NS}/worksheet" Target="./worksheets/../worksheets/s.xml"/></Relationships>`;
    expect(listWorksheetParts(workbook, rels)).toEqual([{ name: '表一', path: 'xl/worksheets/s.xml' }]);
  });

  test('missing relationships give no parts rather than an error', () => {
    expect(listWorksheetParts('<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>', '')).toEqual([]);
  });
});
