import type { EventBreak, EventSession } from '@/domain/event';
import { TIME_OF_DAY, formatTime, parseTime } from '@/domain/dates';
import { formatNumber } from '@/domain/format';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { tr } from '@/i18n/i18n';

export const TIME_ZONES = [
  'America/Mexico_City',
  'America/Monterrey',
  'America/Tijuana',
  'America/Cancun',
  'Europe/Brussels',
  'Europe/Madrid',
  'Europe/Paris',
  'Europe/Berlin',
  'UTC',
] as const;

/** The zone as people read it ('America/Mexico City', 'América/Ciudad de México'); another zone shows its id. */
export function timeZoneName(zone: string): string {
  const names: Record<string, string> = {
    'America/Mexico_City': tr('meetings:timeZone.mexicoCity'),
    'America/Monterrey': tr('meetings:timeZone.monterrey'),
    'America/Tijuana': tr('meetings:timeZone.tijuana'),
    'America/Cancun': tr('meetings:timeZone.cancun'),
    'Europe/Brussels': tr('meetings:timeZone.brussels'),
    'Europe/Madrid': tr('meetings:timeZone.madrid'),
    'Europe/Paris': tr('meetings:timeZone.paris'),
    'Europe/Berlin': tr('meetings:timeZone.berlin'),
  };
  return names[zone] ?? zone.replace(/_/g, ' ');
}

export const MEETING_LENGTHS = [15, 20, 30, 45, 60] as const;

// Limits of the saved-state schema: a value outside them would make the saved shortlist unreadable.
const EVENT = SAVED_STATE_LIMITS.event;
export const LIMITS = {
  gap: EVENT.gapMinutes,
  firstTable: EVENT.firstTable,
  slots: EVENT.slots,
  name: EVENT.name,
  place: EVENT.place,
  slotLabel: EVENT.slotLabel,
  note: SAVED_STATE_LIMITS.shortlist.note,
} as const;

export const isTime = (text: string) => TIME_OF_DAY.test(text);

/** A whole number within [min, max] from an input's text, or null. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** The usual lengths, plus the current one when an imported list uses another. */
export function meetingLengthOptions(current: number): number[] {
  const all: number[] = [...MEETING_LENGTHS];
  return all.includes(current) ? all : [...all, current].sort((a, b) => a - b);
}

export function timeZoneOptions(current: string): string[] {
  const all: string[] = [...TIME_ZONES];
  return all.includes(current) ? all : [current, ...all];
}

export type SlotKind = 'session' | 'break';
type Slot = EventSession | EventBreak;

export function newSlotId(kind: SlotKind, existing: readonly Slot[]): string {
  const ids = new Set(existing.map((s) => s.id));
  let n = existing.length + 1;
  while (ids.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

const clampMinutes = (m: number) => Math.max(0, Math.min(23 * 60 + 59, m));

/** A sensible next slot: a session after the last one, a 15-minute break inside the first session. */
export function newSlot(kind: SlotKind, existing: readonly Slot[], sessions: readonly EventSession[]): Slot {
  const id = newSlotId(kind, existing);
  if (kind === 'session') {
    const lastEnd = Math.max(8 * 60 + 30, ...existing.map((s) => parseTime(s.end) ?? 0));
    const start = clampMinutes(lastEnd + 30);
    const end = clampMinutes(start + 120);
    const label = tr('meetings:slots.session.fallback', { n: formatNumber(existing.length + 1, 0) });
    return { id, label, start: formatTime(start), end: formatTime(end) };
  }
  const base = parseTime(sessions[0]?.start ?? '09:00') ?? 9 * 60;
  const start = clampMinutes(base + 90 + existing.length * 120);
  return {
    id,
    label: tr('meetings:slots.coffeeBreak'),
    start: formatTime(start),
    end: formatTime(clampMinutes(start + 15)),
  };
}

/** 'Morning' or, for an unnamed slot, 'Session 2'. */
export function slotName(kind: SlotKind, slot: Slot, index: number): string {
  const label = slot.label.trim();
  if (label) return label;
  const n = formatNumber(index + 1, 0);
  return kind === 'session' ? tr('meetings:slots.session.fallback', { n }) : tr('meetings:slots.break.fallback', { n });
}

/** '3 meetings do not fit the sessions'. */
export function overflowHeading(meetings: number): string {
  // `count:` written out: the message extractor does not see a shorthand `{ count }` as a plural.
  return tr('meetings:overflow.heading', { count: meetings, n: formatNumber(meetings, 0) });
}
