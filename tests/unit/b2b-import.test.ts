import { mergeImport } from '@/domain/b2b/import-apply';
import { csvSource, type ImportSource } from '@/domain/b2b/import-tables';
import { previewImport } from '@/domain/b2b/import-workspace';
import { b2bWorkspace, EVENT_DAY } from '../fixtures/b2b-workspace';

const QRO = 'Clúster Aeroespacial de Querétaro';
const book = (sheets: Record<string, string[][]>): ImportSource => ({
  file: 'event.xlsx',
  sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
  problems: [],
});
const where = (source: ImportSource) =>
  previewImport(source, b2bWorkspace()).problems.map(({ file, row, column, code, params }) => ({
    file,
    row,
    column,
    code,
    params,
  }));

/** Sheet rows written as comma-separated lines. */
const lines = (...rows: string[]) => rows.map((row) => row.split(','));

const notListed = (file: string, row: number, column: string, name: string) => ({
  ...{ file, row, column },
  ...{ code: 'unknown-participant', params: { name, list: 'participants' } },
});

describe('previewImport: good files', () => {
  it('reads a workbook with Spanish sheet names, and a merge adds and updates', () => {
    const source = book({
      Participantes: [
        ['Name', 'Side', 'People', 'Website', 'Contact', 'Max_meetings'],
        ['Clúster Automotriz de Nuevo León', 'MX', 'Luis Pérez; Marta Gómez', 'https://auto.example.mx', '', '6'],
        [QRO, 'mx', '', '', 'info@aero.example.mx', ''],
      ],
      Disponibilidad: [
        ['participant', 'date', 'start', 'end'],
        ['Clúster Automotriz de Nuevo León', EVENT_DAY, '09:00', '10:30'],
      ],
      Solicitudes: [
        ['requester', 'partner', 'priority'],
        ['Aero Spain', 'Clúster Automotriz de Nuevo León', 'could'],
        [QRO, 'Aero Spain', 'should'],
      ],
      Notas: [['anything']],
    });
    const preview = previewImport(source, b2bWorkspace());
    expect(preview.problems).toEqual([]);
    expect(preview.ignored).toEqual(['Notas']);
    const merged = mergeImport(b2bWorkspace(), preview)!;
    expect(merged.changes).toEqual({
      participantsAdded: 1,
      participantsUpdated: 1,
      requestsAdded: 1,
      requestsUpdated: 1,
      unavailableAdded: 1,
    });
    const { participants, requests, unavailable } = merged.next;
    expect(participants).toContainEqual({
      name: 'Clúster Automotriz de Nuevo León',
      side: 'mx',
      clusterId: null,
      people: ['Luis Pérez', 'Marta Gómez'],
      website: 'https://auto.example.mx',
      contact: null,
      maxMeetings: 6,
    });
    // Updated by name: the contact is new, the dataset id and the website (empty cell) are kept.
    expect(participants.find((p) => p.name === QRO)).toMatchObject({
      clusterId: 'mx-qro-aero',
      website: 'https://aero.example.mx',
      contact: 'info@aero.example.mx',
    });
    expect(requests).toEqual([
      { requester: 'Aero Spain', partner: QRO, priority: 'should' },
      { requester: 'Aero Spain', partner: 'Clúster Automotriz de Nuevo León', priority: 'could' },
    ]);
    expect(unavailable).toHaveLength(1);
  });

  it('recognises a CSV by its header, with Excel’s semicolons', () => {
    const preview = previewImport(csvSource('mine.csv', 'requester;partner\nAero Spain;' + QRO + '\n'), b2bWorkspace());
    expect(preview.problems).toEqual([]);
    expect(mergeImport(b2bWorkspace(), preview)!.changes.requestsUpdated).toBe(1); // must → should (the default)
  });
});

