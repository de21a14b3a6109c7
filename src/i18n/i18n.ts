// The app's one i18next instance. Catalogs are JSON per namespace under src/locales/<lang>/; the
// active language's catalog is loaded (a lazy chunk each) before the first render and on a switch.
// Plain i18next (no React) so src/domain can word reasons and labels in the active language too.
import i18next, { type TOptions } from 'i18next';
import { en, type Resources } from '@/locales/en';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The Intl locale behind each language: EU English conventions, Mexican Spanish. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// English is bundled and ready at once: the store can report saved-data problems while it is being
// created, before any language is chosen, and those words must never be raw keys. Spanish is a lazy chunk.
const loaders: Record<Locale, () => Promise<Resources>> = {
  en: () => Promise.resolve(en),
  es: () => import('@/locales/es').then((m) => m.es),
};

export const i18n = i18next.createInstance();
let ready: Promise<unknown> | null = null;

function init(): Promise<unknown> {
  ready ??= i18n.init({
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    defaultNS: 'common',
    resources: { en },
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

/** A text worded when it is read, so it follows the active language (a notice outlives a switch). */
export type Wording = () => string;

export function activeLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Translate outside React (domain reasons, exports): `tr('ranking:sectorExact', { sector })`. */
export function tr(key: string, options?: TOptions): string {
  return i18n.t(key, options) as string;
}
