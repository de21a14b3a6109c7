// The language switch: chosen from the link (?lang=es), else the remembered choice, else the
// browser's language; remembered in its own storage key, so it never touches saved shortlists.
import { DEFAULT_LOCALE, activateLocale, isLocale, tr, type Locale } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';

const KEY = 'eu-mx-matchmaking:language';

function remembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export interface LocaleChoice {
  locale: Locale;
  /** A `lang` value in the link that is not a language of the app. */
  unknown: string | null;
}

export function chooseLocale(search: string, saved: string | null, browser: readonly string[]): LocaleChoice {
  const fromLink = new URLSearchParams(search).get('lang');
  if (fromLink !== null && isLocale(fromLink)) return { locale: fromLink, unknown: null };
  const fromBrowser = browser.map((l) => l.slice(0, 2).toLowerCase()).find(isLocale);
  const locale = isLocale(saved) ? saved : (fromBrowser ?? DEFAULT_LOCALE);
  return { locale, unknown: fromLink };
}

export async function switchLanguage(locale: Locale): Promise<void> {
  await activateLocale(locale);
  document.documentElement.lang = locale;
  useAppStore.getState().setLanguage(locale);
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage unavailable: the choice lasts for this visit; the link still carries it.
  }
}

/** Before the first render: the catalog of the chosen language is loaded, then the app starts. */
export async function startLanguage(): Promise<void> {
  const choice = chooseLocale(location.search, remembered(), navigator.languages ?? [navigator.language]);
  await switchLanguage(choice.locale);
  if (choice.unknown !== null) {
    useAppStore
      .getState()
      .addNotice('url', () =>
        tr('common:language.unknown', { value: choice.unknown, fallback: tr(`common:language.${choice.locale}`) }),
      );
  }
}
