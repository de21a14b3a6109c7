import { useEffect, useId, useRef, useState } from 'react';
import { resumeSaving, useAppStore } from '@/stores/app-store';
import { byteSize, deleteBackup, listBackups, savedText, type Backup } from '@/stores/saved-backups';
import { STORE_KEY } from '@/stores/saved-shortlists';
import { STORAGE_TEXT } from '@/stores/storage-messages';
import { BUTTON, BackupItem } from '@/features/saved-data/backup-item';
import { WorkspaceFile } from '@/features/saved-data/workspace-file';
import { SAVED_DATA_TEXT as T, backupFileName } from '@/features/saved-data/saved-data-text';

export type DownloadText = (filename: string, text: string, type: string) => void;

/**
 * What is saved in this browser, and the backups set aside when saved data could not be loaded whole:
 * each can be downloaded (even when unreadable) and restored (its lists added next to the user's).
 */
export function SavedDataDialog({ download }: { download: DownloadText }) {
  const open = useAppStore((s) => s.savedDataOpen);
  // The texts are read through tr(): subscribing re-renders them on a language switch.
  useAppStore((s) => s.language);
  return open ? <DialogBody download={download} /> : null;
}

function DialogBody({ download }: { download: DownloadText }) {
  const setOpen = useAppStore((s) => s.setSavedDataOpen);
  const savingOff = useAppStore((s) => s.savingOff);
  const restoreShortlists = useAppStore((s) => s.restoreShortlists);
  const addNotice = useAppStore((s) => s.addNotice);
  const [backups, setBackups] = useState(() => listBackups());
  const [saved, setSaved] = useState(() => savedText());
  const [status, setStatus] = useState('');
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  const refresh = () => {
    setBackups(listBackups());
    setSaved(savedText());
  };

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => opener?.focus();
  }, []);

  const restore = (backup: Backup) => {
    const outcome = restoreShortlists(backup.lists);
    const message = () => STORAGE_TEXT.restored(T.when(backup.at), outcome.added, outcome.copied, outcome.present);
    setStatus(message());
    addNotice('storage', message);
    refresh();
  };
  const remove = (backup: Backup) => {
    setStatus(deleteBackup(backup.key) ? T.deleted(T.when(backup.at)) : T.notDeleted);
    refresh();
  };

  return (
    <div className="fixed inset-0 z-[5000] flex items-start justify-center overflow-y-auto bg-slate-900/50 p-4 print:hidden">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        className="w-full max-w-2xl space-y-3 rounded-lg bg-white p-4 text-slate-900 shadow-xl"
      >
        <div className="flex items-start justify-between gap-2">
          <h2 id={titleId} className="text-lg font-bold">
            {T.title}
          </h2>
          <button ref={close} type="button" className={BUTTON} onClick={() => setOpen(false)}>
            {T.close}
          </button>
        </div>
        <p className="text-sm">{T.intro}</p>
        <section className="space-y-1.5">
          <h3 className="font-semibold">{T.nowHeading}</h3>
          <p className="text-sm">{savingOff ? T.savingOff : saved ? T.savingOn(byteSize(saved)) : T.nothingSaved}</p>
          <div className="flex flex-wrap gap-1.5">
            {saved !== null && (
              <button
                type="button"
                className={BUTTON}
                onClick={() => download(backupFileName(`${STORE_KEY}-saved`), saved, 'application/json')}
              >
                {T.downloadSaved}
              </button>
            )}
            {savingOff && (
              <button
                type="button"
                className={BUTTON}
                onClick={() => {
                  resumeSaving();
                  refresh();
                }}
              >
                {T.trySaving}
              </button>
            )}
          </div>
        </section>
        <WorkspaceFile
          download={download}
          onImported={(message) => {
            setStatus(message);
            refresh();
          }}
        />
        <section className="space-y-1.5">
          <h3 className="font-semibold">{T.backupsHeading}</h3>
          {backups.length === 0 ? (
            <p className="text-sm">{T.noBackups}</p>
          ) : (
            <>
              <p className="text-sm">{T.restoreHint}</p>
              <ul aria-label={T.backupsLabel} className="space-y-1.5">
                {backups.map((b) => (
                  <BackupItem
                    key={b.key}
                    backup={b}
                    onDownload={() => download(backupFileName(b.key), b.raw, 'application/json')}
                    onRestore={restore}
                    onDelete={remove}
                  />
                ))}
              </ul>
            </>
          )}
          <p role="status" className="text-sm font-medium text-brand-900">
            {status}
          </p>
        </section>
      </div>
    </div>
  );
}
