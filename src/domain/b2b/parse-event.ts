import type { InputProblem } from '@/domain/b2b/input-problem';
import { join, JsonFields } from '@/domain/b2b/json-fields';
import { buildB2bSlots, eventDates } from '@/domain/b2b/slots';
import type { B2bBreak, B2bEvent, B2bSession, LockedMeeting } from '@/domain/b2b/types';
import { isValidTimeZone } from '@/domain/schedule';
import { parseTime } from '@/domain/dates';

const EVENT_FIELDS = [
  'name',
  'timeZone',
  'meetingMinutes',
  'gapMinutes',
  'tables',
  'tableNames',
  'sessions',
  'breaks',
  'maxMeetings',
  'participants',
  'locked',
];

/** event.json (format in README.md, "B2B meeting scheduler"). */
export function parseEventJson(
  text: string,
  file = 'event.json',
): { event: B2bEvent | null; problems: InputProblem[] } {
  const f = new JsonFields(file);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { event: null, problems: [{ file, message: 'the file is empty' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { event: null, problems: [{ file, message: `not valid JSON (${(error as Error).message})` }] };
  }
  const obj = f.object(raw, '', EVENT_FIELDS);
  if (!obj) return { event: null, problems: f.problems };
  const timeZone = f.text(obj, 'timeZone', '');
  if (timeZone !== null && !isValidTimeZone(timeZone)) f.fail('timeZone', `"${timeZone}" is not a known time zone`);
  const meetingMinutes = f.whole(obj, 'meetingMinutes', '', 1);
  const gapMinutes = f.whole(obj, 'gapMinutes', '', 0, 0);
  const tables = f.whole(obj, 'tables', '', 1);
  const tableNames = readTableNames(f, obj.tableNames, tables);
  const sessions = readSpans(f, obj, 'sessions', true) as B2bSession[];
  if (Array.isArray(obj.sessions) && obj.sessions.length === 0) f.fail('sessions', 'add at least one session');
  checkOverlaps(f, sessions);
  const dates = eventDates({ sessions });
  const breaks = readSpans(f, obj, 'breaks', false) as B2bBreak[];
  breaks.forEach((b, i) => {
    if (b.date !== null && !dates.includes(b.date)) f.fail(`breaks[${i}].date`, `${b.date} is not a day of the event`);
  });
  const defaultMaxMeetings = f.whole(obj, 'maxMeetings', '', 0, null);
  const maxMeetings: Record<string, number> = {};
  f.list(obj, 'participants', '')?.forEach((item, i) => {
    const path = `participants[${i}]`;
    const p = f.object(item, path, ['name', 'maxMeetings']);
    const name = p && f.text(p, 'name', path);
    const max = p && f.whole(p, 'maxMeetings', path, 0);
    if (name !== null && max !== null) maxMeetings[name] = max;
  });
  const locked = readLocks(f, obj);
  if (f.problems.length > 0 || timeZone === null || meetingMinutes === null || gapMinutes === null || !tableNames)
    return { event: null, problems: f.problems };
  const event: B2bEvent = {
    timeZone,
    meetingMinutes,
    gapMinutes,
    tableNames,
    sessions,
    breaks,
    defaultMaxMeetings,
    maxMeetings,
    locked,
  };
  if (buildB2bSlots(event).length === 0)
    f.fail(
      'sessions',
      `no ${meetingMinutes}-minute meeting fits in any session: shorten the meetings or lengthen a session`,
    );
  return f.problems.length > 0 ? { event: null, problems: f.problems } : { event, problems: [] };
}

function readTableNames(f: JsonFields, value: unknown, tables: number | null): string[] | null {
  if (tables === null) return null;
  if (value === undefined) return Array.from({ length: tables }, (_, i) => String(i + 1));
  if (!Array.isArray(value) || value.length !== tables || value.some((v) => typeof v !== 'string' || v.trim() === ''))
    return f.fail('tableNames', `expected a list of ${tables} table names (one per table)`);
  const names = value.map((v: string) => v.trim());
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  return repeated === undefined ? names : f.fail('tableNames', `"${repeated}" names two tables`);
}

/** Sessions (date required) or breaks (date optional: every day), each a span with end > start. */
function readSpans(f: JsonFields, obj: Record<string, unknown>, key: string, dated: boolean) {
  const spans: Array<B2bSession | B2bBreak> = [];
  (f.list(obj, key, '') ?? []).forEach((item, i) => {
    const path = join(key, i);
    const o = f.object(item, path, ['name', 'date', 'start', 'end']);
    if (!o) return;
    const name = f.text(o, 'name', path, dated ? `Session ${i + 1}` : 'Break');
    const date = dated || o.date !== undefined ? f.date(o, 'date', path) : null;
    const [start, end] = [f.time(o, 'start', path), f.time(o, 'end', path)];
    if (start === null || end === null || name === null || (dated && date === null)) return;
    if ((parseTime(end) ?? 0) <= (parseTime(start) ?? 0))
      return void f.fail(`${path}.end`, `ends at ${end}, not after its start ${start}`);
    spans.push({ name, date, start, end } as B2bSession | B2bBreak);
  });
  if (obj[key] === undefined && dated) f.fail(key, 'missing');
  return spans;
}

function checkOverlaps(f: JsonFields, sessions: readonly B2bSession[]): void {
  sessions.forEach((a, i) =>
    sessions.slice(0, i).forEach((b) => {
      const [as, ae, bs, be] = [a.start, a.end, b.start, b.end].map((t) => parseTime(t) ?? 0);
      if (a.date === b.date && as < be && bs < ae)
        f.fail(`sessions[${i}]`, `overlaps session "${b.name}" on ${a.date}`);
    }),
  );
}

function readLocks(f: JsonFields, obj: Record<string, unknown>): LockedMeeting[] {
  const locks: LockedMeeting[] = [];
  (f.list(obj, 'locked', '') ?? []).forEach((item, i) => {
    const path = `locked[${i}]`;
    const o = f.object(item, path, ['requester', 'partner', 'date', 'start', 'table']);
    if (!o) return;
    const [requester, partner] = [f.text(o, 'requester', path), f.text(o, 'partner', path)];
    const [date, start] = [f.date(o, 'date', path), f.time(o, 'start', path)];
    const table = o.table === undefined ? null : f.text(o, 'table', path);
    if (requester && partner && date && start && (o.table === undefined || table))
      locks.push({ requester, partner, date, start, table });
  });
  return locks;
}
