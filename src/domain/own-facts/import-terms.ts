// The dataset's own vocabulary as a sheet spells it: states by code, name or alias, sectors and focus
// areas by id or name in either language, countries by code or name. Accents and case never matter.
import { normalizeText } from '@/domain/text';
import { REGION_CODES } from '@/domain/vocabulary';
import type { Interest, MexicanState, Sector, StateCode } from '@/domain/types';

/** Normalised spelling → id; a spelling two records share is left out rather than guessed. */
export type TermLookup<Id extends string = string> = ReadonlyMap<string, Id>;

function lookup<Id extends string>(entries: ReadonlyArray<readonly [Id, ReadonlyArray<string>]>): TermLookup<Id> {
  const map = new Map<string, Id>();
  const shared = new Set<string>();
  for (const [id, spellings] of entries) {
    for (const spelling of spellings) {
      const key = normalizeText(spelling);
      if (!key) continue;
      const seen = map.get(key);
      if (seen !== undefined && seen !== id) shared.add(key);
      else map.set(key, id);
    }
  }
  for (const key of shared) map.delete(key);
  return map;
}

export function stateLookup(states: readonly MexicanState[]): TermLookup<StateCode> {
  return lookup(states.map((s) => [s.code, [s.code, s.name, s.nameEn, ...s.aliases]] as const));
}

export function sectorLookup(sectors: readonly Sector[]): TermLookup {
  return lookup(sectors.map((s) => [s.id, [s.id, s.name, s.nameEs, ...s.wordings]] as const));
}

export function interestLookup(interests: readonly Interest[]): TermLookup {
  return lookup(interests.map((i) => [i.id, [i.id, i.name, i.nameEs]] as const));
}

let countries: TermLookup | null = null;

/** ISO codes of the countries the sources name, by code, English name or Spanish name. */
export function countryLookup(): TermLookup {
  if (countries) return countries;
  const spanish = new Intl.DisplayNames(['es-MX'], { type: 'region' });
  countries = lookup(
    Object.entries(REGION_CODES).map(([name, code]) => [code, [code, name, spanish.of(code) ?? name]] as const),
  );
  return countries;
}

/** The items of a list cell: separated by semicolons, bars or new lines. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;|\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Ids of the terms a list cell names, and the items that name none. An item is first read whole
 * ("Training, talent and skills" has a comma), then as comma-separated names ("Automotive, Aerospace").
 */
export function readTerms(cell: string, terms: TermLookup): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const item of splitList(cell)) {
    const whole = terms.get(normalizeText(item));
    if (whole !== undefined) {
      ids.push(whole);
      continue;
    }
    const parts = item.split(',').map((p) => p.trim());
    const partIds = parts.map((p) => terms.get(normalizeText(p)));
    if (parts.length > 1 && partIds.every((id) => id !== undefined)) ids.push(...(partIds as string[]));
    else unknown.push(item);
  }
  return { ids: [...new Set(ids)], unknown };
}
