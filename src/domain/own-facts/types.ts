// The user's own facts: organisations they add and corrections to sourced records. They live only in
// this browser, are never passed off as sourced, and each value says who entered it and when.
import type { LabelLevel, StateCode } from '@/domain/types';

/** Who entered a value and on what grounds: shown as "added by you, 1 Dec 2026" with the link or note. */
export interface OwnStamp {
  /** ISO date-time of the entry. */
  at: string;
  /** An optional http(s) link the user gives as their source. */
  sourceUrl: string | null;
  note: string | null;
}

export interface OwnContact {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** Job title or role, as typed. */
  role: string | null;
}

export interface OwnLabel {
  level: LabelLevel;
  /** ISO dates; null when the user does not know them. */
  validFrom: string | null;
  validUntil: string | null;
}

export interface OwnEuPartner {
  name: string;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
}

/** Every field a user can add or correct, with its value type. */
export interface OwnFieldValues {
  name: string;
  state: StateCode | null;
  city: string | null;
  /** Sector ids of the dataset's taxonomy. */
  sectors: string[];
  website: string | null;
  contacts: OwnContact[];
  focusAreas: string[];
  labels: OwnLabel[];
  eccpMember: boolean;
  euPartners: OwnEuPartner[];
}

export type OwnField = keyof OwnFieldValues;

export type OwnValues = { [K in OwnField]?: { value: OwnFieldValues[K]; stamp: OwnStamp } };

/** Corrections to one sourced record: each field the user changed; the sourced value stays in the dataset. */
export interface OwnCorrection {
  clusterId: string;
  values: OwnValues;
}

/** An organisation the sources do not have. Its id starts with "own-". */
export interface OwnOrganisation {
  id: string;
  created: OwnStamp;
  values: OwnValues & { name: { value: string; stamp: OwnStamp } };
}

export interface OwnFacts {
  organisations: OwnOrganisation[];
  corrections: OwnCorrection[];
}
