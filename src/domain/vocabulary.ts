// Sector and interest names in the active language: the one place that picks the English name or
// our Spanish one (`nameEs`, an editorial translation, not from the sources). The index keeps both
// and these read them at call time, so a language switch re-words every view without a rebuild.
import { INTL_LOCALE, activeLocale, type Locale } from '@/i18n/i18n';
import { joinList, proseCase } from '@/domain/prose';
import type { Sector } from '@/domain/types';
import type { ClusterFacts, DatasetIndex } from '@/domain/ranking/types';

/** A sector's or interest's names in both languages. */
export type Term = Pick<Sector, 'name' | 'nameEs'>;

/** 'Aerospace' / 'Aeroespacial'. */
export function termName(term: Term): string {
  return activeLocale() === 'es' ? term.nameEs : term.name;
}

/** The name for use inside a sentence: 'aerospace', but 'ICT'. */
export function termProse(term: Term): string {
  return proseCase(termName(term));
}

/** A sector's name; undefined when sectors.json lacks the id (callers fall back to the cluster's wording). */
export function sectorName(index: DatasetIndex, id: string): string | undefined {
  const term = index.sectorById.get(id);
  return term && termName(term);
}

/** An interest's name; undefined when interests.json lacks the id. */
export function interestName(index: DatasetIndex, id: string): string | undefined {
  const term = index.interestById.get(id);
  return term && termName(term);
}

/** A sector's mid-sentence name by its slot in the index (a sector only clusters name included). */
export function sectorProseAt(index: DatasetIndex, slot: number): string {
  const info = index.sectors[slot];
  return info ? termProse(info.term) : '';
}

/** A sector's mid-sentence name by id; the id itself when the index has no such sector. */
export function sectorProse(index: DatasetIndex, id: string): string {
  const slot = index.sectorIndex.get(id);
  return slot === undefined ? id : sectorProseAt(index, slot);
}

/** An interest's mid-sentence name by its slot in the index. */
export function interestProseAt(index: DatasetIndex, slot: number): string {
  const term = index.interestTerms[slot];
  return term ? termProse(term) : '';
}

/** 'aerospace and automotive': a cluster's sectors in a sentence. */
export function clusterSectorsText(index: DatasetIndex, facts: ClusterFacts): string {
  return joinList(facts.sectorIds.map((slot) => sectorProseAt(index, slot)));
}

/** 'supply chain and R&D and innovation projects': a cluster's focus areas in a sentence. */
export function clusterFocusText(index: DatasetIndex, facts: ClusterFacts): string {
  return joinList(facts.interestIds.map((slot) => interestProseAt(index, slot)));
}

/** The name of record `id` in sectors.json or interests.json as loaded; undefined when the list lacks it. */
export function termNameIn(records: readonly (Term & { id: string })[], id: string): string | undefined {
  const record = records.find((r) => r.id === id);
  return record && termName(record);
}

// The sources name countries in English; their region codes let Intl name them in Spanish
// ('Spain' → 'España'). A country not listed here is shown as the sources write it.
export const REGION_CODES: Readonly<Record<string, string>> = {
  Austria: 'AT',
  Belgium: 'BE',
  Bulgaria: 'BG',
  Croatia: 'HR',
  Cyprus: 'CY',
  'Czech Republic': 'CZ',
  Denmark: 'DK',
  Estonia: 'EE',
  Finland: 'FI',
  France: 'FR',
  Germany: 'DE',
  Greece: 'GR',
  Hungary: 'HU',
  Ireland: 'IE',
  Italy: 'IT',
  Latvia: 'LV',
  Lithuania: 'LT',
  Luxembourg: 'LU',
  Malta: 'MT',
  Mexico: 'MX',
  Netherlands: 'NL',
  Norway: 'NO',
  Poland: 'PL',
  Portugal: 'PT',
  Romania: 'RO',
  Slovakia: 'SK',
  Slovenia: 'SI',
  Spain: 'ES',
  Sweden: 'SE',
  Switzerland: 'CH',
  'United Kingdom': 'GB',
};
const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the active language; the English name is the sources' own. */
export function countryName(name: string): string {
  const locale = activeLocale();
  const code = REGION_CODES[name];
  if (locale === 'en' || code === undefined) return name;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' })));
  return names.of(code) ?? name;
}
