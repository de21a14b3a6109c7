import { INTL_LOCALE, activeLocale, tr } from '@/i18n/i18n';

/** 'Aerospace' → 'aerospace' for use mid-sentence; acronyms ('ICT', 'R&D and innovation') stay as they are. */
export function proseCase(name: string): string {
  const firstWord = name.split(' ', 1)[0] ?? '';
  if (/\p{Lu}/u.test(firstWord.slice(1))) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** ['a', 'b', 'c'] → 'a, b and c' ('a, b y c'); more than `max` items end with 'and N more'. */
export function joinList(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  if (items.length > max)
    return tr('domain:list.more', { list: items.slice(0, max).join(', '), count: items.length - max });
  const locale = INTL_LOCALE[activeLocale()];
  let lf = listFormats.get(locale);
  if (!lf) listFormats.set(locale, (lf = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return lf.format(items);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
