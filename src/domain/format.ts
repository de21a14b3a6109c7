// Figures, numbers, dates and "not stated" wording in one place. Every function formats for the
// active language (src/i18n), so switching the language switches them all.
import type { Figure } from '@/domain/types';
import { INTL_LOCALE, activeLocale, tr } from '@/i18n/i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 'not stated in the sources': the one wording for a gap in the sources. */
export function notStated(): string {
  return tr('domain:notStated');
}

/** A cluster's state whose code states.json does not have: the code, marked, never passed off as a name. */
export function unknownStateName(code: string): string {
  return tr('domain:unknownState', { code });
}

/** Grouped thousands, at most `maxFractionDigits` decimals: 1200.5 → '1,200.5'. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  const active = activeLocale();
  const key = `${active}:${maxFractionDigits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(INTL_LOCALE[active], { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}

/** Years, ids and codes: never grouped ('2009', not '2,009'). */
export function formatYear(year: number): string {
  return String(year);
}

/** 72 → '72', 72.46 → '72.5': one decimal at most, no trailing '.0'. */
export function formatPoints(value: number): string {
  return formatNumber(Math.round(value * 10) / 10, 1);
}

/** 0.734 → '73%'. */
export function formatPercent(score: number): string {
  return `${formatNumber(Math.round(score * 100), 0)}%`;
}

/** The unit of a figure whose value is itself a year ('Founded', 'Year signed'). */
export const YEAR_UNIT = 'year';

/** '35%', 'rank 3', '1,200 companies', 'world leader', '2009' (unit 'year'); ' (2018)' when a year is given. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'> & { year?: number | null }): string {
  // A year is never grouped ('2,009') and needs no reference year after it.
  if (figure.unit === YEAR_UNIT) return typeof figure.value === 'number' ? formatYear(figure.value) : figure.value;
  const value = typeof figure.value === 'number' ? formatNumber(figure.value) : figure.value;
  const unit = figure.unit;
  const quantity = !unit ? value : unit === '%' ? `${value}%` : unit === 'rank' ? `rank ${value}` : `${value} ${unit}`;
  return figure.year === undefined || figure.year === null ? quantity : `${quantity} (${formatYear(figure.year)})`;
}

// English months are fixed: ICU versions disagree ('Sep' / 'Sept'), and exports must not change with them.
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function monthName(month: number): string | undefined {
  const active = activeLocale();
  if (active === 'en') return EN_MONTHS[month - 1];
  if (month < 1 || month > 12) return undefined;
  return new Intl.DateTimeFormat(INTL_LOCALE[active], { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** '2019-06-23' → '23 Jun 2019'; '2019-06' → 'Jun 2019'; '2019' → '2019'; anything else unchanged. */
export function formatIsoDate(iso: string): string {
  const match = ISO_PREFIX.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year ?? iso;
  const name = monthName(Number(month));
  if (!name) return iso;
  const sep = activeLocale() === 'es' ? ' de ' : ' ';
  return day ? `${Number(day)}${sep}${name}${sep}${year}` : `${name}${sep}${year}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A moment in the user's own time zone: '23 Jun 2019, 14:05'. */
export function formatLocalDateTime(date: Date): string {
  const day = `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  return `${formatIsoDate(day)}, ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** A file or storage size: '830 bytes', '12.4 KB', '1.2 MB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes, 0)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, 1)} KB`;
  return `${formatNumber(bytes / 1_000_000, 1)} MB`;
}
