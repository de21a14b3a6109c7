import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { EVENT_COLUMNS, PARTICIPANT_COLUMNS } from '@/domain/b2b/export-columns';
import { unplaceMeeting } from '@/domain/b2b/edit';
import { b2bCsv, b2bXlsxSheet } from '@/domain/b2b/export-files';
import { b2bMeetingUid, exportSequence, participantCalendar } from '@/domain/b2b/export-ics';
import { eventSheetRows, participantSheetRows } from '@/domain/b2b/export-sheet';
import { buildXlsx } from '@/domain/xlsx';
import { activateLocale } from '@/i18n/i18n';
import { B2B_INPUT, B2B_NAMES, b2bResult } from '../fixtures/b2b-result';

const { AV, SS, CM, QRO, NL, VER } = B2B_NAMES;
const result = b2bResult();
const parse = (csv: string, delimiter = ',') => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true, delimiter });
};
const calendarOf = (r = result, name: string = AV) =>
  participantCalendar(r, name, { eventId: 'seminar-2026', dtstamp: '20260101T120000Z', sequence: 7 });
const vevents = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

// Both files start with when and where.
const TIME_HEADER = ['Date', 'Session', 'Start', 'End', 'Table'];

afterEach(() => activateLocale('en'));

describe('the participant CSV', () => {
  it('has one row per meeting in time order, then the unscheduled ones with their reason', () => {
    const { data, meta, errors } = parse(b2bCsv(participantSheetRows(result, AV), PARTICIPANT_COLUMNS));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...TIME_HEADER, 'Meeting with', 'People', 'Website', 'Contact', 'Priority', 'Status']);
    const mine = result.schedule.scheduled.filter((m) => m.requester === AV || m.partner === AV);
    const lost = result.schedule.unscheduled.filter((m) => m.requester === AV);
    expect(data).toHaveLength(mine.length + lost.length);
    expect(data.slice(0, mine.length).map((r) => [r.Date, r.Start, r.End, r.Table, r['Meeting with']])).toEqual(
      mine.map((m) => [m.date, m.start, m.end, m.table, m.partner]),
    );
    const qro = data.find((r) => r['Meeting with'] === QRO);
    expect(qro?.Website).toBe('https://aero-qro.example.mx');
    expect(qro?.Priority).toBe('Must');
    expect(data.find((r) => r['Meeting with'] === NL)?.Website).toBe('not stated in the sources');
    for (const row of data.slice(mine.length)) {
      expect(row.Date).toBe('');
      expect(row.Status).toMatch(/^Not scheduled: /);
    }
  });

  it('quotes a name with a comma, keeps accents, and writes ";" files for decimal-comma spreadsheets', () => {
    const csv = b2bCsv(participantSheetRows(result, NL), PARTICIPANT_COLUMNS, ';');
    const { data } = parse(csv, ';');
    expect(data.map((r) => r['Meeting with'])).toContain(CM);
    expect(csv).toContain('Clúster Marítimo, Galicia');
  });

  it('gives the partner side the delegation people and contact; a "+" phone is written as typed', () => {
    const { data } = parse(b2bCsv(participantSheetRows(result, QRO), PARTICIPANT_COLUMNS));
    const av = data.find((r) => r['Meeting with'] === AV);
    expect(av?.People).toBe('Anne Dupont; Marc Leroy');
    expect(av?.Contact).toBe('anne@aerospace-valley.example');
    expect(data.find((r) => r['Meeting with'] === SS)?.Contact).toBe('+49 351 000 000');
  });

  it('is worded in Spanish when exported in Spanish', async () => {
    await activateLocale('es');
    const { meta, data } = parse(b2bCsv(participantSheetRows(result, AV), PARTICIPANT_COLUMNS));
    expect(meta.fields?.slice(0, 6)).toEqual(['Fecha', 'Sesión', 'Inicio', 'Fin', 'Mesa', 'Reunión con']);
    expect(data.at(-1)?.Estado).toMatch(/^Sin programar: /);
  });
});

describe('the whole-event CSV', () => {
  it('lists every requested pair once: the schedule, then what did not fit', () => {
    const { data, meta } = parse(b2bCsv(eventSheetRows(result), EVENT_COLUMNS));
    expect(meta.fields).toEqual([...TIME_HEADER, 'Requested by', 'Partner', 'Priority', 'Status']);
    expect(data).toHaveLength(B2B_INPUT.requests.length);
    expect(new Set(data.map((r) => `${r['Requested by']}|${r.Partner}`))).toEqual(
      new Set(B2B_INPUT.requests.map((r) => `${r.requester}|${r.partner}`)),
    );
    const first = result.schedule.scheduled[0]!;
    expect(data[0]).toMatchObject({ Date: first.date, Start: first.start, Table: first.table, Status: 'Scheduled' });
    expect(
      data.filter((r) => r.Session === 'Morning').length + data.filter((r) => r.Session === 'Afternoon').length,
    ).toBe(result.schedule.scheduled.length);
  });
});

