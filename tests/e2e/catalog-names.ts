// Names to find controls by, in either language, read from the catalogs at test time: the Spanish
// wording is whatever src/locales/es says, so the tests follow the catalog instead of copying it.
// A text not (yet) in any catalog is looked for as its English self, so the journey still runs and
// the English-text checks are the ones that fail.
import type { DatasetFileName } from '@/data/parse-dataset';
import { en } from '@/locales/en';
import { es } from '@/locales/es';
import { catalogMessages } from '../fixtures/catalog-messages';
import { readDataFile } from '../fixtures/public-data';

export const ENGLISH = catalogMessages(en);
export const SPANISH = catalogMessages(es);

const PLACEHOLDER = /({{[^}]*}})/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const variable = (part: string) => /^{{\s*(\w+)/.exec(part)?.[1] ?? null;

/** What i18next renders for `template` with these values (formats and plural choice aside). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/{{\s*(\w+)[^}]*}}/g, (_, name: string) => values[name] ?? '');
}

/**
 * The Spanish renderings of a concrete English text, e.g. 'Add Monterrey Aerocluster to shortlist'
 * → the Spanish of the message 'Add {{name}} to shortlist' filled with the same name. Empty when
 * no English message reads like it.
 */
export function spanishFor(english: string): string[] {
  const found = new Set<string>();
  for (const [key, message] of ENGLISH) {
    const parts = message.split(PLACEHOLDER).filter((p) => p !== '');
    // A message of placeholders and punctuation ('{{level}}, {{validity}}') reads like anything.
    if (!parts.some((p) => variable(p) === null && /\p{L}/u.test(p))) continue;
    const names = parts.map(variable);
    const pattern = parts.map((p) => (variable(p) === null ? escapeRegExp(p) : '(.+?)')).join('');
    const match = new RegExp(`^${pattern}$`, 's').exec(english);
    const spanish = SPANISH.get(key);
    if (!match || spanish === undefined) continue;
    const values: Record<string, string> = {};
    names.filter((n) => n !== null).forEach((name, i) => (values[name] = match[i + 1] ?? ''));
    found.add(fill(spanish, values));
  }
  return [...found];
}

const exactly = (texts: readonly string[]) => new RegExp(`^(?:${texts.map(escapeRegExp).join('|')})$`);

/** An accessible name in either language: the English text or any Spanish rendering of it. */
export function ui(english: string): RegExp {
  return exactly([english, ...spanishFor(english)]);
}

type DataRecord = Record<string, unknown>;
// The records of a public/data file, without its dataset version (src/data/dataset-version.ts).
const readData = (file: DatasetFileName): DataRecord[] => readDataFile(file) as DataRecord[];

/** The English name of a vocabulary record, whether `name` is a string or `{ en, es }`. */
function englishName(record: DataRecord): string | null {
  const name = record.name;
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object' && 'en' in name && typeof name.en === 'string') return name.en;
  return typeof record.nameEn === 'string' ? record.nameEn : null;
}

/** Spanish labels a vocabulary record may carry: `nameEs`, `name.es`, `es.name`, `labels.es`… */
function spanishNames(record: DataRecord, path: string[] = []): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (/^(description|keywords|wordings|related)/i.test(key)) continue;
    const at = [...path, key];
    const spanish = at.some((k) => k === 'es' || /Es$/.test(k));
    if (typeof value === 'string' && spanish) out.push(value);
    else if (value && typeof value === 'object' && !Array.isArray(value) && at.length < 3)
      out.push(...spanishNames(value as DataRecord, at));
  }
  return out;
}

export interface VocabularyName {
  id: string;
  english: string;
  spanish: string[];
}

/** Sector and interest names: the dataset's own vocabulary, shown on every screen. */
export const VOCABULARY: Record<'sectors' | 'interests', VocabularyName[]> = {
  sectors: vocabulary('sectors.json'),
  interests: vocabulary('interests.json'),
};

function vocabulary(file: DatasetFileName): VocabularyName[] {
  return readData(file).flatMap((record) => {
    const english = englishName(record);
    if (english === null || typeof record.id !== 'string') return [];
    return [{ id: record.id, english, spanish: [...new Set([...spanishNames(record), ...spanishFor(english)])] }];
  });
}

/** A sector's checkbox name in either language. */
export function sectorName(id: string): RegExp {
  const sector = VOCABULARY.sectors.find((s) => s.id === id);
  if (!sector) throw new Error(`no sector ${id} in public/data/sectors.json`);
  return exactly([sector.english, ...sector.spanish]);
}
