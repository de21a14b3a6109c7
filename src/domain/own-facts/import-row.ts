// One row of the user's sheet read through the column mapping: the values it states, and a problem
// for each cell that cannot be read (located by row number and column header, as in the sheet).
import { tr } from '@/i18n/i18n';
import { normalizeText } from '@/domain/text';
import type { StateCode } from '@/domain/types';
import type { OwnContact, OwnLabel } from '@/domain/own-facts/types';
import type { RowValues } from '@/domain/own-facts/import-diff';
import type { ImportMapping, ImportTarget } from '@/domain/own-facts/import-mapping';
import { readTerms, type TermLookup } from '@/domain/own-facts/import-terms';
import {
  readDate,
  readEuPartners,
  readLevel,
  readYesNo,
  splitPersonName,
  type CellRead,
} from '@/domain/own-facts/import-values';

export interface ImportProblem {
  /** The sheet's row number: the header is row 1 when it is the first row. */
  row: number;
  /** The column's header as the sheet writes it; null for a problem of the whole row. */
  column: string | null;
  message: string;
}

export interface ImportLookups {
  states: TermLookup<StateCode>;
  sectors: TermLookup;
  interests: TermLookup;
}

export interface ReadRow {
  name: string;
  values: RowValues;
  problems: ImportProblem[];
}

/** Reads `cells` (one row) with the header and mapping; `row` is its number in the sheet. */
export function readRow(
  header: readonly string[],
  mapping: ImportMapping,
  cells: readonly string[],
  row: number,
  lookups: ImportLookups,
): ReadRow {
  const problems: ImportProblem[] = [];
  const cell = new Map<ImportTarget, { text: string; column: string }>();
  mapping.forEach((target, i) => {
    const text = (cells[i] ?? '').trim();
    if (target && text) cell.set(target, { text, column: header[i] ?? '' });
  });
  const read = <T>(target: ImportTarget, parse: (text: string) => CellRead<T>): T | undefined => {
    const c = cell.get(target);
    if (!c) return undefined;
    const result = parse(c.text);
    if (result.ok) return result.value;
    problems.push({ row, column: c.column, message: result.message });
    return undefined;
  };
  const terms = (target: ImportTarget, from: TermLookup, message: (value: string) => string) =>
    read(target, (text): CellRead<string[]> => {
      const { ids, unknown } = readTerms(text, from);
      return unknown.length === 0 ? { ok: true, value: ids } : { ok: false, message: message(unknown.join('; ')) };
    });

  const values: RowValues = {};
  const name = cell.get('name')?.text ?? '';
  if (name) values.name = name;
  values.state = read('state', (text) => {
    const code = lookups.states.get(normalizeText(text));
    return code ? { ok: true, value: code } : { ok: false, message: tr('ownImport:problem.state', { value: text }) };
  });
  values.city = cell.get('city')?.text;
  values.sectors = terms('sectors', lookups.sectors, (value) => tr('ownImport:problem.sector', { value }));
  values.focusAreas = terms('focusAreas', lookups.interests, (value) => tr('ownImport:problem.focusArea', { value }));
  // Website, e-mail and phone are checked by the own-facts schema (ValuesCheck), as the forms check them.
  values.website = cell.get('website')?.text;
  values.eccpMember = read('eccpMember', readYesNo);
  values.euPartners = read('euPartners', readEuPartners);

  const whole = cell.get('contactName');
  const split = whole ? splitPersonName(whole.text) : { firstName: '', lastName: '' };
  const contact: OwnContact = {
    firstName: cell.get('contactFirstName')?.text ?? split.firstName,
    lastName: cell.get('contactLastName')?.text ?? split.lastName,
    email: cell.get('contactEmail')?.text ?? null,
    phone: cell.get('contactPhone')?.text ?? null,
    role: cell.get('contactRole')?.text ?? null,
  };
  if (contact.firstName || contact.lastName || contact.email || contact.phone || contact.role)
    values.contacts = [contact];

  const level = read('labelLevel', readLevel);
  const validFrom = read('labelValidFrom', readDate) ?? null;
  const validUntil = read('labelValidUntil', readDate) ?? null;
  if (level) {
    const label: OwnLabel = { level, validFrom, validUntil };
    if (validFrom && validUntil && validFrom > validUntil)
      problems.push({
        row,
        column: cell.get('labelValidUntil')?.column ?? null,
        message: tr('ownImport:problem.dateOrder'),
      });
    else values.labels = [label];
  } else if ((validFrom || validUntil) && !cell.has('labelLevel')) {
    problems.push({ row, column: null, message: tr('ownImport:problem.dateWithoutLevel') });
  }

  if (!name && cell.size > 0) problems.push({ row, column: null, message: tr('ownImport:problem.noName') });
  for (const key of Object.keys(values) as (keyof RowValues)[]) if (values[key] === undefined) delete values[key];
  return { name, values, problems };
}
