import { useTranslation } from 'react-i18next';
import { switchLanguage } from '@/app/language';
import { LOCALES, isLocale } from '@/i18n/i18n';
import { useAppStore } from '@/stores/app-store';

/** English / Español in the header; each option is named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const language = useAppStore((s) => s.language);
  return (
    <label className="flex items-center gap-1.5 text-sm">
      <span className="sr-only">{t('language.label')}</span>
      <select
        value={language}
        onChange={(e) => {
          if (isLocale(e.target.value)) void switchLanguage(e.target.value);
        }}
        className="rounded-md border border-brand-100 bg-brand-900 px-2 py-1 text-sm font-semibold text-white"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