describe('previewImport: every problem names its sheet, row and column', () => {
  it('an empty file, and a file without any of the three tables', () => {
    expect(where(csvSource('empty.csv', '\n\n'))).toEqual([{ file: 'empty.csv', code: 'empty-file' }]);
    expect(where(book({ Sheet1: [] }))).toMatchObject([{ file: 'event.xlsx', code: 'empty-file' }]);
    expect(where(book({ Sheet1: [['a', 'b']] }))).toMatchObject([{ file: 'event.xlsx', code: 'no-tables' }]);
  });

  it('an unknown column', () => {
    expect(where(csvSource('p.csv', 'name,side,phone\nX,eu,1\n'))).toMatchObject([
      { file: 'p.csv', row: 1, column: 'phone', code: 'unknown-column' },
    ]);
  });

  it('a participant named two ways, a bad side, a bad cap, a duplicate', () => {
    const problems = where(
      book({
        participants: lines(
          'name,side,max_meetings',
          'Clúster Querétaro,mx,',
          'cluster queretaro,mx,',
          'aero spain,eu,',
          'Nuevo,latam,six',
          'Clúster Querétaro,mx,',
        ),
      }),
    );
    expect(problems).toEqual([
      {
        file: 'participants',
        row: 3,
        column: 'name',
        code: 'two-spellings',
        params: expect.objectContaining({ name: 'cluster queretaro', known: 'Clúster Querétaro', row: 2 }),
      },
      {
        file: 'participants',
        row: 4,
        column: 'name',
        code: 'two-spellings',
        params: { name: 'aero spain', known: 'Aero Spain' },
      },
      { file: 'participants', row: 5, column: 'side', code: 'bad-side', params: { value: 'latam' } },
      { file: 'participants', row: 5, column: 'max_meetings', code: 'bad-number', params: { value: 'six' } },
      { file: 'participants', row: 6, column: 'name', code: 'duplicate-participant', params: { first: 2 } },
    ]);
  });

  it('times outside the sessions or off the event’s days, and unknown participants', () => {
    const problems = where(
      book({
        availability: [
          ['participant', 'date', 'start', 'end'],
          ['Aero Spain', EVENT_DAY, '08:00', '09:30'],
          ['Aero Spain', EVENT_DAY, '16:00', '18:00'],
          ['Aero Spain', '2026-10-22', '09:00', '10:00'],
          ['Nobody', EVENT_DAY, '09:00', '10:00'],
        ],
      }),
    );
    expect(problems).toEqual([
      {
        file: 'availability',
        row: 2,
        column: 'start',
        code: 'before-sessions',
        params: { time: '08:00', hours: '09:00–17:00' },
      },
      {
        file: 'availability',
        row: 3,
        column: 'end',
        code: 'after-sessions',
        params: { time: '18:00', hours: '09:00–17:00' },
      },
      {
        file: 'availability',
        row: 4,
        column: 'date',
        code: 'not-event-day',
        params: { date: '2026-10-22', days: EVENT_DAY },
      },
      notListed('availability', 5, 'participant', 'Nobody'),
    ]);
  });

  it('a duplicate request and a request naming someone not in the list', () => {
    const problems = where(
      book({
        requests: [
          ['requester', 'partner'],
          ['Aero Spain', QRO],
          [QRO, 'Aero Spain'],
          ['Aero Spain', 'Ghost Cluster'],
        ],
      }),
    );
    expect(problems).toEqual([
      { file: 'requests', row: 3, column: 'partner', code: 'duplicate-request', params: { first: 2 } },
      notListed('requests', 4, 'partner', 'Ghost Cluster'),
    ]);
  });

  it('changes nothing when the file has a problem', () => {
    const source = book({
      requests: [
        ['requester', 'partner'],
        ['Aero Spain', 'Ghost Cluster'],
        ['Aero Spain', QRO],
      ],
    });
    expect(mergeImport(b2bWorkspace(), previewImport(source, b2bWorkspace()))).toBeNull();
  });
});

describe('previewImport: a workbook’s sheets', () => {
  it('leaves a sheet with only its header aside, but a workbook with no rows at all is a problem', () => {
    const participants = [
      ['name', 'side'],
      ['EU Rail', 'eu'],
    ];
    const empty = { availability: [['participant', 'date', 'start', 'end']], requests: [['requester', 'partner']] };
    expect(where(book({ participants, ...empty }))).toEqual([]);
    expect(where(book(empty))).toMatchObject([{ file: 'event.xlsx', code: 'no-rows' }]);
  });
});
