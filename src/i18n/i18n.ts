// The app's one i18next instance. Catalogs are JSON per namespace under src/locales/<lang>/; the
// active language's catalog is loaded (a lazy chunk each) before the first render and on a switch.
// Plain i18next (no React) so src/domain can word reasons and labels in the active language too.
import i18next, { type TOptions } from 'i18next';
import type { Resources } from '@/locales/en';
import { enFirst } from '@/locales/en-first';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The Intl locale behind each language: EU English conventions, Mexican Spanish. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// English is bundled and ready at once: the store can report saved-data problems while it is being
// created, before any language is chosen, and those words must never be raw keys. Only the
// namespaces the first screen reads are bundled; the lazy views' English is loadViewCatalogs().
// Spanish is a lazy chunk with every namespace.
const loaders: Record<Locale, () => Promise<Partial<Resources>>> = {
  en: () => Promise.resolve(enFirst),
  es: () => import('@/locales/es').then((m) => m.es),
};

export const i18n = i18next.createInstance();
let ready: Promise<unknown> | null = null;

function init(): Promise<unknown> {
  ready ??= i18n.init({
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    defaultNS: 'common',
    // A copy: i18next keeps this object as its store and adds the lazy namespaces to it.
    resources: { en: { ...enFirst } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key must show up in tests, not silently print the key.
    saveMissing: false,
  });
  return ready;
}

void init();

/** Loads the language's catalog once, then makes it the active language. */
export async function activateLocale(locale: Locale): Promise<void> {
  await init();
  if (!i18n.hasResourceBundle(locale, 'common')) {
    const resources = await loaders[locale]();
    for (const [ns, bundle] of Object.entries(resources)) i18n.addResourceBundle(locale, ns, bundle, true, true);
  }
  await i18n.changeLanguage(locale);
}

let viewCatalogs: Promise<void> | null = null;

/**
 * Adds the English namespaces only lazy views read (src/locales/en-views.ts), once. Each lazy view
 * that reads them awaits this with its module (src/app/lazy-views.ts), so it never renders raw keys;
 * Node scripts that word B2B or import texts await it too.
 */
export function loadViewCatalogs(): Promise<void> {
  viewCatalogs ??= Promise.all([init(), import('@/locales/en-views')]).then(
    ([, { enViews }]) => {
      for (const [ns, bundle] of Object.entries(enViews)) i18n.addResourceBundle('en', ns, bundle, true, true);
    },
    (error: unknown) => {
      // A failed chunk request (offline before the prefetch) may be retried when the view is opened again.
      viewCatalogs = null;
      throw error;
    },
  );
  return viewCatalogs;
}

/** A text worded when it is read, so it follows the active language (a notice outlives a switch). */
export type Wording = () => string;

export function activeLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Translate outside React (domain reasons, exports): `tr('ranking:sectorExact', { sector })`. */
export function tr(key: string, options?: TOptions): string {
  return i18n.t(key, options) as string;
}
