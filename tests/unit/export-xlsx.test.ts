import ExcelJS from 'exceljs';
import { meetingXlsxSheet } from '@/domain/export-xlsx';
import { MEETING_SHEET_HEADER, type MeetingSheetRow } from '@/domain/meeting-sheet';
import { buildXlsx, columnName, dateSerial } from '@/domain/xlsx';
import { crc32 } from '@/domain/zip-store';
import { activateLocale } from '@/i18n/i18n';

const row = (patch: Partial<MeetingSheetRow> = {}): MeetingSheetRow => ({
  date: '2026-10-20',
  session: 'Morning',
  start: '09:00',
  end: '09:20',
  table: 7,
  partner: 'Clúster Aeroespacial de Querétaro',
  state: 'Querétaro',
  sectors: 'Aerospace',
  score: 63.9,
  escaLabel: 'Gold (expired)',
  labelValidUntil: '2019-06-23',
  eccpMember: 'yes',
  website: 'https://aero.example.mx',
  contact: '',
  email: '',
  phone: '',
  outcome: '',
  outcomeNote: '',
  notes: '=HYPERLINK("http://evil","x")\nsecond line <&>',
  sources: 'Preparatory Briefing on Mexico (2019 edition) — Table 2',
  ...patch,
});

/** Reads the workbook back with an independent library, as a spreadsheet would. */
async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  return { workbook, sheet };
}

/** What the Download Excel button writes: the meeting sheet through the workbook writer. */
const buildMeetingXlsx = (rows: readonly MeetingSheetRow[]) => buildXlsx(meetingXlsxSheet(rows));

const col = (name: (typeof MEETING_SHEET_HEADER)[number]) => MEETING_SHEET_HEADER.indexOf(name) + 1;

describe('the meeting .xlsx read back with exceljs', () => {
  const unscheduled = row({ date: null, session: 'not scheduled', start: null, end: null, table: null, score: null });

  it('has one sheet with the header in bold and one row per meeting', async () => {
    const { workbook, sheet } = await readBack(buildMeetingXlsx([row(), unscheduled]));
    expect(workbook.worksheets).toHaveLength(1);
    expect(sheet.name).toBe('Meetings');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...MEETING_SHEET_HEADER]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(3);
  });

  it('writes numbers as numbers, dates as dates and times as times', async () => {
    const { sheet } = await readBack(buildMeetingXlsx([row()]));
    const r = sheet.getRow(2);
    const score = r.getCell(col('Score'));
    expect(score.type).toBe(ExcelJS.ValueType.Number);
    expect(score.value).toBe(63.9);
    expect(r.getCell(col('Table')).type).toBe(ExcelJS.ValueType.Number);
    expect(r.getCell(col('Table')).value).toBe(7);

    const date = r.getCell(col('Date'));
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect((date.value as Date).toISOString()).toBe('2026-10-20T00:00:00.000Z');
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect((r.getCell(col('Label valid until')).value as Date).toISOString()).toBe('2019-06-23T00:00:00.000Z');

    const start = r.getCell(col('Start'));
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect(start.numFmt).toBe('hh:mm');
    // A time of day is a fraction of day 0 (1899-12-30).
    expect((start.value as Date).toISOString()).toBe('1899-12-30T09:00:00.000Z');
    expect((r.getCell(col('End')).value as Date).toISOString()).toBe('1899-12-30T09:20:00.000Z');
  });

  it('writes text as text, exactly as typed: a formula-looking note is a string, never a formula', async () => {
    const { sheet } = await readBack(buildMeetingXlsx([row()]));
    const notes = sheet.getRow(2).getCell(col('Notes'));
    expect(notes.type).toBe(ExcelJS.ValueType.String);
    expect(notes.value).toBe('=HYPERLINK("http://evil","x")\nsecond line <&>');
    expect(notes.formula).toBeUndefined();
    expect(sheet.getRow(2).getCell(col('Partner')).value).toBe('Clúster Aeroespacial de Querétaro');
    expect(sheet.getRow(2).getCell(col('Notes')).alignment?.wrapText).toBe(true);
  });

  it('leaves gaps empty, not zero', async () => {
    const { sheet } = await readBack(buildMeetingXlsx([unscheduled]));
    const r = sheet.getRow(2);
    for (const name of ['Date', 'Start', 'End', 'Table', 'Score'] as const) {
      expect(r.getCell(col(name)).type).toBe(ExcelJS.ValueType.Null);
    }
    expect(r.getCell(col('Session')).value).toBe('not scheduled');
  });

  it('drops characters XML cannot hold instead of writing a broken file', async () => {
    const { sheet } = await readBack(buildMeetingXlsx([row({ notes: 'a\u0001b\u0000c\uD800 🚗\tend' })]));
    expect(sheet.getRow(2).getCell(col('Notes')).value).toBe('abc 🚗\tend');
  });

  describe('in Spanish', () => {
    beforeAll(() => activateLocale('es'));
    afterAll(() => activateLocale('en'));

    it('names the sheet and the columns in Spanish', async () => {
      const { sheet } = await readBack(buildMeetingXlsx([row()]));
      expect(sheet.name).toBe('Reuniones');
      expect(sheet.getRow(1).getCell(1).value).toBe('Fecha');
      expect(sheet.getRow(1).getCell(col('Score')).value).toBe('Puntuación');
    });
  });
});

describe('xlsx cell helpers', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i → %s', (i, name) => {
    expect(columnName(i)).toBe(name);
  });

  it.each([
    ['1899-12-31', 1],
    ['1900-03-01', 61],
    ['2026-10-20', 46315],
    ['20261020', null],
  ])('date serial of %s → %s', (iso, serial) => {
    expect(dateSerial(iso)).toBe(serial);
  });
});

describe('the stored zip under the workbook', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('is the same bytes for the same rows (no clock inside)', () => {
    expect(buildMeetingXlsx([row()])).toEqual(buildMeetingXlsx([row()]));
  });
});
