// Accent- and case-insensitive text matching: sources spell the same name with and without
// accents ("Querétaro" / "Queretaro"), in capitals or not ("CLAUT" / "Claut").

const DIACRITICS = /\p{Diacritic}/gu;
const SPACES = /\s+/g;

/** Lowercase, strip diacritics (NFD), collapse whitespace, trim. */
export function normalizeText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(DIACRITICS, '').replace(SPACES, ' ').trim();
}

/** Separator that no query token can contain, so tokens never match across two fields. */
const FIELD_SEPARATOR = ' \u0001 ';

/** One precomputed haystack for many fields; null/empty fields are skipped. */
export function buildSearchText(fields: ReadonlyArray<string | null | undefined>): string {
  const parts: string[] = [];
  for (const field of fields) {
    if (field) {
      const normal = normalizeText(field);
      if (normal) parts.push(normal);
    }
  }
  return parts.join(FIELD_SEPARATOR);
}

/** Query words, normalised; an empty list matches everything. */
export function queryTokens(query: string): string[] {
  const normal = normalizeText(query);
  return normal ? normal.split(' ') : [];
}

/** Every token must occur somewhere in the haystack (any order, substrings allowed). */
export function matchesTokens(searchText: string, tokens: readonly string[]): boolean {
  for (const token of tokens) {
    if (!searchText.includes(token)) return false;
  }
  return true;
}

export function matchesQuery(searchText: string, query: string): boolean {
  return matchesTokens(searchText, queryTokens(query));
}
