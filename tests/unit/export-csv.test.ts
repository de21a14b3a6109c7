import fc from 'fast-check';
import Papa from 'papaparse';
import { csvNumber, defaultCsvDelimiter, type CsvDelimiter } from '@/domain/csv-delimiter';
import { buildMeetingCsv, guardFormula } from '@/domain/export-csv';
import { MEETING_SHEET_HEADER, type MeetingSheetRow } from '@/domain/meeting-sheet';
import { PROPERTY_TEST, propertyRuns } from '../fixtures/property-settings';

const row = (patch: Partial<MeetingSheetRow>): MeetingSheetRow => ({
  date: '2026-10-20',
  session: 'Morning',
  start: '09:00',
  end: '09:20',
  table: 7,
  partner: 'Cluster Automotriz de Nuevo León (CLAUT)',
  state: 'Nuevo León',
  sectors: 'Automotive; Aerospace',
  score: 63.9,
  escaLabel: 'Silver (expired)',
  labelValidUntil: '2021-02-15',
  eccpMember: 'yes',
  website: 'https://claut.com.mx',
  contact: '',
  email: '',
  phone: '',
  outcome: '',
  outcomeNote: '',
  notes: '',
  sources: 'ECCP briefing 2019, ESCA table',
  ...patch,
});

const col = (name: (typeof MEETING_SHEET_HEADER)[number]) => MEETING_SHEET_HEADER.indexOf(name);

const parse = (csv: string, delimiter: CsvDelimiter = ','): string[][] => {
  // The delimiter is given, not guessed: the test checks what the file says, not what papaparse infers.
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe('buildMeetingCsv format', () => {
  const rows = [
    row({}),
    row({ date: null, session: 'not scheduled', start: null, end: null, table: null, score: null }),
  ];

  it.each<[CsvDelimiter, string, string]>([
    [',', '63.9', '2021-02-15'],
    [';', '63,9', '2021-02-15'],
  ])('with %j: BOM, header, ISO date, HH:MM times, numbers with the matching decimal mark', (d, score, until) => {
    const csv = buildMeetingCsv(rows, d);
    expect(csv.startsWith(`\uFEFF${MEETING_SHEET_HEADER.join(d)}\r\n`)).toBe(true);
    const [header, first, second] = parse(csv, d);
    expect(header).toEqual([...MEETING_SHEET_HEADER]);
    expect(first).toHaveLength(MEETING_SHEET_HEADER.length);
    expect(first.slice(0, 5)).toEqual(['2026-10-20', 'Morning', '09:00', '09:20', '7']);
    expect(first[col('Score')]).toBe(score);
    expect(first[col('Label valid until')]).toBe(until);
    // Lists inside a cell keep their '; ': the cell is quoted, never split.
    expect(first[col('Sectors')]).toBe('Automotive; Aerospace');
    expect(second.slice(0, 5)).toEqual(['', 'not scheduled', '', '', '']);
    expect(second[col('Score')]).toBe('');
  });

  it('uses CRLF line endings only', () => {
    const csv = buildMeetingCsv(rows, ';');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('header only for no rows', () => {
    expect(parse(buildMeetingCsv([]))).toEqual([[...MEETING_SHEET_HEADER]]);
  });

  it('writes whole scores without a decimal mark and never groups thousands', () => {
    expect(csvNumber(45, ';')).toBe('45');
    expect(csvNumber(1234.5, ';')).toBe('1234,5');
    expect(csvNumber(1234.5, ',')).toBe('1234.5');
    expect(csvNumber(Number.NaN, ',')).toBe('');
  });
});

describe('the separator a locale expects', () => {
  it.each([
    ['es-ES', ';'],
    ['de-DE', ';'],
    ['de-AT', ';'],
    ['fr-FR', ';'],
    ['it-IT', ';'],
    ['nl-NL', ';'],
    ['en-GB', ','],
    ['en-US', ','],
    ['es-MX', ','],
    ['not a locale!', ','],
  ])('%s → %j', (locale, expected) => {
    expect(defaultCsvDelimiter(locale)).toBe(expected);
  });
});

describe('buildMeetingCsv round-trip', () => {
  it.each<[string, Partial<MeetingSheetRow>]>([
    ['accents', { partner: 'Clúster Aeroespacial de Querétaro', state: 'Querétaro' }],
    ['Nuevo León and ñ', { state: 'Nuevo León', notes: 'Señor Núñez' }],
    ['commas', { sectors: 'Automotive, Aerospace, ICT' }],
    ['quotes', { notes: 'Ask about the "Triple helix" model' }],
    ['newlines', { notes: 'line one\nline two\r\nline three' }],
    ['leading and trailing spaces', { notes: '  padded  ' }],
    ['semicolons and tabs inside', { sources: 'a;b\tc' }],
    ['emoji and CJK', { notes: '🚗 汽车' }],
  ])('%s, with both separators', (_name, patch) => {
    const input = row(patch);
    for (const d of [',', ';'] as const) {
      const [, back] = parse(buildMeetingCsv([input], d), d);
      expect(back[col('Partner')]).toBe(input.partner);
      expect(back[col('State')]).toBe(input.state);
      expect(back[col('Sectors')]).toBe(input.sectors);
      expect(back[col('Notes')]).toBe(input.notes);
      expect(back[col('Sources')]).toBe(input.sources);
    }
  });

  it('property: any safe text survives a round-trip with either separator', PROPERTY_TEST, () => {
    const safe = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => guardFormula(s) === s);
    fc.assert(
      fc.property(safe, safe, fc.constantFrom<CsvDelimiter>(',', ';'), (notes, partner, d) => {
        const [, back] = parse(buildMeetingCsv([row({ notes, partner })], d), d);
        expect(back[col('Partner')]).toBe(partner);
        expect(back[col('Notes')]).toBe(notes);
      }),
      propertyRuns(200),
    );
  });
});

describe('formula injection guard', () => {
  it.each([
    // What could run: a function call, DDE, another sheet, or any formula start that is not a signed number.
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+HYPERLINK("http://evil")', `'+1+HYPERLINK("http://evil")`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['+1+Sheet2!A1', "'+1+Sheet2!A1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-A1', "'-A1"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    // What cannot: shown as typed, no apostrophe.
    ['+52 55 1234 5678', '+52 55 1234 5678'],
    ['+52 1 442 123 4567 — Ana, compras', '+52 1 442 123 4567 — Ana, compras'],
    ['-20% arancel?', '-20% arancel?'],
    ['-5', '-5'],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
    const [, back] = parse(buildMeetingCsv([row({ notes: input, partner: input })], ';'), ';');
    expect(back[col('Notes')]).toBe(expected);
    expect(back[col('Partner')]).toBe(expected);
  });

  it('property: every guarded-free cell that starts like a formula is a signed number with no call, pipe or sheet', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const out = guardFormula(s);
        if (out === s && /^[=+\-@\t\r]/.test(s)) expect(s).toMatch(/^[+-]\d[^(|!]*$/);
        if (out !== s) expect(out).toBe(`'${s}`);
      }),
      propertyRuns(300),
    );
  });
});
