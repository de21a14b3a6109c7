import { formatTime, isValidIsoDate, parseTime } from '@/domain/dates';
import type { MeetingEvent, Schedule, ScheduledMeeting, ShortlistEntry } from '@/domain/event';

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface Span {
  start: number;
  end: number;
}

/** A span with parseable times and end > start; anything else yields no slots. */
function span(item: { start: string; end: string }): Span | null {
  const start = parseTime(item.start);
  const end = parseTime(item.end);
  return start !== null && end !== null && end > start ? { start, end } : null;
}

const isWholeMinutes = (n: number, min: number) => Number.isInteger(n) && n >= min;

export interface Slot extends Span {
  sessionId: string;
}

/** Every meeting slot of the day, in time order; [] when the event is unusable. */
export function buildSlots(event: MeetingEvent): Slot[] {
  const { meetingMinutes: length, gapMinutes: gap } = event;
  if (!isWholeMinutes(length, 1) || !isWholeMinutes(gap, 0)) return [];
  const breaks = event.breaks.map(span).filter((b): b is Span => b !== null);
  const sessions = event.sessions
    .map((s) => ({ id: s.id, span: span(s) }))
    .filter((s): s is { id: string; span: Span } => s.span !== null)
    .sort((a, b) => a.span.start - b.span.start);
  const slots: Slot[] = [];
  // The cursor only moves forward, so overlapping sessions can never double-book a time.
  let cursor = 0;
  for (const session of sessions) {
    cursor = Math.max(cursor, session.span.start);
    while (cursor + length <= session.span.end) {
      const end = cursor + length;
      const clash = breaks.find((b) => cursor < b.end && b.start < end);
      if (clash) {
        cursor = clash.end;
        continue;
      }
      slots.push({ start: cursor, end, sessionId: session.id });
      cursor = end + gap;
    }
  }
  return slots;
}

export function buildSchedule(event: MeetingEvent, entries: readonly ShortlistEntry[]): Schedule {
  const slots = buildSlots(event);
  const table = event.tables ? event.firstTable : null;
  const meetings: ScheduledMeeting[] = [];
  const overflow: string[] = [];
  entries.forEach((entry, index) => {
    const slot = slots[index];
    if (!slot) {
      overflow.push(entry.clusterId);
      return;
    }
    meetings.push({
      order: index + 1,
      clusterId: entry.clusterId,
      start: formatTime(slot.start),
      end: formatTime(slot.end),
      sessionId: slot.sessionId,
      table,
    });
  });
  return { meetings, overflow, capacity: slots.length };
}

const named = (kind: string, item: { id: string; label: string }) => `${kind} "${item.label.trim() || item.id}"`;

function spanProblems(kind: string, item: { id: string; label: string; start: string; end: string }): string[] {
  const start = parseTime(item.start);
  const end = parseTime(item.end);
  const problems: string[] = [];
  if (start === null) problems.push(`${named(kind, item)} has an invalid start time "${item.start}" (use HH:MM)`);
  if (end === null) problems.push(`${named(kind, item)} has an invalid end time "${item.end}" (use HH:MM)`);
  if (start !== null && end !== null && end < start) problems.push(`${named(kind, item)} ends before it starts`);
  if (start !== null && end !== null && end === start)
    problems.push(`${named(kind, item)} starts and ends at the same time`);
  return problems;
}

/** Human-readable problems with the event; [] when it can be scheduled as entered. */
export function validateEvent(event: MeetingEvent): string[] {
  const problems: string[] = [];
  if (!isValidIsoDate(event.date)) problems.push(`The date "${event.date}" is not a valid date (use YYYY-MM-DD)`);
  if (!isValidTimeZone(event.timeZone)) problems.push(`The time zone "${event.timeZone}" is not recognised`);
  if (!isWholeMinutes(event.meetingMinutes, 1))
    problems.push('Meetings must last a whole number of minutes, at least 1');
  if (!isWholeMinutes(event.gapMinutes, 0))
    problems.push('The gap between meetings must be a whole number of minutes, 0 or more');
  if (event.tables && !isWholeMinutes(event.firstTable, 1))
    problems.push('The first table number must be a whole number, 1 or more');
  if (event.sessions.length === 0) problems.push('Add at least one session');
  for (const session of event.sessions) problems.push(...spanProblems('Session', session));
  for (const brk of event.breaks) problems.push(...spanProblems('Break', brk));
  const valid = event.sessions
    .map((s) => ({ s, span: span(s) }))
    .filter((x): x is { s: (typeof event.sessions)[number]; span: Span } => x.span !== null)
    .sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < valid.length; i++) {
    const prev = valid[i - 1];
    if (valid[i].span.start < prev.span.end) {
      problems.push(`${named('Session', prev.s)} and ${named('session', valid[i].s)} overlap`);
    }
  }
  const slotCount = buildSlots(event).length;
  if (problems.length === 0 && slotCount === 0)
    problems.push('No meeting fits in the sessions: shorten the meetings or lengthen a session');
  return problems;
}
