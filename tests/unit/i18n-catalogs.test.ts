// Every message exists in both languages, and a Spanish message is never the English one left
// untranslated (proper nouns, codes and language names are allowed to read the same).
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { es } from '@/locales/es';
import { catalogMessages } from '../fixtures/catalog-messages';

// Messages that read the same in both languages on purpose: names, acronyms, codes, numbers.
const SAME_IN_BOTH = /^(common:language\.(en|es)|.*\.(acronym|code|unit)\b.*)$/;
const IDENTICAL_ALLOWED = new Set<string>(['common:language.en', 'common:language.es']);
const isUnitLike = (text: string) => !/\p{L}{3,}/u.test(text.replace(/{{[^}]*}}/g, ''));

describe('message catalogs', () => {
  const english = catalogMessages(en);
  const spanish = catalogMessages(es);

  it('have the same namespaces and keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave no message empty', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });

  it('translate every message (no Spanish message identical to its English one)', () => {
    const untranslated = [...english].filter(
      ([key, text]) =>
        spanish.get(key) === text && !IDENTICAL_ALLOWED.has(key) && !SAME_IN_BOTH.test(key) && !isUnitLike(text),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, text] of english) expect(vars(spanish.get(key) ?? ''), key).toEqual(vars(text));
  });
});
