import { useTranslation } from 'react-i18next';

/** The state outlines' credit; the licence's name is a proper name and stays as written (lang="en"). */
export function StateMapCredit({ className }: { className?: string }) {
  const { t } = useTranslation('stateMap');
  return (
    <p className={className}>
      {t('credit')} <span lang="en">CC BY 4.0</span>.
    </p>
  );
}
