import type { EntryOutcome, EventBreak, EventSession, MeetingEvent } from '@/domain/event';
import { decodeShareOutcomes, encodeShareOutcomes } from '@/domain/outcomes-share';
import { formatNumber } from '@/domain/format';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { tr } from '@/i18n/i18n';

// What a share link carries of the shared list beyond its clusters: its name, the notes (in list
// order), the event settings and, when it differs from the view the link opens, the list's own
// profile (a nested share query). Notes and event are JSON: a positional event keeps the link short.

export const LIST_KEYS = ['ln', 'nt', 'ev', 'lp', 'oc'] as const;

export interface ShareList {
  name: string;
  /** One per shared cluster, in order; empty when no entry has a note (or they were left out). */
  notes: string[];
  /** One per shared cluster, like the notes (and left out with them); absent or empty: none. */
  outcomes?: Array<EntryOutcome | null | undefined>;
  event: MeetingEvent;
  /** The list's profile as a share query (no '?'), or null when it is the one the link opens. */
  profile: string | null;
}

/** What a link said about its list; the event still has to pass the saved-state schema. */
export interface DecodedList {
  name?: string;
  /** Each note by the cluster it was written for (an unknown cluster's note goes with it). */
  notes?: ReadonlyMap<string, string>;
  /** Each meeting's outcome by its cluster, still to be checked against the saved-state schema. */
  outcomes?: ReadonlyMap<string, EntryOutcome>;
  event?: unknown;
  profile?: string;
}

type Slot = [id: string, label: string, start: string, end: string];
type EventTuple = [string, string, string, string, number, number, number, Slot[], Slot[]];

const slots = (list: readonly (EventSession | EventBreak)[]): Slot[] =>
  list.map((s) => [s.id, s.label, s.start, s.end]);

function eventTuple(e: MeetingEvent): EventTuple {
  const table = e.tables ? e.firstTable : 0;
  return [
    e.name,
    e.date,
    e.place,
    e.timeZone,
    e.meetingMinutes,
    e.gapMinutes,
    table,
    slots(e.sessions),
    slots(e.breaks),
  ];
}

const unslot = (raw: unknown) =>
  Array.isArray(raw) ? raw.map((s) => (Array.isArray(s) ? { id: s[0], label: s[1], start: s[2], end: s[3] } : s)) : raw;

function eventOf(raw: unknown): unknown {
  if (!Array.isArray(raw) || raw.length !== 9) return undefined;
  const [name, date, place, timeZone, meetingMinutes, gapMinutes, table, sessions, breaks] = raw as unknown[];
  const tables = typeof table === 'number' && table > 0;
  const firstTable = tables ? table : 1;
  return {
    ...{ name, date, place, timeZone, meetingMinutes, gapMinutes },
    ...{ sessions: unslot(sessions), breaks: unslot(breaks), tables, firstTable },
  };
}

/** The list's parameters, in link order; a list without notes leaves `nt` out. */
export function encodeShareList(list: ShareList): Array<[string, string | null]> {
  return [
    ['ln', list.name],
    ['nt', list.notes.some(Boolean) ? JSON.stringify(list.notes) : null],
    ['ev', JSON.stringify(eventTuple(list.event))],
    ['lp', list.profile],
    ['oc', encodeShareOutcomes(list.outcomes ?? [])],
  ];
}

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

const MAX_NOTE = SAVED_STATE_LIMITS.shortlist.note;

function notesOf(raw: string, note: (message: string) => void): string[] | undefined {
  const value = parseJson(raw);
  if (!Array.isArray(value) || !value.every((n) => typeof n === 'string')) {
    note(tr('workspace:link.badNotes'));
    return undefined;
  }
  const notes = value.slice(0, SAVED_STATE_LIMITS.shortlist.entries) as string[];
  if (notes.some((n) => n.length > MAX_NOTE))
    note(tr('workspace:link.noteCut', { count: MAX_NOTE, n: formatNumber(MAX_NOTE, 0) }));
  return notes.map((n) => n.slice(0, MAX_NOTE));
}

/** Reads the list's parameters; what cannot be read is noted and left out. */
export function decodeShareList(raw: ReadonlyMap<string, string>, note: (message: string) => void): DecodedList {
  const out: DecodedList = {};
  const name = raw.get('ln')?.trim();
  if (name) out.name = name.slice(0, SAVED_STATE_LIMITS.shortlist.name);
  const notes = raw.get('nt');
  const read = notes === undefined ? undefined : notesOf(notes, note);
  if (read) {
    // Aligned with the link's own list of clusters, before unknown or repeated ones were dropped.
    const ids = (raw.get('sl') ?? '').split(',').map((id) => id.trim());
    const byId = new Map<string, string>();
    ids.forEach((id, i) => {
      if (id && !byId.has(id) && read[i]) byId.set(id, read[i]);
    });
    out.notes = byId;
  }
  const outcomes = raw.get('oc');
  if (outcomes !== undefined) {
    const ids = (raw.get('sl') ?? '').split(',').map((id) => id.trim());
    out.outcomes = decodeShareOutcomes(outcomes, ids, () => note(tr('contacts:link.badOutcomes')));
  }
  const event = raw.get('ev');
  if (event !== undefined) {
    out.event = eventOf(parseJson(event));
    if (out.event === undefined) {
      delete out.event;
      note(tr('workspace:link.badEvent'));
    }
  }
  const profile = raw.get('lp');
  if (profile) out.profile = profile;
  return out;
}
