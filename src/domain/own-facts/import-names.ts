// Is a row of the user's sheet an organisation we already have? Names are compared as keys that
// ignore accents, case, punctuation, the word "cluster", legal forms (A.C., S.C., S.A. de C.V.) and
// connecting words: "cluster automotriz de nuevo leon" and "Clúster Automotriz de Nuevo León, A.C."
// are one key. tests/unit/own-import-names.test.ts checks that no two real clusters share a key.
import { normalizeText } from '@/domain/text';
import type { Cluster } from '@/domain/types';
import type { OwnOrganisation } from '@/domain/own-facts/types';

const IGNORED = new Set([
  'cluster',
  'ac',
  'sc',
  'sa',
  'cv',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'en',
  'y',
  'e',
  'of',
  'the',
  'and',
]);

/** The comparison key of a name; '' when nothing distinctive is left (a bare "Clúster"). */
export function nameKey(name: string): string {
  const words = normalizeText(name.replace(/[^\p{L}\p{N}]+/gu, ' ')).split(' ');
  // Runs of single letters are initials: "A C" → "ac", "S A de C V" → "sa de cv".
  const joined: string[] = [];
  let initials = '';
  for (const word of words) {
    if (word.length === 1) {
      initials += word;
      continue;
    }
    if (initials) joined.push(initials);
    initials = '';
    joined.push(word);
  }
  if (initials) joined.push(initials);
  return joined.filter((word) => word !== '' && !IGNORED.has(word)).join(' ');
}

export type MatchedOn = 'name' | 'acronym' | 'alias';

export interface NameMatch {
  /** A dataset cluster's id or one of the user's own organisations' ids ("own-…"). */
  id: string;
  own: boolean;
  matchedOn: MatchedOn;
  /** The spelling that matched, as the record writes it. */
  spelling: string;
}

export type NameIndex = ReadonlyMap<string, NameMatch>;

/** Every spelling of every record by key; the dataset first, so its records win over own copies. */
export function buildNameIndex(clusters: readonly Cluster[], own: readonly OwnOrganisation[]): NameIndex {
  const index = new Map<string, NameMatch>();
  const add = (spelling: string | null, match: Omit<NameMatch, 'spelling'>) => {
    const key = spelling ? nameKey(spelling) : '';
    if (key && !index.has(key)) index.set(key, { ...match, spelling: spelling as string });
  };
  for (const c of clusters) {
    add(c.name, { id: c.id, own: false, matchedOn: 'name' });
    add(c.acronym, { id: c.id, own: false, matchedOn: 'acronym' });
    for (const alias of c.aliases) add(alias, { id: c.id, own: false, matchedOn: 'alias' });
  }
  for (const o of own) add(o.values.name.value, { id: o.id, own: true, matchedOn: 'name' });
  return index;
}

export function findByName(index: NameIndex, name: string): NameMatch | null {
  const key = nameKey(name);
  return key ? (index.get(key) ?? null) : null;
}
