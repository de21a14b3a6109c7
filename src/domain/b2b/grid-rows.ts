import { eventDates, type B2bSlot } from '@/domain/b2b/slots';
import type { B2bBreak, B2bEvent } from '@/domain/b2b/types';
import { parseTime } from '@/domain/dates';

/** One row of the schedule grid, in time order: a day, a session heading, a slot or a break. */
export type GridRow =
  | { kind: 'day'; date: string }
  | { kind: 'session'; date: string; name: string }
  | { kind: 'slot'; slot: number }
  | { kind: 'break'; date: string; item: B2bBreak };

/**
 * The grid's rows: each day, its sessions as headings, and the breaks as rows of their own between
 * the slots they fall between (a break outside the day's slots is left out: no meeting is near it).
 */
export function gridRows(event: B2bEvent, slots: readonly B2bSlot[]): GridRow[] {
  const rows: GridRow[] = [];
  for (const date of eventDates(event)) {
    const day = slots.map((s, i) => ({ s, i })).filter(({ s }) => s.date === date);
    if (day.length === 0) continue;
    rows.push({ kind: 'day', date });
    const breaks = event.breaks
      .filter((b) => b.date === null || b.date === date)
      .map((item) => ({ item, start: parseTime(item.start) ?? -1 }))
      .filter(({ start }) => start >= day[0].s.start && start < day[day.length - 1].s.end)
      .sort((a, b) => a.start - b.start);
    let session: string | null = null;
    for (const { s, i } of day) {
      while (breaks.length > 0 && breaks[0].start < s.start)
        rows.push({ kind: 'break', date, item: breaks.shift()!.item });
      if (s.session !== session) rows.push({ kind: 'session', date, name: (session = s.session) });
      rows.push({ kind: 'slot', slot: i });
    }
    for (const { item } of breaks) rows.push({ kind: 'break', date, item });
  }
  return rows;
}
