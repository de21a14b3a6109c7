import { formatTime, isValidIsoDate, parseTime } from '@/domain/dates';
import type { MeetingEvent, Schedule, ScheduledMeeting, ShortlistEntry } from '@/domain/event';
import { tr } from '@/i18n/i18n';

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
      // Each meeting at its own table, numbered on from the first ('First table' in the event form).
      table: event.tables ? event.firstTable + index : null,
    });
  });
  return { meetings, overflow, capacity: slots.length };
}

interface SpanWords {
  badStart: (name: string, time: string) => string;
  badEnd: (name: string, time: string) => string;
  reversed: (name: string) => string;
  instant: (name: string) => string;
}

// One set of sentences per kind of slot, so each language can agree its words ('la sesión', 'el receso').
const SESSION: SpanWords = {
  badStart: (name, time) => tr('schedule:session.badStart', { name, time }),
  badEnd: (name, time) => tr('schedule:session.badEnd', { name, time }),
  reversed: (name) => tr('schedule:session.endsBeforeStart', { name }),
  instant: (name) => tr('schedule:session.noLength', { name }),
};

const BREAK: SpanWords = {
  badStart: (name, time) => tr('schedule:break.badStart', { name, time }),
  badEnd: (name, time) => tr('schedule:break.badEnd', { name, time }),
  reversed: (name) => tr('schedule:break.endsBeforeStart', { name }),
  instant: (name) => tr('schedule:break.noLength', { name }),
};

const nameOf = (item: { id: string; label: string }) => item.label.trim() || item.id;

function spanProblems(words: SpanWords, item: { id: string; label: string; start: string; end: string }): string[] {
  const start = parseTime(item.start);
  const end = parseTime(item.end);
  const name = nameOf(item);
  const problems: string[] = [];
  if (start === null) problems.push(words.badStart(name, item.start));
  if (end === null) problems.push(words.badEnd(name, item.end));
  if (start !== null && end !== null && end < start) problems.push(words.reversed(name));
  if (start !== null && end !== null && end === start) problems.push(words.instant(name));
  return problems;
}

/** Human-readable problems with the event, in the active language; [] when it can be scheduled as entered. */
export function validateEvent(event: MeetingEvent): string[] {
  const problems: string[] = [];
  if (!isValidIsoDate(event.date)) problems.push(tr('schedule:event.badDate', { date: event.date }));
  if (!isValidTimeZone(event.timeZone)) problems.push(tr('schedule:event.badTimeZone', { zone: event.timeZone }));
  if (!isWholeMinutes(event.meetingMinutes, 1)) problems.push(tr('schedule:event.meetingMinutes'));
  if (!isWholeMinutes(event.gapMinutes, 0)) problems.push(tr('schedule:event.gapMinutes'));
  if (event.tables && !isWholeMinutes(event.firstTable, 1)) problems.push(tr('schedule:event.firstTable'));
  if (event.sessions.length === 0) problems.push(tr('schedule:event.noSessions'));
  for (const session of event.sessions) problems.push(...spanProblems(SESSION, session));
  for (const brk of event.breaks) problems.push(...spanProblems(BREAK, brk));
  const valid = event.sessions
    .map((s) => ({ s, span: span(s) }))
    .filter((x): x is { s: (typeof event.sessions)[number]; span: Span } => x.span !== null)
    .sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < valid.length; i++) {
    const prev = valid[i - 1];
    if (valid[i].span.start < prev.span.end) {
      problems.push(tr('schedule:session.overlap', { first: nameOf(prev.s), second: nameOf(valid[i].s) }));
    }
  }
  const slotCount = buildSlots(event).length;
  if (problems.length === 0 && slotCount === 0) problems.push(tr('schedule:event.noSlot'));
  return problems;
}
