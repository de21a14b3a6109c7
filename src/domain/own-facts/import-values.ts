// One cell of the user's sheet read as one field's value, or a message saying what is wrong with it.
// Messages are worded when the sheet is read, in the active language (the report re-reads on a switch).
import { isValidIsoDate } from '@/domain/dates';
import { tr } from '@/i18n/i18n';
import { normalizeText } from '@/domain/text';
import type { LabelLevel } from '@/domain/types';
import type { OwnEuPartner } from '@/domain/own-facts/types';
import { countryLookup, splitList } from '@/domain/own-facts/import-terms';

export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellRead<T> => ({ ok: true, value });
const bad = <T>(message: string): CellRead<T> => ({ ok: false, message });

const LEVELS: Record<string, LabelLevel> = {
  gold: 'gold',
  oro: 'gold',
  silver: 'silver',
  plata: 'silver',
  bronze: 'bronze',
  bronce: 'bronze',
};

/** 'Gold', 'ORO', 'Silver label', 'Etiqueta de plata': the level word anywhere in the cell. */
export function readLevel(cell: string): CellRead<LabelLevel> {
  const found = new Set(
    normalizeText(cell)
      .split(/[^a-z]+/)
      .flatMap((word) => (LEVELS[word] ? [LEVELS[word]] : [])),
  );
  return found.size === 1 ? ok([...found][0]) : bad(tr('ownImport:problem.level', { value: cell }));
}

/**
 * 'YYYY-MM-DD', or day first as Mexico and Europe write it ('DD/MM/YYYY', also with '.' or '-').
 * A date like 04/03/2021 is always 4 March; one that only reads month first (03/25/2021) is refused
 * rather than flipped, since the same sheet may hold 04/03 meant either way. The date must exist.
 */
export function readDate(cell: string): CellRead<string> {
  let iso: string | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) iso = cell;
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  if (dayFirst) {
    const [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), dayFirst[3]];
    if (month > 12 && day <= 12) return bad(tr('ownImport:problem.monthFirst', { value: cell }));
    iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  if (iso === null) return bad(tr('ownImport:problem.dateFormat', { value: cell }));
  return isValidIsoDate(iso) ? ok(iso) : bad(tr('ownImport:problem.dateMissing', { value: cell }));
}

const YES = new Set(['yes', 'y', 'si', 'true', 'verdadero', '1', 'x']);
const NO = new Set(['no', 'n', 'false', 'falso', '0']);

export function readYesNo(cell: string): CellRead<boolean> {
  const key = normalizeText(cell).replace(/[.!]$/, '');
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(tr('ownImport:problem.yesNo', { value: cell }));
}

/** 'Name (ES)' or 'Name (Spain)' / 'Name (España)' per item; a partner without a country keeps null. */
export function readEuPartners(cell: string): CellRead<OwnEuPartner[]> {
  const partners: OwnEuPartner[] = [];
  for (const item of splitList(cell)) {
    const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(item);
    if (!m) {
      partners.push({ name: item, country: null });
      continue;
    }
    const country = countryLookup().get(normalizeText(m[2]));
    if (country === undefined) return bad(tr('ownImport:problem.country', { value: m[2], partner: m[1] }));
    partners.push({ name: m[1], country });
  }
  return ok(partners);
}

/**
 * A whole name in one cell: two words are first and last name; with more, where the given names end
 * is not knowable ("María José García" or "Juan García López"), so the whole name stays the first name.
 */
export function splitPersonName(cell: string): { firstName: string; lastName: string } {
  const words = cell.split(/\s+/).filter(Boolean);
  return words.length === 2
    ? { firstName: words[0], lastName: words[1] }
    : { firstName: words.join(' '), lastName: '' };
}
