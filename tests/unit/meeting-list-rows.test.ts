import Papa from 'papaparse';
import { notStated } from '@/domain/format';
import { DEFAULT_EVENT, exportFileName, type MeetingEvent } from '@/domain/event';
import { buildMeetingCsv } from '@/domain/export-csv';
import { buildIcs } from '@/domain/export-ics';
import { buildIcsMeetings } from '@/domain/ics-meetings';
import { buildMeetingRows, meetingTimeCell, type MeetingRow } from '@/domain/meeting-rows';
import { MEETING_SHEET_HEADER, toSheetRow } from '@/domain/meeting-sheet';
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { filterRanking, rankAll } from '@/domain/ranking/rank';
import { buildSchedule } from '@/domain/schedule';
import { activateLocale } from '@/i18n/i18n';
import { events, prop, unescape, type Prop } from '../fixtures/ics-reader';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';

const AS_OF = '2026-01-15';
const { dataset, problems } = shortlistParsed();
const profile = { ...defaultProfile(AS_OF), sectors: ['aerospace'] };
const ranking = rankAll(profile, buildIndex(dataset), { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5 });

const event: MeetingEvent = {
  ...DEFAULT_EVENT,
  date: '2026-10-20',
  sessions: [{ id: 'am', label: 'Morning', start: '09:00', end: '09:50' }],
  meetingMinutes: 20,
  gapMinutes: 5,
};
const ICS_OPTIONS = { dtstamp: '20260101T120000Z', uidDomain: 'eu-mexico.example', calendarId: 'list-1', sequence: 0 };
const sheet = (rows: readonly MeetingRow[], e: MeetingEvent = event) => rows.map((r) => toSheetRow(r, e));
const entries = [
  { clusterId: IDS.queretaro, note: '=SUM(A1) ask about MRO' },
  { clusterId: IDS.ict, note: '' },
  { clusterId: IDS.monterrey, note: '' },
  { clusterId: 'gone-cluster', note: 'old' },
];

