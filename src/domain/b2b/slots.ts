import { DEFAULT_EVENT, type MeetingEvent } from '@/domain/event';
import { buildSlots } from '@/domain/schedule';
import { parseTime } from '@/domain/dates';
import type { B2bEvent } from '@/domain/b2b/types';

export interface B2bSlot {
  date: string;
  /** Minutes since midnight. */
  start: number;
  end: number;
  session: string;
}

/** The event's days, in calendar order (ISO dates sort as text). */
export function eventDates(event: Pick<B2bEvent, 'sessions'>): string[] {
  return [...new Set(event.sessions.map((s) => s.date))].sort();
}

/**
 * Every meeting slot of the event in time order. Each day is laid out by the single-day
 * scheduler's buildSlots, so sessions, gaps and breaks mean the same thing in both.
 */
export function buildB2bSlots(event: B2bEvent): B2bSlot[] {
  const slots: B2bSlot[] = [];
  for (const date of eventDates(event)) {
    const day: MeetingEvent = {
      ...DEFAULT_EVENT,
      date,
      meetingMinutes: event.meetingMinutes,
      gapMinutes: event.gapMinutes,
      sessions: event.sessions.flatMap((s, i) =>
        s.date === date ? [{ id: String(i), label: s.name, start: s.start, end: s.end }] : [],
      ),
      breaks: event.breaks.flatMap((b, i) =>
        b.date === null || b.date === date ? [{ id: String(i), label: b.name, start: b.start, end: b.end }] : [],
      ),
    };
    for (const slot of buildSlots(day)) {
      const session = event.sessions[Number(slot.sessionId)]?.name ?? '';
      slots.push({ date, start: slot.start, end: slot.end, session });
    }
  }
  return slots;
}

/** Slot indices that overlap the wall-clock span [start, end) on that date. */
export function slotsOverlapping(slots: readonly B2bSlot[], date: string, start: string, end: string): number[] {
  const from = parseTime(start);
  const to = parseTime(end);
  if (from === null || to === null) return [];
  const hits: number[] = [];
  slots.forEach((slot, i) => {
    if (slot.date === date && slot.start < to && from < slot.end) hits.push(i);
  });
  return hits;
}
