import { useDataset } from '@/hooks/use-dataset';
import { applyImport } from '@/features/own-import/apply-import';
import { ImportDialog } from '@/features/own-import/import-dialog';
import { useOwnFacts } from '@/stores/own-facts-store';

/**
 * "Import organisations from a sheet", opened from the header's Your data menu. Duplicates are looked
 * for in the sourced records (the query's dataset, before the overlay) and in the user's own organisations.
 */
export function OwnImportDialog({ onClose }: { onClose: () => void }) {
  const { data } = useDataset();
  const ownFacts = useOwnFacts();
  if (!data) return null;
  const { clusters, states, sectors, interests } = data.dataset;
  return (
    <ImportDialog
      data={{ clusters, states, sectors, interests, ownFacts }}
      onClose={onClose}
      onApply={(result) => {
        applyImport(result);
        onClose();
      }}
    />
  );
}
