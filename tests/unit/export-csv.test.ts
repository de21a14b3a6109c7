import fc from 'fast-check';
import Papa from 'papaparse';
import {
  MEETING_CSV_HEADER,
  buildMeetingCsv,
  guardFormula,
  meetingTimeCell,
  type MeetingCsvRow,
} from '@/domain/export-csv';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const row = (patch: Partial<MeetingCsvRow>): MeetingCsvRow => ({
  order: 1,
  time: '09:00–09:20',
  cluster: 'Cluster Automotriz de Nuevo León (CLAUT)',
  state: 'Nuevo León',
  sectors: 'Automotive; Aerospace',
  escaLabel: 'Silver',
  labelValidity: 'expired 15 Feb 2021',
  eccpMember: 'yes',
  score: 87,
  website: 'https://claut.com.mx',
  notes: '',
  sources: 'ECCP briefing 2019, ESCA table',
  ...patch,
});

const parse = (csv: string): string[][] => {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe('buildMeetingCsv format', () => {
  const csv = buildMeetingCsv([row({}), row({ order: 2, time: meetingTimeCell(null), score: null })]);

  it('starts with a BOM and the stable header', () => {
    expect(
      csv.startsWith(
        '\uFEFFOrder,Time,Cluster,State,Sectors,ESCA label,Label validity,ECCP member,Score,Website,Notes,Sources\r\n',
      ),
    ).toBe(true);
    expect(parse(csv)[0]).toEqual([...MEETING_CSV_HEADER]);
  });

  it('uses CRLF line endings only', () => {
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes numbers, empty score and "not scheduled"', () => {
    const [, first, second] = parse(csv);
    expect(first[0]).toBe('1');
    expect(first[8]).toBe('87');
    expect(second.slice(0, 2)).toEqual(['2', 'not scheduled']);
    expect(second[8]).toBe('');
  });

  it('header only for no rows', () => {
    expect(parse(buildMeetingCsv([]))).toEqual([[...MEETING_CSV_HEADER]]);
  });
});

describe('buildMeetingCsv round-trip', () => {
  it.each<[string, Partial<MeetingCsvRow>]>([
    ['accents', { cluster: 'Clúster Aeroespacial de Querétaro', state: 'Querétaro' }],
    ['Nuevo León and ñ', { state: 'Nuevo León', notes: 'Señor Núñez' }],
    ['commas', { sectors: 'Automotive, Aerospace, ICT' }],
    ['quotes', { notes: 'Ask about the "Triple helix" model' }],
    ['newlines', { notes: 'line one\nline two\r\nline three' }],
    ['leading and trailing spaces', { notes: '  padded  ' }],
    ['semicolons and tabs inside', { sources: 'a;b\tc' }],
    ['emoji and CJK', { notes: '🚗 汽车' }],
  ])('%s', (_name, patch) => {
    const input = row(patch);
    const [, back] = parse(buildMeetingCsv([input]));
    expect(back).toEqual([
      String(input.order),
      input.time,
      input.cluster,
      input.state,
      input.sectors,
      input.escaLabel,
      input.labelValidity,
      input.eccpMember,
      String(input.score),
      input.website,
      input.notes,
      input.sources,
    ]);
  });

  it('property: any safe text survives a round-trip', PROPERTY_TEST, () => {
    const safe = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => guardFormula(s) === s);
    fc.assert(
      fc.property(safe, safe, (notes, cluster) => {
        const [, back] = parse(buildMeetingCsv([row({ notes, cluster })]));
        expect(back[2]).toBe(cluster);
        expect(back[10]).toBe(notes);
      }),
      propertyRuns(200),
    );
  });
});

describe('formula injection guard', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
    const [, back] = parse(buildMeetingCsv([row({ notes: input, cluster: input })]));
    expect(back[10]).toBe(expected);
    expect(back[2]).toBe(expected);
  });

  it('leaves the numeric order and score as numbers', () => {
    const [, back] = parse(buildMeetingCsv([row({ score: -5 })]));
    expect(back[8]).toBe('-5');
  });
});

describe('meetingTimeCell', () => {
  it.each([
    [{ start: '09:00', end: '09:20' }, '09:00–09:20'],
    [null, 'not scheduled'],
    [undefined, 'not scheduled'],
  ])('%j → %s', (meeting, expected) => {
    expect(meetingTimeCell(meeting)).toBe(expected);
  });
});
