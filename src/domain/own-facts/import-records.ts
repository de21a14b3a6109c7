// Imported values as own-facts records: each value stamped; an organisation's values made whole.
import type { OwnFieldValues, OwnOrganisation, OwnStamp, OwnValues } from '@/domain/own-facts/types';
import { emptyOwnValues } from '@/domain/own-facts/fields';
import { plainValues, type RowValues } from '@/domain/own-facts/import-diff';

/** Every stated value with the same stamp: one import is one entry, made at one time from one file. */
export function ownValues(values: RowValues, stamp: OwnStamp): OwnValues {
  const out: Record<string, { value: unknown; stamp: OwnStamp }> = {};
  for (const [field, value] of Object.entries(values)) if (value !== undefined) out[field] = { value, stamp };
  return out as OwnValues;
}

/** An organisation of the user's with every field, empty where they gave none. */
export function ownRecordValues(organisation: OwnOrganisation): OwnFieldValues {
  return { ...emptyOwnValues(), ...plainValues(organisation.values) };
}
