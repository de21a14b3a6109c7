import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import type { ImportData, ImportResult } from '@/domain/own-facts/import-run';
import { ImportDialog } from '@/features/own-import/import-dialog';

export type OwnImportProps = ImportData & {
  /** Called once, with the rows the user chose to import; nothing changes before. */
  onApply: (result: ImportResult) => void;
};

/** "Import organisations from a sheet": a button that opens the file, mapping and report dialog. */
export function OwnImport({ onApply, ...data }: OwnImportProps) {
  const { t } = useTranslation('ownImport');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('ownImport:open')}</Button>
      {open && (
        <ImportDialog
          data={data}
          onClose={() => setOpen(false)}
          onApply={(result) => {
            onApply(result);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
