import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddOrganisationDialog, OwnImportDialog } from '@/app/lazy-views';
import { buttonClass } from '@/components/button';
import { MenuButton } from '@/components/menu-button';
import { useAppStore } from '@/stores/app-store';
import { savedDataPlace } from '@/stores/storage-messages';

type Open = 'add' | 'import' | null;

/**
 * The header's "Your data": what the user adds to or keeps beside the sourced dataset, in one menu so
 * the header fits one line. Each dialog is a lazy chunk (src/features/own-facts, own-import).
 */
export function YourDataMenu() {
  const { t } = useTranslation('yourData');
  const { t: tOwn } = useTranslation('ownFacts');
  const setSavedDataOpen = useAppStore((s) => s.setSavedDataOpen);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <>
      <MenuButton
        label={t('yourData:button')}
        className={buttonClass('inverse', 'md')}
        actions={[
          { label: tOwn('ownFacts:add.open'), onSelect: () => setOpen('add') },
          { label: t('yourData:import'), onSelect: () => setOpen('import') },
          { label: savedDataPlace(), onSelect: () => setSavedDataOpen(true) },
        ]}
      />
      <Suspense fallback={null}>
        {open === 'add' && <AddOrganisationDialog onClose={close} />}
        {open === 'import' && <OwnImportDialog onClose={close} />}
      </Suspense>
    </>
  );
}
