import Papa from 'papaparse';
import { notStated } from '@/domain/format';
import { DEFAULT_EVENT, type MeetingEvent } from '@/domain/event';
import { MEETING_CSV_HEADER, buildMeetingCsv, meetingTimeCell, toCsvRow } from '@/domain/export-csv';
import { buildIcsMeetings } from '@/domain/ics-meetings';
import { buildMeetingRows } from '@/domain/meeting-rows';
import { DEFAULT_WEIGHTS, EMPTY_FILTERS, defaultProfile } from '@/domain/profile';
import { buildIndex } from '@/domain/ranking/build-index';
import { filterRanking, rankAll } from '@/domain/ranking/rank';
import { buildSchedule } from '@/domain/schedule';
import { IDS, shortlistParsed } from '../fixtures/shortlist-fixture';

const AS_OF = '2026-01-15';
const { dataset, problems } = shortlistParsed();
const profile = { ...defaultProfile(AS_OF), sectors: ['aerospace'] };
const ranking = rankAll(profile, buildIndex(dataset), { weights: DEFAULT_WEIGHTS, expiredLabelFactor: 0.5 });

const event: MeetingEvent = {
  ...DEFAULT_EVENT,
  sessions: [{ id: 'am', label: 'Morning', start: '09:00', end: '09:50' }],
  meetingMinutes: 20,
  gapMinutes: 5,
};
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
    const [q, ict] = rows.map(toCsvRow);
    expect(rows[0]?.label).toMatchObject({ level: 'gold', status: 'expired', validUntil: '2019-06-23' });
    expect(q).toMatchObject({
      cluster: 'Clúster Aeroespacial de Querétaro',
      state: 'Querétaro',
      sectors: 'Aerospace',
      escaLabel: 'Gold',
      labelValidity: 'expired 23 Jun 2019',
      eccpMember: 'yes',
      website: 'https://aero.example.mx',
      sources: 'Preparatory Briefing on Mexico (2019 edition) — Table 2',
    });
    expect(q.score).toBe(ranking.byId(IDS.queretaro)?.total);
    expect(rows[0]?.reasons.length).toBeGreaterThan(0);
    expect(ict).toMatchObject({ state: notStated(), escaLabel: 'No ESCA label', website: notStated() });
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
    expect(toCsvRow(rows[3]!)).toMatchObject({
      cluster: 'gone-cluster (not in the current dataset)',
      state: notStated(),
    });
  });

  it('feeds the CSV: header, accents, order, formula guard', () => {
    const data = Papa.parse<string[]>(buildMeetingCsv(rows.map(toCsvRow)).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(data[0]).toEqual([...MEETING_CSV_HEADER]);
    expect(data.slice(1).map((r) => r[2])).toEqual([
      'Clúster Aeroespacial de Querétaro',
      'Clúster de Tecnologías de la Información',
      'Monterrey Aerocluster',
      'gone-cluster (not in the current dataset)',
    ]);
    expect(data[1][10]).toBe("'=SUM(A1) ask about MRO");
  });

  it('puts a table number on each meeting when tables are on', () => {
    const withTables = { ...event, tables: true, firstTable: 7 };
    const tableRows = buildMeetingRows(entries, buildSchedule(withTables, entries), ranking);
    expect(tableRows.map((r) => r.meeting?.table ?? null)).toEqual([7, 7, null, null]);
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
      location: 'WTC Mexico City, table 3',
    });
    expect(ics[0].description).toContain('Note: =SUM(A1) ask about MRO');
    expect(ics[1].description).toContain(`State: ${notStated()}`);
  });
});
