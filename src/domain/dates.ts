/** Calendar-day part of an ISO date or timestamp, so '2019-06-23T10:00Z' compares as '2019-06-23'. */
export function isoDay(iso: string): string {
  return iso.length > 10 ? iso.slice(0, 10) : iso;
}

/** '2019-06-23' → 20190623 for fast comparisons; NaN when the text is not a full ISO date. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]) : Number.NaN;
}

/** True for a full YYYY-MM-DD date that exists on the calendar (no 30 February). */
export function isValidIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

// Wall-clock arithmetic in minutes since midnight: a meeting day never crosses midnight, and
// Date objects would drag the host's time zone into a pure function.

/** 24-hour 'HH:MM': the one time-of-day check (schedules, saved events, forms). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'HH:MM' → minutes since midnight; null when malformed. */
export function parseTime(time: string): number | null {
  const m = TIME_OF_DAY.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The calendar day of `now` on the user's own clock (YYYY-MM-DD), or the next Monday when it falls
 * on a weekend: a default meeting day that is never in the past. The local date, not UTC: just after
 * midnight in Madrid the UTC date is still yesterday's.
 */
export function workingDayFrom(now: Date): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const weekday = day.getDay();
  if (weekday === 6) day.setDate(day.getDate() + 2);
  if (weekday === 0) day.setDate(day.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
