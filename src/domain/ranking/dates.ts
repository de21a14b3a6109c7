// A fixed English formatter: toLocaleDateString differs between browsers, Node and test runners.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** '2019-06-23' → '23 Jun 2019'; '2019-06' → 'Jun 2019'; '2019' → '2019'; anything else is returned unchanged. */
export function formatIsoDate(iso: string): string {
  const match = ISO_PREFIX.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year ?? iso;
  const name = MONTHS[Number(month) - 1];
  if (!name) return iso;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

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
