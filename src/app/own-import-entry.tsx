import { useTranslation } from 'react-i18next';
import { useDataset } from '@/hooks/use-dataset';
import { applyImport } from '@/features/own-import/apply-import';
import { OwnImport } from '@/features/own-import/own-import';
import { useOwnFacts } from '@/stores/own-facts-store';

/**
 * "Import organisations from a sheet", in the add-organisation dialog. Duplicates are looked for in the
 * sourced records (the query's dataset, before the overlay) and in the user's own organisations.
 */
export function OwnImportEntry() {
  const { t } = useTranslation('ownImport');
  const { data } = useDataset();
  const ownFacts = useOwnFacts();
  if (!data) return null;
  const { clusters, states, sectors, interests } = data.dataset;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t('ownImport:entryHint')}</span>
      <OwnImport
        clusters={clusters}
        states={states}
        sectors={sectors}
        interests={interests}
        ownFacts={ownFacts}
        onApply={applyImport}
      />
    </div>
  );
}
