// What a row of the sheet changes in a record it duplicates: only the fields whose value differs
// from what the record shows now (the sourced value, or the user's earlier correction of it).
import { normalizeText } from '@/domain/text';
import { REGION_CODES } from '@/domain/vocabulary';
import type { Cluster } from '@/domain/types';
import { sourcedValues } from '@/domain/own-facts/fields';
import type { OwnContact, OwnField, OwnFieldValues, OwnLabel, OwnValues } from '@/domain/own-facts/types';

/** The fields a row states; fields it leaves empty are not there. */
export type RowValues = Partial<OwnFieldValues>;

/**
 * A sourced record in the shape of the user's fields, with its partners' countries as the ISO codes
 * own facts store (the sources write 'Spain'): a corrected partner list keeps the sourced partners.
 */
export function clusterValues(cluster: Cluster): OwnFieldValues {
  const values = sourcedValues(cluster);
  const code = (country: string | null) =>
    country === null || /^[A-Z]{2}$/.test(country) ? country : (REGION_CODES[country] ?? null);
  return { ...values, euPartners: values.euPartners.map((p) => ({ ...p, country: code(p.country) })) };
}

/** The values an OwnValues holds, without their stamps. */
export function plainValues(values: OwnValues): RowValues {
  const out: Record<string, unknown> = {};
  for (const [field, entry] of Object.entries(values)) if (entry) out[field] = entry.value;
  return out as RowValues;
}

// 'HTTP://Example.mx/' and 'http://example.mx' are one address; http and https are not.
const sameUrl = (a: string, b: string | null) =>
  b !== null && a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

const sameContact = (a: OwnContact, b: OwnContact) =>
  normalizeText(`${a.firstName} ${a.lastName}`) === normalizeText(`${b.firstName} ${b.lastName}`) &&
  (a.email ?? '').toLowerCase() === (b.email ?? '').toLowerCase();

const sameLabel = (row: OwnLabel, had: OwnLabel) =>
  row.level === had.level &&
  row.validUntil === had.validUntil &&
  (row.validFrom === null || row.validFrom === had.validFrom);

/** `had` plus the items of `row` it lacks; null when it lacks none. */
function added<T>(had: readonly T[], row: readonly T[], same: (a: T, b: T) => boolean): T[] | null {
  const extra = row.filter((item) => !had.some((h) => same(item, h)));
  return extra.length > 0 ? [...had, ...extra] : null;
}

/**
 * The corrected value of each field the row changes. Lists the row names in part (sectors, focus
 * areas, contacts, EU partners) are added to, never cut: a sheet with one sector for a two-sector
 * cluster does not say the other is wrong. A label row states the label now, so it replaces them.
 */
export function changedValues(now: OwnFieldValues, row: RowValues): RowValues {
  const out: RowValues = {};
  const set = <K extends OwnField>(field: K, value: OwnFieldValues[K] | null | undefined) => {
    if (value !== null && value !== undefined) out[field] = value;
  };
  if (row.state !== undefined && row.state !== now.state) set('state', row.state);
  if (row.city !== undefined && normalizeText(row.city ?? '') !== normalizeText(now.city ?? '')) set('city', row.city);
  if (row.website && !sameUrl(row.website, now.website)) set('website', row.website);
  if (row.eccpMember !== undefined && row.eccpMember !== now.eccpMember) set('eccpMember', row.eccpMember);
  const eq = (a: string, b: string) => a === b;
  if (row.sectors) set('sectors', added(now.sectors, row.sectors, eq));
  if (row.focusAreas) set('focusAreas', added(now.focusAreas, row.focusAreas, eq));
  if (row.contacts) set('contacts', added(now.contacts, row.contacts, sameContact));
  if (row.euPartners)
    set(
      'euPartners',
      added(now.euPartners, row.euPartners, (a, b) => normalizeText(a.name) === normalizeText(b.name)),
    );
  const label = row.labels?.[0];
  if (label && !now.labels.some((had) => sameLabel(label, had))) set('labels', [label]);
  return out;
}
