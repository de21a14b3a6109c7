// @vitest-environment node
import { formatInputProblem } from '@/domain/b2b/input-problem';
import { readB2bFiles, type B2bFiles } from '@/domain/b2b/read-input';

const EVENT = {
  timeZone: 'America/Mexico_City',
  meetingMinutes: 30,
  tables: 2,
  sessions: [
    { name: 'Day 1 morning', date: '2026-10-20', start: '09:00', end: '11:00' },
    { name: 'Day 2 morning', date: '2026-10-21', start: '09:00', end: '11:00' },
  ],
};
const REQUESTS = 'requester,partner,priority\nAero Spain,Clúster Aeroespacial,must\nAero Spain,Clúster Energía,\n';
const files = (patch: Partial<B2bFiles> & { eventPatch?: object } = {}): B2bFiles => ({
  event: JSON.stringify({ ...EVENT, ...patch.eventPatch }),
  requests: REQUESTS,
  availability: null,
  ...patch,
});
const problems = (f: B2bFiles) => {
  const result = readB2bFiles(f);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatInputProblem);
};

describe('readB2bFiles: good input', () => {
  it('reads the three files; priority defaults to should; extra options are kept', () => {
    const result = readB2bFiles(
      files({
        eventPatch: {
          tableNames: ['A', 'B'],
          maxMeetings: 6,
          participants: [{ name: 'Clúster Energía', maxMeetings: 2 }],
        },
        availability: 'participant,date,start,end\nClúster Energía,2026-10-21,09:00,10:00\n',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        event: { tableNames: ['A', 'B'], defaultMaxMeetings: 6, maxMeetings: { 'Clúster Energía': 2 }, gapMinutes: 0 },
        requests: [
          { requester: 'Aero Spain', partner: 'Clúster Aeroespacial', priority: 'must' },
          { requester: 'Aero Spain', partner: 'Clúster Energía', priority: 'should' },
        ],
        unavailable: [{ participant: 'Clúster Energía', date: '2026-10-21', start: '09:00', end: '10:00' }],
      },
    });
  });

  it('reads Excel’s semicolons, a byte-order mark, capitalised headers and blank lines', () => {
    const requests = '\uFEFFRequester ; Partner;Priority\r\n\r\nAero Spain;Clúster Aeroespacial;MUST\r\n';
    const result = readB2bFiles(files({ requests }));
    expect(result.ok && result.input.requests).toEqual([
      { requester: 'Aero Spain', partner: 'Clúster Aeroespacial', priority: 'must' },
    ]);
  });
});

describe('readB2bFiles: bad input names the row and the column', () => {
  it.each<[string, Partial<B2bFiles> & { eventPatch?: object }, string[]]>([
    ['an empty file', { requests: '' }, ['requests.csv: the file is empty']],
    [
      'a header without rows',
      { requests: 'requester,partner\n' },
      ['requests.csv: the file has no rows below the header'],
    ],
    [
      'an unknown and a missing column',
      { requests: 'requester,partnr\nA,B\n' },
      [
        'requests.csv, row 1, column "partnr": unknown column (use requester, partner, priority)',
        'requests.csv, row 1, column "partner": missing column',
      ],
    ],
    [
      'an unknown priority, a duplicate row and a self-meeting',
      { requests: `${REQUESTS}Aero Spain,Clúster Aeroespacial,could\nAero Spain,Clúster Energía,urgent\nX,X,must\n` },
      [
        'requests.csv, row 4, column "partner": duplicate of row 2 (the same two participants)',
        'requests.csv, row 5, column "priority": unknown priority "urgent" (use must, should or could)',
        'requests.csv, row 5, column "partner": duplicate of row 3 (the same two participants)',
        'requests.csv, row 6, column "partner": a participant cannot meet itself',
      ],
    ],
    [
      'one participant named two ways (case, accents, spaces)',
      { requests: `${REQUESTS}aero spain,Cluster Aeroespacial,\nAero  Spain,Clúster Energía,\n` },
      [
        'requests.csv, row 4, column "requester": "aero spain" is written "Aero Spain" in row 2: use one spelling for one participant',
        'requests.csv, row 4, column "partner": "Cluster Aeroespacial" is written "Clúster Aeroespacial" in row 2: use one spelling for one participant',
        'requests.csv, row 4, column "partner": duplicate of row 2 (the same two participants)',
        'requests.csv, row 5, column "requester": "Aero  Spain" is written "Aero Spain" in row 2: use one spelling for one participant',
        'requests.csv, row 5, column "partner": duplicate of row 3 (the same two participants)',
      ],
    ],
    [
      'malformed availability, days and times outside the sessions, unknown names',
      {
        availability:
          'participant,date,start,end\nClúster energía,2026-10-20,09:00,10:00\nAero Spain,2026-13-01,9:00,08:00\nAero Spain,2026-10-22,09:00,10:00\nAero Spain,2026-10-20,08:30,11:30\nNobody,2026-10-20,09:00,10:00\n',
      },
      [
        'availability.csv, row 3, column "date": "2026-13-01" is not a date (use YYYY-MM-DD)',
        'availability.csv, row 3, column "start": "9:00" is not a time (use HH:MM, e.g. 09:30)',
        'availability.csv, row 2, column "participant": "Clúster energía" is written "Clúster Energía" in row 3: use one spelling for one participant',
        'availability.csv, row 6, column "participant": "Nobody" has no meeting requests in requests.csv (check the spelling, or remove it here)',
        'availability.csv, row 4, column "date": 2026-10-22 is not a day of the event (2026-10-20, 2026-10-21)',
        'availability.csv, row 5, column "start": 08:30 is before the sessions of that day (09:00–11:00)',
        'availability.csv, row 5, column "end": 11:30 is after the sessions of that day (09:00–11:00)',
      ],
    ],
  ])('%s', (_, patch, expected) => {
    expect(problems(files(patch))).toEqual(expected);
  });

  it('lists the problems of every file at once', () => {
    const listed = problems(files({ event: '{', requests: 'requester,partner\nA,\n', availability: '' }));
    expect(listed).toEqual([
      expect.stringMatching(/^event\.json: not valid JSON/),
      'requests.csv, row 2, column "partner": missing partner',
      'availability.csv: the file is empty',
    ]);
  });
});

