// The fixed parts of an Office Open XML workbook with one sheet (ECMA-376, SpreadsheetML): the
// package's content types and relationships, and the styles the cells refer to by index.
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHEET_ML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Style indexes into `cellXfs` below. */
export const XF = { plain: 0, header: 1, date: 2, time: 3, wrap: 4 } as const;

// XML 1.0 forbids most control characters even escaped, and a lone surrogate is no character at all
// (in a /u pattern, \p{Cs} matches only unpaired ones). Tabs and line breaks stay.
const NOT_XML = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;
const KEPT = new Set(['\t', '\n', '\r']);

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, (c) => (KEPT.has(c) ? c : ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Content types of a workbook with `sheets` worksheets. */
export const contentTypes = (sheets: number) =>
  `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${SHEET_ML}.sheet.main+xml"/>` +
  sheetNumbers(sheets)
    .map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${SHEET_ML}.worksheet+xml"/>`)
    .join('') +
  `<Override PartName="/xl/styles.xml" ContentType="${SHEET_ML}.styles+xml"/>` +
  `<Override PartName="/xl/sharedStrings.xml" ContentType="${SHEET_ML}.sharedStrings+xml"/>` +
  '</Types>';

const sheetNumbers = (sheets: number) => Array.from({ length: sheets }, (_, i) => i + 1);

export const ROOT_RELS =
  `${DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

/** Sheet n is relationship rIdn; styles and shared strings come after the sheets. */
export const workbookRels = (sheets: number) =>
  `${DECL}<Relationships xmlns="${PKG_REL}">` +
  sheetNumbers(sheets)
    .map((n) => `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`)
    .join('') +
  `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId${sheets + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
  '</Relationships>';

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise). */
export function workbookXml(sheetNames: readonly string[]): string {
  const sheets = sheetNames.map((sheetName, i) => {
    const name =
      sheetName
        .replace(/[[\]:*?/\\]/g, ' ')
        .slice(0, 31)
        .trim() || `Sheet${i + 1}`;
    return `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
  });
  return `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.join('')}</sheets></workbook>`;
}

const xf = (numFmt: number, font: number, extra = '') =>
  `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${extra}/>`;

// ISO date and 24-hour time formats: the same in every locale, as the CSV writes them.
export const STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="hh:mm"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  '<cellXfs count="5">' +
  xf(0, 0) +
  xf(0, 1, ' applyFont="1"') +
  xf(164, 0, ' applyNumberFormat="1"') +
  xf(165, 0, ' applyNumberFormat="1"') +
  xf(0, 0, ' applyAlignment="1"').replace('/>', '><alignment vertical="top" wrapText="1"/></xf>') +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export const SHEET_OPEN =
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
  // The header row stays in view while scrolling.
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/>';

export function sharedStringsXml(strings: readonly string[]): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('');
  return `${DECL}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}
