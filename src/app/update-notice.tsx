import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, isUpdateReady, subscribeUpdateReady } from '@/app/offline';
import { STANDALONE } from '@/components/standalone-i18n';

/** Offers the stored new version instead of switching a running tab to it behind the user's back. */
export function UpdateNotice() {
  // Rendered beside the app, outside its providers (src/main.tsx).
  const { t } = useTranslation('app', STANDALONE);
  const ready = useSyncExternalStore(subscribeUpdateReady, isUpdateReady, () => false);
  const [dismissed, setDismissed] = useState(false);
  if (!ready || dismissed) return null;
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 z-[5000] flex max-w-md items-center gap-3 rounded-lg bg-brand-900 px-4 py-3 text-white shadow-lg print:hidden"
    >
      <p className="text-sm">
        {t('update.message')} {t('update.kept')}
      </p>
      <button
        type="button"
        className="rounded bg-white px-3 py-1.5 font-semibold text-brand-900 hover:bg-brand-100"
        onClick={applyUpdate}
      >
        {t('update.reload')}
      </button>
      <button type="button" className="px-2 py-1.5 text-sm underline" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