describe('the .xlsx read back with exceljs', () => {
  it('writes dates as dates, times as times and table names as text', async () => {
    const bytes = buildXlsx(b2bXlsxSheet(AV, participantSheetRows(result, AV), PARTICIPANT_COLUMNS));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe(AV);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['Date', 'Session', 'Start', 'End', 'Table']);
    const first = result.schedule.scheduled.find((m) => m.requester === AV)!;
    const row = sheet.getRow(2);
    expect((row.getCell(1).value as Date).toISOString()).toBe(`${first.date}T00:00:00.000Z`);
    expect(row.getCell(3).numFmt).toBe('hh:mm');
    expect((row.getCell(3).value as Date).toISOString()).toBe(`1899-12-30T${first.start}:00.000Z`);
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(5).value).toBe(first.table);
    expect(sheet.rowCount).toBe(1 + participantSheetRows(result, AV).length);
  });
});

describe('the participant calendar read with ical.js', () => {
  it('has one entry per placed meeting, in the event time zone, with table and partner facts', () => {
    const events = vevents(calendarOf());
    const mine = result.schedule.scheduled.filter((m) => m.requester === AV);
    expect(events).toHaveLength(mine.length);
    const qro = events.find((e) => e.summary === `B2B meeting with ${QRO}`)!;
    const meeting = mine.find((m) => m.partner === QRO)!;
    expect(qro.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Mexico_City');
    expect(qro.startDate.toString()).toBe(`${meeting.date}T${meeting.start}:00`);
    expect(qro.endDate.toString()).toBe(`${meeting.date}T${meeting.end}:00`);
    expect(qro.location).toBe(`Table ${meeting.table}, Morning`);
    expect(qro.description).toContain('Website: https://aero-qro.example.mx');
    expect(qro.sequence).toBe(7);
  });

  it('gives a meeting the same UID in the requester and the partner calendar', () => {
    const av = vevents(calendarOf(result, AV)).find((e) => e.summary.endsWith(QRO))!;
    const qro = vevents(calendarOf(result, QRO)).find((e) => e.summary.endsWith(AV))!;
    expect(av.uid).toBe(qro.uid);
    expect(av.uid).toBe(b2bMeetingUid('seminar-2026', AV, QRO));
  });

  it('keeps every UID when a reschedule moves the meetings, and the entries take their new times', () => {
    const moved = b2bResult({
      unavailable: [...B2B_INPUT.unavailable, { participant: AV, date: '2026-10-20', start: '09:00', end: '10:00' }],
    });
    const before = new Map(vevents(calendarOf(result)).map((e) => [e.uid, e.startDate.toString()]));
    const after = new Map(vevents(calendarOf(moved)).map((e) => [e.uid, e.startDate.toString()]));
    const common = [...after.keys()].filter((uid) => before.has(uid));
    expect(common.length).toBeGreaterThan(0);
    expect(common.some((uid) => before.get(uid) !== after.get(uid))).toBe(true);
  });

  it('gives distinct pairs distinct UIDs, whatever the names look like', () => {
    const uids = [AV, SS, CM].flatMap((eu) => [QRO, NL, VER].map((mx) => b2bMeetingUid('e', eu, mx)));
    expect(new Set(uids).size).toBe(uids.length);
    expect(b2bMeetingUid('e', 'Clúster A', 'X')).not.toBe(b2bMeetingUid('e', 'Cluster A', 'X'));
  });

  it('writes UTC times for a zone other than Mexico City', () => {
    const madrid = b2bResult({ event: { ...B2B_INPUT.event, timeZone: 'Europe/Madrid' } });
    const first = vevents(calendarOf(madrid))[0]!;
    expect(first.startDate.zone?.tzid).toBe('UTC');
    // 20 Oct 2026 in Madrid is summer time (UTC+2).
    const meeting = madrid.schedule.scheduled.find((m) => m.requester === AV)!;
    const [h, min] = meeting.start.split(':').map(Number);
    expect(first.startDate.hour).toBe(h! - 2);
    expect(first.startDate.minute).toBe(min);
  });

  // The known limit (docs/architecture.md, "Calendars and removed meetings"): nothing records what an
  // earlier file held, so the new one cannot cancel a meeting it no longer has.
  it('holds no entry, cancelled or not, for a meeting taken out of the schedule', () => {
    const meeting = result.schedule.scheduled.find((m) => m.requester === AV || m.partner === AV)!;
    const before = vevents(calendarOf());
    const after = vevents(calendarOf({ ...result, schedule: unplaceMeeting(result.input, result.schedule, meeting) }));
    const gone = b2bMeetingUid('seminar-2026', meeting.requester, meeting.partner);
    expect(before.map((e) => e.uid)).toContain(gone);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid).filter((uid) => uid !== gone));
    expect(after.map((e) => e.component.getFirstPropertyValue('status'))).toEqual(after.map(() => null));
  });

  it('grows the sequence with time so a newer file wins', () => {
    expect(exportSequence(new Date('2026-01-01T00:10:00Z'))).toBe(10);
    expect(exportSequence(new Date('2026-12-01T00:00:00Z'))).toBeGreaterThan(
      exportSequence(new Date('2026-11-30T23:00:00Z')),
    );
  });
});
