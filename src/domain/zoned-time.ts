// Wall-clock time in an IANA zone → UTC, from Intl alone.

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

// Building an Intl.DateTimeFormat costs ~0.1 ms; a calendar needs several per meeting.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const n = 'numeric';
    const parts = { year: n, month: n, day: n, hour: n, minute: n, second: n } as const;
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...parts });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of `timeZone` from UTC at an instant, in minutes (east positive). */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / MINUTE);
}

/**
 * Wall-clock time in a zone → UTC. Ambiguous times (clocks going back) take the first
 * occurrence and times inside a gap use the offset before the gap, as RFC 5545 §3.3.5 says.
 */
export function zonedToUtc(localAsUtcMs: number, timeZone: string): number {
  const before = offsetMinutes(localAsUtcMs - DAY, timeZone);
  const after = offsetMinutes(localAsUtcMs + DAY, timeZone);
  const valid = [before, after]
    .map((offset) => ({ offset, utc: localAsUtcMs - offset * MINUTE }))
    .filter((c) => offsetMinutes(c.utc, timeZone) === c.offset)
    .map((c) => c.utc);
  return valid.length > 0 ? Math.min(...valid) : localAsUtcMs - before * MINUTE;
}
