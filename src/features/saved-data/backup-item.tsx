import { useState } from 'react';
import type { Backup } from '@/stores/saved-backups';
import { SAVED_DATA_TEXT as T } from '@/features/saved-data/saved-data-text';

export const BUTTON =
  'rounded-md border border-brand-600 bg-white px-2 py-0.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500';
const DANGER_BUTTON = 'rounded-md bg-red-700 px-2 py-0.5 text-sm font-semibold text-white hover:bg-red-800';

interface Props {
  backup: Backup;
  onDownload: (backup: Backup) => void;
  onRestore: (backup: Backup) => void;
  onDelete: (backup: Backup) => void;
}

/** One backup: when, how big, what it holds; Download always works, Restore when it holds readable lists. */
export function BackupItem({ backup, onDownload, onRestore, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const when = T.when(backup.at);
  return (
    <li className="space-y-1 rounded-md border border-slate-300 p-2">
      <p className="text-sm">
        <strong>{when}</strong> · {T.size(backup.bytes)}
      </p>
      <p className="text-sm text-slate-800">{T.holds(backup.lists)}</p>
      {backup.problems.length > 0 && <p className="text-sm text-slate-800">{T.cannotRead(backup.problems)}</p>}
      {confirming ? (
        <div role="group" aria-label={T.deleteLabel(when)} className="space-y-1 rounded-md bg-red-50 p-2">
          <p className="text-sm text-red-950">{T.confirmDelete(when)}</p>
          <div className="flex gap-1.5">
            <button type="button" className={DANGER_BUTTON} onClick={() => onDelete(backup)}>
              {T.confirmDeleteYes}
            </button>
            <button type="button" autoFocus className={BUTTON} onClick={() => setConfirming(false)}>
              {T.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-1.5">
          <button
            type="button"
            className={BUTTON}
            aria-label={T.downloadLabel(when)}
            onClick={() => onDownload(backup)}
          >
            {T.download}
          </button>
          <button
            type="button"
            className={BUTTON}
            aria-label={T.restoreLabel(when)}
            disabled={backup.lists.length === 0}
            onClick={() => onRestore(backup)}
          >
            {T.restore}
          </button>
          <button type="button" className={BUTTON} aria-label={T.deleteLabel(when)} onClick={() => setConfirming(true)}>
            {T.delete}
          </button>
        </div>
      )}
    </li>
  );
}
