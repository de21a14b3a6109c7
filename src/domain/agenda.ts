// The day as printed: each session under its heading with its meetings and the breaks that fall in
// it, in time order; breaks between sessions stand on their own; unscheduled meetings come last.
import { parseTime } from '@/domain/dates';
import type { EventBreak, EventSession, MeetingEvent } from '@/domain/event';
import type { MeetingRow } from '@/domain/meeting-rows';

export type AgendaItem = { kind: 'meeting'; row: MeetingRow } | { kind: 'break'; brk: EventBreak };

export type AgendaBlock =
  { kind: 'session'; session: EventSession; items: AgendaItem[] } | { kind: 'break'; brk: EventBreak };

export interface Agenda {
  blocks: AgendaBlock[];
  /** Meetings that did not fit, in shortlist order. */
  unscheduled: MeetingRow[];
}

// An unreadable time sorts last; validateEvent reports it on screen.
const minutes = (time: string) => parseTime(time) ?? 24 * 60;
const itemStart = (item: AgendaItem) =>
  minutes(item.kind === 'meeting' ? (item.row.meeting?.start ?? '') : item.brk.start);
const blockStart = (block: AgendaBlock) => minutes(block.kind === 'session' ? block.session.start : block.brk.start);

export function buildAgenda(rows: readonly MeetingRow[], event: MeetingEvent): Agenda {
  const within = (brk: EventBreak, s: EventSession) =>
    minutes(brk.start) >= minutes(s.start) && minutes(brk.start) < minutes(s.end);
  const blocks: AgendaBlock[] = event.sessions.map((session) => {
    const meetings = rows
      .filter((r) => r.meeting?.sessionId === session.id)
      .map((row): AgendaItem => ({ kind: 'meeting', row }));
    const breaks = event.breaks.filter((b) => within(b, session)).map((brk): AgendaItem => ({ kind: 'break', brk }));
    // Stable sort: a break that starts with a meeting comes after it only if listed so; breaks first.
    const items = [...breaks, ...meetings].sort((a, b) => itemStart(a) - itemStart(b));
    return { kind: 'session', session, items };
  });
  for (const brk of event.breaks) {
    if (!event.sessions.some((s) => within(brk, s))) blocks.push({ kind: 'break', brk });
  }
  blocks.sort((a, b) => blockStart(a) - blockStart(b));
  return { blocks, unscheduled: rows.filter((r) => r.meeting === null) };
}