describe('readB2bFiles: event.json', () => {
  it.each<[string, object, string[]]>([
    [
      'unknown fields, bad values',
      { timeZone: 'Mars/Base', meetingMinutes: 0, tables: 2, tableNames: ['A'], sessionz: [] },
      [
        'event.json, sessionz: unknown field (use name, timeZone, meetingMinutes, gapMinutes, tables, tableNames, sessions, breaks, maxMeetings, participants, locked)',
        'event.json, timeZone: "Mars/Base" is not a known time zone',
        'event.json, meetingMinutes: expected a whole number, 1 or more',
        'event.json, tableNames: expected a list of 2 table names (one per table)',
      ],
    ],
    [
      'overlapping sessions, a malformed time, a break on another day',
      {
        sessions: [
          { name: 'A', date: '2026-10-20', start: '09:00', end: '11:00' },
          { name: 'B', date: '2026-10-20', start: '10:00', end: '12:00' },
          { name: 'C', date: '2026-10-21', start: '9:00', end: '12:00' },
        ],
        breaks: [{ date: '2026-10-25', start: '10:00', end: '10:15' }],
      },
      [
        'event.json, sessions[2].start: "9:00" is not a time (use HH:MM, e.g. 09:30)',
        'event.json, sessions[1]: overlaps session "A" on 2026-10-20',
        'event.json, breaks[0].date: 2026-10-25 is not a day of the event',
      ],
    ],
    [
      'no meeting fits',
      { meetingMinutes: 180 },
      ['event.json, sessions: no 180-minute meeting fits in any session: shorten the meetings or lengthen a session'],
    ],
  ])('%s', (_, eventPatch, expected) => {
    expect(problems(files({ eventPatch }))).toEqual(expected);
  });

  it('checks locked meetings against the requests, the slots, the tables and availability', () => {
    const lock = (patch: object) => ({
      requester: 'Aero Spain',
      partner: 'Clúster Aeroespacial',
      date: '2026-10-20',
      start: '09:00',
      ...patch,
    });
    const locked = [
      lock({ partner: 'Clúster Energía', table: '1' }),
      lock({ start: '09:10' }),
      lock({ table: '9' }),
      lock({ date: '2026-10-21', start: '09:30' }),
      lock({ requester: 'Aero spain' }),
    ];
    const availability = 'participant,date,start,end\nClúster Aeroespacial,2026-10-21,09:30,10:00\n';
    expect(problems(files({ eventPatch: { locked }, availability }))).toEqual([
      'event.json, locked[4].requester: "Aero spain" is written "Aero Spain" in row 2: use one spelling for one participant',
    ]);
    expect(problems(files({ eventPatch: { locked: locked.slice(0, 4) }, availability }))).toEqual([
      'event.json, locked[1]: no meeting slot starts at that date and time',
      'event.json, locked[2]: no table has that name (see tableNames)',
      'event.json, locked[3]: one of the two is not available then',
    ]);
    const twice = [lock({ table: '1' }), lock({ partner: 'Clúster Energía', table: '2' })];
    expect(problems(files({ eventPatch: { locked: twice } }))).toEqual([
      'event.json, locked[1]: one of the two already has a locked meeting then',
    ]);
  });
});
