import type { Cluster } from '@/domain/types';
import type { OwnField, OwnFieldValues } from '@/domain/own-facts/types';

/** Every field a user can add or correct, in the order forms and lists show them. */
export const OWN_FIELDS: readonly OwnField[] = [
  'name',
  'state',
  'city',
  'sectors',
  'website',
  'contacts',
  'focusAreas',
  'labels',
  'eccpMember',
  'euPartners',
];

export const OWN_ID_PREFIX = 'own-';

export const isOwnId = (id: string): boolean => id.startsWith(OWN_ID_PREFIX);

/** A new organisation id; the random part keeps two tabs that add one in the same millisecond apart. */
export function newOwnId(now = Date.now()): string {
  return `${OWN_ID_PREFIX}${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** An organisation with nothing filled in yet: what the add form starts from. */
export function emptyOwnValues(): OwnFieldValues {
  return {
    name: '',
    state: null,
    city: null,
    sectors: [],
    website: null,
    contacts: [],
    focusAreas: [],
    labels: [],
    eccpMember: false,
    euPartners: [],
  };
}

/** A sourced record's values in the shape the user edits (the correct form starts from these). */
export function sourcedValues(cluster: Cluster): OwnFieldValues {
  return {
    name: cluster.name,
    state: cluster.state,
    city: cluster.city,
    sectors: cluster.sectors.map((s) => s.id),
    website: cluster.website,
    // The sources name no contact person for any cluster.
    contacts: [],
    focusAreas: cluster.focusAreas,
    labels: cluster.labels.map((l) => ({ level: l.level, validFrom: null, validUntil: l.validUntil })),
    eccpMember: cluster.eccpMember,
    euPartners: cluster.euPartners.map((p) => ({ name: p.name, country: p.country })),
  };
}