describe('buildMeetingRows', () => {
  const schedule = buildSchedule(event, entries);
  const rows = buildMeetingRows(entries, schedule, ranking);

  it('uses a clean fixture', () => {
    expect(problems).toEqual([]);
  });

  it('keeps shortlist order and flags meetings that do not fit instead of cutting them', () => {
    expect(rows.map((r) => [r.order, meetingTimeCell(r.meeting)])).toEqual([
      [1, '09:00–09:20'],
      [2, '09:25–09:45'],
      [3, 'not scheduled'],
      [4, 'not scheduled'],
    ]);
    expect(rows[2].meeting).toBeNull();
  });

  it('fills every column from the dataset, never blank', () => {
    const [q, ict] = sheet(rows);
    expect(rows[0]?.label).toMatchObject({ level: 'gold', status: 'expired', validUntil: '2019-06-23' });
    expect(q).toMatchObject({
      date: '2026-10-20',
      session: 'Morning',
      start: '09:00',
      end: '09:20',
      table: null,
      partner: 'Clúster Aeroespacial de Querétaro',
      state: 'Querétaro',
      sectors: 'Aerospace',
      escaLabel: 'Gold (expired)',
      labelValidUntil: '2019-06-23',
      eccpMember: 'yes',
      website: 'https://aero.example.mx',
      sources: 'Preparatory Briefing on Mexico (2019 edition) — Table 2; Related sectors: related sector, our taxonomy',
    });
    expect(q.score).toBe(Math.round((ranking.byId(IDS.queretaro)?.total ?? NaN) * 10) / 10);
    expect(rows[0]?.reasons.length).toBeGreaterThan(0);
    expect(ict).toMatchObject({
      state: notStated(),
      escaLabel: 'No ESCA label',
      labelValidUntil: null,
      website: notStated(),
    });
  });

  it('scores a cluster the dashboard filters hide (a search never changes a shortlisted score)', () => {
    const searched = filterRanking(ranking, { ...EMPTY_FILTERS, query: 'queretaro' });
    expect(searched.map((m) => m.cluster.id)).not.toContain(IDS.ict);
    expect(rows[1]?.score).toBe(ranking.byId(IDS.ict)?.total);
    expect(rows[1]?.score).not.toBeNull();
    expect(rows[1]?.reasons.length).toBeGreaterThan(0);
  });

  it('names unknown ids and gives them no score', () => {
    expect(rows[3]).toMatchObject({ known: false, name: null, score: null });
    expect(toSheetRow(rows[3]!, event)).toMatchObject({
      date: null,
      session: 'not scheduled',
      start: null,
      partner: 'gone-cluster (not in the current dataset)',
      state: notStated(),
      score: null,
    });
  });

  it('feeds the CSV: header, accents, order, formula guard', () => {
    const data = Papa.parse<string[]>(buildMeetingCsv(sheet(rows)).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(data[0]).toEqual([...MEETING_SHEET_HEADER]);
    expect(data.slice(1).map((r) => r[MEETING_SHEET_HEADER.indexOf('Partner')])).toEqual([
      'Clúster Aeroespacial de Querétaro',
      'Clúster de Tecnologías de la Información',
      'Monterrey Aerocluster',
      'gone-cluster (not in the current dataset)',
    ]);
    expect(data[1][MEETING_SHEET_HEADER.indexOf('Notes')]).toBe("'=SUM(A1) ask about MRO");
  });

  it('puts its own table number on each meeting when tables are on', () => {
    const withTables = { ...event, tables: true, firstTable: 7 };
    const tableRows = buildMeetingRows(entries, buildSchedule(withTables, entries), ranking);
    expect(tableRows.map((r) => r.meeting?.table ?? null)).toEqual([7, 8, null, null]);
  });
});

describe('buildIcsMeetings', () => {
  it('books only scheduled meetings, with place, table and note', () => {
    const withTables = { ...event, tables: true, firstTable: 3, place: 'WTC Mexico City' };
    const rows = buildMeetingRows(entries, buildSchedule(withTables, entries), ranking);
    const ics = buildIcsMeetings(rows, withTables);
    expect(ics).toHaveLength(2);
    expect(ics[0]).toMatchObject({
      title: 'Meeting 1: Clúster Aeroespacial de Querétaro',
      location: 'WTC Mexico City, Morning session, table 3',
    });
    expect(ics[1].location).toBe('WTC Mexico City, Morning session, table 4');
    expect(ics[0].description.split('\n').slice(0, 2)).toEqual(['Session: Morning', 'Table: 3']);
    expect(ics[0].description).toContain('Note: =SUM(A1) ask about MRO');
    expect(ics[1].description).toContain(`State: ${notStated()}`);
  });
});

describe('the CSV and the calendar in Spanish (the language active at export)', () => {
  const withTables = { ...event, tables: true, firstTable: 3, place: 'WTC Ciudad de México' };
  const rows = buildMeetingRows(entries, buildSchedule(withTables, entries), ranking);
  beforeAll(() => activateLocale('es'));
  afterAll(() => activateLocale('en'));

  it('writes the header and the human-readable cells in Spanish', () => {
    const csv = buildMeetingCsv(sheet(rows, withTables));
    const { data, errors } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(errors).toEqual([]);
    const [header, queretaro, ict, monterrey, gone] = data;
    expect(header).toEqual([
      'Fecha',
      'Sesión',
      'Inicio',
      'Fin',
      'Mesa',
      'Contraparte',
      'Estado',
      'Sectores',
      'Puntuación',
      'Sello ESCA',
      'Sello vigente hasta',
      'Miembro de la ECCP',
      'Sitio web',
      'Contacto',
      'Correo electrónico',
      'Teléfono',
      'Notas',
      'Resultado',
      'Nota del resultado',
      'Fuentes',
    ]);
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    expect(cell(queretaro, 'Miembro de la ECCP')).toBe('sí');
    expect(cell(ict, 'Miembro de la ECCP')).toBe('no');
    expect(cell(queretaro, 'Sello ESCA')).toBe('Oro (vencido)');
    expect(cell(queretaro, 'Sello vigente hasta')).toBe('2019-06-23');
    expect(cell(queretaro, 'Mesa')).toBe('3');
    expect(cell(ict, 'Mesa')).toBe('4');
    expect(cell(ict, 'Sello ESCA')).toBe('Sin sello ESCA');
    expect(cell(ict, 'Sello vigente hasta')).toBe('');
    expect(cell(ict, 'Estado')).toBe('no consta en las fuentes');
    expect(cell(monterrey, 'Sesión')).toBe('sin horario');
    expect(cell(gone, 'Contraparte')).toBe('gone-cluster (no figura en el conjunto de datos actual)');
    expect(cell(gone, 'Miembro de la ECCP')).toBe('no consta en las fuentes');
    expect(cell(queretaro, 'Puntuación')).toMatch(/^\d+(\.\d)?$/);
  });

  it('names the files in Spanish (ASCII), and keeps calendar UIDs the same in every language', () => {
    expect(exportFileName(withTables, 'csv')).toBe('eu-mexico-cluster-matchmaking-20261020-reuniones.csv');
    expect(exportFileName(withTables, 'shortlist-json')).toBe(
      'eu-mexico-cluster-matchmaking-20261020-preseleccion.json',
    );
    const unnamed = { ...withTables, name: '¡¿?!' };
    expect(exportFileName(unnamed, 'ics')).toBe('evento-20261020.ics');
    const ics = buildIcs(unnamed, buildIcsMeetings(rows, unnamed), ICS_OPTIONS);
    expect(prop(events(ics)[0]!, 'UID')?.value).toBe(`list-1-${IDS.queretaro}@eu-mexico.example`);
  });

  it('writes SUMMARY, DESCRIPTION and the table in LOCATION in Spanish', () => {
    const ics = buildIcs(withTables, buildIcsMeetings(rows, withTables), ICS_OPTIONS);
    const booked = events(ics);
    expect(booked).toHaveLength(2);
    const text = (e: Prop[], name: string) => unescape(prop(e, name)?.value ?? '');
    const [first, second] = booked as [Prop[], Prop[]];
    expect(text(first, 'SUMMARY')).toBe('Reunión 1: Clúster Aeroespacial de Querétaro');
    const lines = text(first, 'DESCRIPTION').split('\n');
    expect(lines).toEqual([
      'Sesión: Morning',
      'Mesa: 3',
      'Clúster: Clúster Aeroespacial de Querétaro',
      'Estado: Querétaro',
      'Sello ESCA: Oro, vencido el 23 de junio de 2019',
      'Miembro de la ECCP: sí',
      expect.stringMatching(/^Puntuación: \d+(\.\d)? de 100$/),
      'Sitio web: https://aero.example.mx',
      'Nota: =SUM(A1) ask about MRO',
    ]);
    expect(text(first, 'LOCATION')).toBe('WTC Ciudad de México, sesión Morning, mesa 3');
    expect(text(second, 'SUMMARY')).toBe('Reunión 2: Clúster de Tecnologías de la Información');
    expect(text(second, 'DESCRIPTION')).toContain('Estado: no consta en las fuentes\nSello ESCA: Sin sello ESCA\n');
    expect(text(second, 'DESCRIPTION')).toContain('Miembro de la ECCP: no\n');
  });
});
