// Finds English UI text on a Spanish page. Data text is set aside first: organisation, policy,
// event and place names, acronyms, source titles and sections and the figures transcribed from
// the sources stay as the sources write them. What is left is checked three ways: English catalog
// messages (the exact wording the app would show in English), English UI words, and English
// function words (a sentence no catalog knows yet). Sector and interest names are the dataset's
// vocabulary and must read in Spanish too.
import { readFileSync } from 'node:fs';
import { ENGLISH, SPANISH, VOCABULARY } from './catalog-names';
import { GAP, type PageText } from './page-text';

/** Words of the app's English UI that no Spanish screen should show. */
export const ENGLISH_UI_WORDS = [
  ...['Shortlist', 'Shortlisted', 'Dashboard', 'Score', 'match', 'matches', 'Present', 'Print', 'Download'],
  ...['Compare', 'Meeting', 'Meetings', 'Close', 'Sources', 'Weights', 'Profile', 'Charts', 'Policies'],
  ...['Remove', 'Share', 'Copy', 'Search', 'Show', 'Loading', 'Matchmaking', 'Undo', 'Export', 'Note'],
  ...['Notes', 'Event', 'Map', 'Slide', 'Next', 'Previous', 'expired', 'valid', 'Gold', 'Silver', 'Bronze'],
  ...['State', 'Website', 'Cluster', 'Clusters', 'yes', 'Hide', 'Clear', 'fit', 'member', 'Selected', 'More'],
];
// Common in English prose, never Spanish words: a sentence containing one was not translated.
const FUNCTION_WORDS = ['the', 'and', 'of', 'with', 'for', 'to', 'from', 'this', 'your', 'is', 'are', 'not'];
const MORE_FUNCTION_WORDS = ['by', 'in', 'on', 'at', 'or', 'than', 'which', 'will', 'have', 'been'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (text: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, flags);
const wordCount = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;

// Keys of the data files whose text comes from the sources as it is (never the vocabulary, never
// the descriptions written for the app: those must be Spanish or marked lang="en").
const DATA_KEYS = new Set(
  ['name', 'nameOriginal', 'nameEn', 'aliases', 'acronym', 'city', 'capital', 'committees', 'country'] //
    .concat(['wording', 'section', 'label', 'unit', 'value', 'title', 'edition', 'date', 'publisher'])
    .concat(['organiser', 'place', 'members', 'partners', 'cooperationType', 'website']),
);
const DATA_FILES = ['clusters.json', 'policies.json', 'eu.json', 'states.json', 'context.json', 'meta.json'];

function dataStrings(value: unknown, key: string | null, out: Set<string>): void {
  if (typeof value === 'string') {
    if (key !== null && DATA_KEYS.has(key)) out.add(value.normalize('NFC').replace(/\s+/g, ' ').trim());
  } else if (Array.isArray(value)) for (const item of value) dataStrings(item, key, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) dataStrings(v, k, out);
}

const vocabulary = [...VOCABULARY.sectors, ...VOCABULARY.interests]
  .filter((v) => !v.spanish.includes(v.english))
  .map((v) => ({ english: v.english, pattern: word(v.english) }));
const vocabularyWords = new Set(vocabulary.map((v) => v.english.toLowerCase()));
const uiWords = new Set(ENGLISH_UI_WORDS.map((w) => w.toLowerCase()));
const collected = new Set<string>();
for (const file of DATA_FILES) dataStrings(JSON.parse(readFileSync(`public/data/${file}`, 'utf8')), null, collected);
// Longest first, so a name is set aside whole before a shorter name inside it.
const data = [...collected]
  .filter((s) => s.length >= 3 && !vocabularyWords.has(s.toLowerCase()) && !uiWords.has(s.toLowerCase()))
  .sort((a, b) => b.length - a.length);
// A data word that is part of a vocabulary name ("Textile" in "Textile and apparel") is set aside
// only after the vocabulary check, so it cannot hide the name on a checkbox.
const wholeWords = (strings: string[]) => strings.map((text) => ({ text, pattern: word(text, 'gu') }));
const inVocabulary = (s: string) => vocabulary.some((v) => word(s, 'iu').test(v.english));
const longData = wholeWords(data.filter((s) => !inVocabulary(s)));
const shortData = wholeWords(data.filter(inVocabulary));

const spanishText = [...SPANISH.values()].join('\n');
const phrases = [...ENGLISH].flatMap(([key, message]) => {
  const spanish = SPANISH.get(key);
  const literal = message.split(/{{[^}]*}}|<\/?\w+\s*\/?>/).filter((p) => p.trim() !== '');
  if (spanish === message || wordCount(literal.join(' ')) < 2) return [];
  // A piece the Spanish itself contains (a name, an acronym) may legitimately show.
  if (literal.every((p) => spanishText.includes(p.trim()))) return [];
  const body = literal.map((p) => escapeRegExp(p.replace(/\s+/g, ' '))).join(`[^${GAP}]{1,80}?`);
  const head = /^\p{L}/u.test(literal[0].trim()) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /\p{L}$/u.test(literal.at(-1)?.trim() ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  return [{ key, pattern: new RegExp(`${head}${body.trim()}${tail}`, 'u') }];
});
const uiWordPatterns = ENGLISH_UI_WORDS.map((w) => ({ w, pattern: word(w, 'iu') }));
const functionWordPatterns = [...FUNCTION_WORDS, ...MORE_FUNCTION_WORDS].map((w) => word(w, 'iu'));

/** Replaces each of `strings` that stands as whole words in `text` ("Member" is not in "membership"). */
function setAside(text: string, strings: ReadonlyArray<{ text: string; pattern: RegExp }>): string {
  let rest = text;
  for (const s of strings) if (rest.includes(s.text)) rest = rest.replace(s.pattern, GAP);
  return rest;
}

/** A name cut short to fit (a chart's axis: "Aerospace Alliance…") is still a name. */
function cutName(text: string): boolean {
  const start = text.endsWith('…') ? text.slice(0, -1).trim() : '';
  return start.length >= 4 && data.some((s) => s.startsWith(start));
}

/** What a text holds besides data: the part that must be Spanish, and why it is not. */
function englishIn(text: string): { rest: string; why: string[] } {
  const why = new Set<string>();
  // Quoted words are the sources' (“Aerospace”) or the user's («xx»), not the app's.
  let rest = text.normalize('NFC').replace(/“[^”]*”|«[^»]*»/g, GAP);
  if (cutName(rest)) return { rest: '', why: [] };
  rest = setAside(rest, longData);
  for (const v of vocabulary) if (v.pattern.test(rest)) why.add(`vocabulary "${v.english}"`);
  rest = setAside(rest, shortData);
  for (const { key, pattern } of phrases) if (pattern.test(rest)) why.add(`catalog ${key}`);
  for (const { w, pattern } of uiWordPatterns) if (pattern.test(rest)) why.add(`word "${w}"`);
  if (functionWordPatterns.some((p) => p.test(rest))) why.add('English sentence');
  return { rest, why: [...why] };
}

const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/**
 * One line per English text found: the text, why it counts as English, where it was first seen
 * and how many texts read like it once data and numbers are set aside (×116 for a button of
 * every match).
 */
export function englishUiText(texts: readonly PageText[]): string[] {
  const found = new Map<string, { line: string; count: number }>();
  for (const { where, text } of texts) {
    const { rest, why } = englishIn(text);
    if (why.length === 0) continue;
    const key = rest.replace(/\d+([.,]\d+)?/g, '#').replace(/\s+/g, ' ');
    const seen = found.get(key);
    if (seen) seen.count += 1;
    else found.set(key, { line: `"${shorten(text)}" [${why.join(', ')}] (${where})`, count: 1 });
  }
  return [...found.values()].map(({ line, count }) => (count > 1 ? `${line} ×${count}` : line));
}
