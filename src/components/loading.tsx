import { useTranslation } from 'react-i18next';
import { STANDALONE } from '@/components/standalone-i18n';

/** The fallback while a lazily loaded part of the screen arrives; `what` is already translated ("the map"). */
export function Loading({ what }: { what: string }) {
  const { t } = useTranslation('components', STANDALONE);
  return (
    <p role="status" className="p-3 text-slate-600">
      {t('loading', { what })}
    </p>
  );
}
