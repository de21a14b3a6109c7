import { readXlsxSheets, ZipReadError } from '@/domain/xlsx-read';
import { buildXlsx } from '@/domain/xlsx';
import { zipStored } from '@/domain/zip-store';
import { zipDeflated } from '../fixtures/xlsx-deflated';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// Typical Excel parts: two sheets with rels in a different order from the tabs, shared strings with
// a rich-text run and a phonetic hint, a custom date format and a built-in time one, gaps by r=.
const EXCEL = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS} ${R}><workbookPr defaultThemeVersion="124226"/><sheets>
<sheet name="Participantes" sheetId="1" r:id="rId2"/><sheet name="Requests &amp; more" sheetId="2" r:id="rId1"/>
</sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId3" Type="styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-80A]dd/mm/yyyy;@"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="20"/><xf numFmtId="2"/></cellXfs></styleSheet>`,
  'xl/sharedStrings.xml': `<sst ${NS} count="4" uniqueCount="4"><si><t>name</t></si><si><t>date</t></si>
<si><r><rPr><b/></rPr><t>Clúster </t></r><r><t xml:space="preserve">Querétaro &lt;MX&gt;</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>`,
  'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData>
<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>start</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" s="2"><v>0.375</v></c></row>
<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" s="1"><v>46315</v></c><c r="D4" s="3"><v>0.30000000000000004</v></c><c r="E4" t="b"><v>1</v></c></row>
<row r="5"><c r="A5" t="str"><f>UPPER("x")</f><v>X</v></c><c r="B5"/></row>
</sheetData></worksheet>`,
  'xl/worksheets/sheet2.xml': `<worksheet ${NS}><sheetData/></worksheet>`,
};

describe('readXlsxSheets on an Excel-style workbook', () => {
  it('reads the sheets in tab order, following the relationships', async () => {
    const sheets = await readXlsxSheets(zipDeflated(EXCEL));
    expect(sheets.map((s) => s.name)).toEqual(['Participantes', 'Requests & more']);
    expect(sheets[1]!.rows).toEqual([]);
  });

  it('shows shared, rich and inline strings, dates, times, numbers, booleans and formulas', async () => {
    const [sheet] = await readXlsxSheets(zipDeflated(EXCEL));
    expect(sheet!.rows).toEqual([
      ['name', 'date', 'start'],
      ['Clúster Querétaro <MX>', '', '09:00'],
      [],
      ['東京', '2026-10-20', '', '0.3', 'TRUE'],
      ['X'],
    ]);
  });

  it('reads the same parts stored without compression', async () => {
    const utf8 = new TextEncoder();
    const stored = zipStored(Object.entries(EXCEL).map(([n, x]) => [n, utf8.encode(x)]));
    expect(await readXlsxSheets(stored)).toEqual(await readXlsxSheets(zipDeflated(EXCEL)));
  });

  it('counts days from 1904 when the workbook says so', async () => {
    const book = {
      ...EXCEL,
      'xl/workbook.xml': EXCEL['xl/workbook.xml'].replace('<workbookPr ', '<workbookPr date1904="1" '),
    };
    const [sheet] = await readXlsxSheets(zipDeflated(book));
    expect(sheet!.rows[3]![1]).toBe('2030-10-21');
  });
});

describe('readXlsxSheets on what the app writes', () => {
  it('reads back text, numbers, dates and times from the xlsx writer', async () => {
    const bytes = buildXlsx({
      name: 'Meetings',
      header: ['Partner', 'Table', 'Date', 'Start'],
      rows: [
        [
          { kind: 'text', value: 'Clúster "A" & <B>' },
          { kind: 'number', value: 7 },
          { kind: 'date', value: '2026-10-20' },
          { kind: 'time', value: 9 * 60 + 20 },
        ],
        [null, { kind: 'number', value: 63.9 }, null, { kind: 'time', value: 23 * 60 + 59 }],
      ],
    });
    expect(await readXlsxSheets(bytes)).toEqual([
      {
        name: 'Meetings',
        rows: [
          ['Partner', 'Table', 'Date', 'Start'],
          ['Clúster "A" & <B>', '7', '2026-10-20', '09:20'],
          ['', '63.9', '', '23:59'],
        ],
      },
    ]);
  });
});

describe('readXlsxSheets on what is no workbook', () => {
  it('rejects bytes that are no zip, and a zip without a workbook', async () => {
    await expect(readXlsxSheets(new TextEncoder().encode('name,side\nA,eu\n'))).rejects.toThrow(ZipReadError);
    await expect(readXlsxSheets(zipDeflated({ 'a.txt': 'x' }))).rejects.toMatchObject({ code: 'not-zip' });
  });

  it('rejects a damaged deflate stream', async () => {
    const bytes = zipDeflated(EXCEL);
    const at = new TextDecoder('latin1').decode(bytes).indexOf('xl/workbook.xml') + 'xl/workbook.xml'.length;
    bytes.fill(0xff, at, at + 40);
    await expect(readXlsxSheets(bytes)).rejects.toMatchObject({ code: 'inflate' });
  });
});
