// Which cells hold dates or times: a spreadsheet stores both as day numbers and tells them apart
// only by the cell's number format (ECMA-376 Part 1, 18.8.30 for the built-in ids).

export type ValueKind = 'number' | 'date' | 'time' | 'datetime';

// Built-in format ids: 14–17 dates, 18–21 and 45–47 times, 22 date and time. 27–36 and 50–58 are
// the East Asian dates Excel writes for those locales.
const BUILT_IN: Record<number, ValueKind> = { 14: 'date', 15: 'date', 16: 'date', 17: 'date', 22: 'datetime' };
for (const id of [18, 19, 20, 21, 45, 46, 47]) BUILT_IN[id] = 'time';
for (let id = 27; id <= 36; id++) BUILT_IN[id] = 'date';
for (let id = 50; id <= 58; id++) BUILT_IN[id] = 'date';

/** What a format code shows: quoted text, escapes, [colour]/[$-locale] tags and fill rules aside. */
export function formatKind(code: string): ValueKind {
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .toLowerCase();
  const date = /[dy]/.test(bare) || /m{3,}/.test(bare);
  const time = /[hs]/.test(bare) || /\[m+\]/.test(bare);
  if (date && time) return 'datetime';
  if (date) return 'date';
  return time ? 'time' : 'number';
}

export function builtInKind(numFmtId: number): ValueKind {
  return BUILT_IN[numFmtId] ?? 'number';
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A day number as shown: ISO date, 'HH:MM', or both; `date1904` for workbooks counting from 1904. */
export function serialText(serial: number, kind: Exclude<ValueKind, 'number'>, date1904: boolean): string {
  // Day 0 is 1899-12-30 (so that Excel's phantom 1900-02-29 lines up for every later date).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  // Rounded to the minute first, so 09:59:59.9 is 10:00 and 23:59:59.9 turns the day.
  const at = new Date(epoch + Math.round((serial * DAY_MS) / 60_000) * 60_000);
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
  if (kind === 'date') return date;
  if (kind === 'time') return time;
  return `${date} ${time}`;
}
