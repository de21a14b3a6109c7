import type { OwnField, OwnFieldValues, OwnStamp } from '@/domain/own-facts/types';

/** One field of a cluster that holds the user's value, with the sourced value it replaces. */
export interface OwnFieldMark<K extends OwnField = OwnField> {
  value: OwnFieldValues[K];
  stamp: OwnStamp;
  /** The sources' value, shown next to the user's; null for an organisation the user added. */
  sourced: OwnFieldValues[K] | null;
}

export type OwnFieldMarks = { [K in OwnField]?: OwnFieldMark<K> };

/** What of a cluster is the user's: set by the overlay on each cluster it touches. */
export interface OwnClusterMarks {
  /** The whole record was added by the user (its id starts with "own-"). */
  added: OwnStamp | null;
  fields: OwnFieldMarks;
}
