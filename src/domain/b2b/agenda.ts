// A participant's day as handed out: each session under its heading with every slot in time order
// (a meeting, a free slot, or a slot the participant said it is away), the breaks as rows, and the
// requested meetings that could not be placed last. Read from a B2bResult only.
import type { B2bParticipant, B2bResult } from '@/domain/b2b/participants';
import { participantOf, type PartnerFacts } from '@/domain/b2b/agenda-participants';
import { buildB2bSlots, slotsOverlapping, type B2bSlot } from '@/domain/b2b/slots';
import type { B2bBreak, B2bSession, PlacedMeeting, UnplacedMeeting } from '@/domain/b2b/types';
import { formatTime, parseTime } from '@/domain/dates';

/** The other side of a meeting, with what the participant needs to find and reach it. */
export interface AgendaCounterpart {
  name: string;
  people: string[];
  website: string | null;
  contact: string | null;
}

export type AgendaRow =
  | { kind: 'meeting'; start: string; end: string; meeting: PlacedMeeting; with: AgendaCounterpart }
  /** `away`: the participant said it is not available then. */
  | { kind: 'free'; start: string; end: string; away: boolean }
  | { kind: 'break'; start: string; end: string; name: string };

export type AgendaBlock =
  | { kind: 'session'; date: string; session: B2bSession; rows: AgendaRow[] }
  | { kind: 'break'; date: string; brk: B2bBreak };

export interface ParticipantAgenda {
  participant: B2bParticipant;
  blocks: AgendaBlock[];
  meetings: number;
  /** Its requested meetings that are not in the schedule, with the scheduler's reason. */
  unscheduled: Array<UnplacedMeeting & { with: AgendaCounterpart }>;
}

const minutes = (time: string) => parseTime(time) ?? 24 * 60;

/** True when the meeting has `name` on either side. */
export const involves = (m: Pick<PlacedMeeting, 'requester' | 'partner'>, name: string) =>
  m.requester === name || m.partner === name;

/** The name on the other side of a meeting from `name`. */
export const otherSide = (m: Pick<PlacedMeeting, 'requester' | 'partner'>, name: string) =>
  m.requester === name ? m.partner : m.requester;

function counterpart(result: B2bResult, name: string, extra: PartnerFacts | undefined): AgendaCounterpart {
  const p = participantOf(result, name);
  // The organiser's own entry wins; the dataset's facts only fill what it left empty.
  return {
    name,
    people: p.people,
    website: p.website ?? extra?.[name]?.website ?? null,
    contact: p.contact ?? extra?.[name]?.contact ?? null,
  };
}

export type EventPart =
  { date: string; session: B2bSession; brk?: undefined } | { date: string; brk: B2bBreak; session?: undefined };

/** Sessions and breaks of the event in calendar order; a break inside a session is one of its rows. */
export function eventBlocks(result: B2bResult): EventPart[] {
  const { sessions, breaks } = result.input.event;
  const dates = [...new Set(sessions.map((s) => s.date))].sort();
  const inside = (b: B2bBreak, s: B2bSession) =>
    minutes(b.start) >= minutes(s.start) && minutes(b.start) < minutes(s.end);
  const begins = (part: EventPart) => minutes(part.session ? part.session.start : part.brk.start);
  return dates.flatMap((date) => {
    const daySessions = sessions.filter((s) => s.date === date);
    const dayBreaks = breaks.filter(
      (b) => (b.date === null || b.date === date) && !daySessions.some((s) => inside(b, s)),
    );
    const parts: EventPart[] = [
      ...daySessions.map((session) => ({ date, session })),
      ...dayBreaks.map((brk) => ({ date, brk })),
    ];
    return parts.sort((a, b) => begins(a) - begins(b));
  });
}

/** The slots of one session on one date. */
export function sessionSlots(slots: readonly B2bSlot[], date: string, session: B2bSession): B2bSlot[] {
  return slots.filter((s) => s.date === date && s.start >= minutes(session.start) && s.end <= minutes(session.end));
}

/** The breaks that fall inside a session on a date. */
export function sessionBreaks(result: B2bResult, date: string, session: B2bSession): B2bBreak[] {
  return result.input.event.breaks.filter(
    (b) =>
      (b.date === null || b.date === date) &&
      minutes(b.start) >= minutes(session.start) &&
      minutes(b.start) < minutes(session.end),
  );
}

export function buildParticipantAgenda(result: B2bResult, name: string, extra?: PartnerFacts): ParticipantAgenda {
  const slots = buildB2bSlots(result.input.event);
  const own = result.schedule.scheduled.filter((m) => involves(m, name));
  const away = new Set(
    result.input.unavailable
      .filter((u) => u.participant === name)
      .flatMap((u) => slotsOverlapping(slots, u.date, u.start, u.end).map((i) => slots[i])),
  );
  const blocks = eventBlocks(result).map(({ date, session, brk }): AgendaBlock => {
    if (!session) return { kind: 'break', date, brk };
    const rows: AgendaRow[] = sessionSlots(slots, date, session).map((slot) => {
      const [start, end] = [formatTime(slot.start), formatTime(slot.end)];
      const meeting = own.find((m) => m.date === date && m.start === start);
      return meeting
        ? { kind: 'meeting', start, end, meeting, with: counterpart(result, otherSide(meeting, name), extra) }
        : { kind: 'free', start, end, away: away.has(slot) };
    });
    for (const b of sessionBreaks(result, date, session))
      rows.push({ kind: 'break', start: b.start, end: b.end, name: b.name });
    // Stable: a break that starts with a slot (none should) stays after it.
    rows.sort((a, b) => minutes(a.start) - minutes(b.start));
    return { kind: 'session', date, session, rows };
  });
  return {
    participant: participantOf(result, name),
    blocks,
    meetings: own.length,
    unscheduled: result.schedule.unscheduled
      .filter((m) => involves(m, name))
      .map((m) => ({ ...m, with: counterpart(result, otherSide(m, name), extra) })),
  };
}

/**
 * The dataset clusters an agenda meets, in meeting order (for the printed map): the counterparts
 * linked to a cluster id; a counterpart entered by hand has no place to show.
 */
export function agendaStops(result: B2bResult, agenda: ParticipantAgenda): Array<{ id: string; order: number }> {
  const ids = new Map(result.participants.map((p) => [p.name, p.clusterId]));
  const stops: Array<{ id: string; order: number }> = [];
  for (const block of agenda.blocks) {
    if (block.kind !== 'session') continue;
    for (const row of block.rows) {
      const id = row.kind === 'meeting' ? ids.get(row.with.name) : null;
      if (id && !stops.some((s) => s.id === id)) stops.push({ id, order: stops.length + 1 });
    }
  }
  return stops;
}
