// Imported values as own-facts records: each value stamped, and new organisations given an id.
import type { OwnFieldValues, OwnOrganisation, OwnStamp, OwnValues } from '@/domain/own-facts/types';
import { nameKey } from '@/domain/own-facts/import-names';
import { plainValues, type RowValues } from '@/domain/own-facts/import-diff';

/** Every stated value with the same stamp: one import is one entry, made at one time from one file. */
export function ownValues(values: RowValues, stamp: OwnStamp): OwnValues {
  const out: Record<string, { value: unknown; stamp: OwnStamp }> = {};
  for (const [field, value] of Object.entries(values)) if (value !== undefined) out[field] = { value, stamp };
  return out as OwnValues;
}

/** An organisation of the user's with every field, empty where they gave none. */
export function ownRecordValues(organisation: OwnOrganisation): OwnFieldValues {
  return {
    name: organisation.values.name.value,
    state: null,
    city: null,
    sectors: [],
    website: null,
    contacts: [],
    focusAreas: [],
    labels: [],
    eccpMember: false,
    euPartners: [],
    ...plainValues(organisation.values),
  };
}

/** 'own-cluster-solar-yucatan' style ids from the name; a number is added when the id is taken. */
export function uniqueOwnId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    nameKey(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'organisation';
  const base = `own-${slug.slice(0, 48)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
