import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/domain/format';
import { BUTTON } from '@/features/saved-data/backup-item';
import { backupFileName } from '@/features/saved-data/saved-data-text';
import type { DownloadText } from '@/features/saved-data/saved-data-dialog';
import { useAppStore } from '@/stores/app-store';
import { useOwnFactsStore } from '@/stores/own-facts-store';
import { WORKSPACE_FORMAT, buildWorkspaceFile, readWorkspaceFile } from '@/stores/own-facts-workspace';
import { savedText } from '@/stores/saved-backups';
import { STORAGE_TEXT } from '@/stores/storage-messages';

/** Everything kept in this browser (lists and the user's own facts) as one file, and reading one back. */
export function WorkspaceFile({
  download,
  onImported,
}: {
  download: DownloadText;
  /** What the import did, for the dialog's status line. */
  onImported: (message: string) => void;
}) {
  const { t } = useTranslation('ownFacts');
  const inputId = useId();
  const save = () =>
    download(
      backupFileName(WORKSPACE_FORMAT),
      buildWorkspaceFile(savedText(), useOwnFactsStore.getState().replica),
      'application/json',
    );
  const load = async (file: File) => {
    const read = readWorkspaceFile(await file.text());
    const parts: string[] = [];
    if (read.lists.length) {
      const o = useAppStore.getState().restoreShortlists(read.lists);
      parts.push(STORAGE_TEXT.restored(file.name, o.added, o.copied, o.present));
    }
    if (read.own) {
      useOwnFactsStore.getState().mergeIn(read.own);
      const orgs = read.own.organisations.length;
      const fixes = read.own.corrections.length;
      parts.push(
        t('workspace.ownImported', {
          organisations: t('workspace.organisations', { count: orgs, n: formatNumber(orgs, 0) }),
          corrections: t('workspace.corrections', { count: fixes, n: formatNumber(fixes, 0) }),
        }),
      );
    }
    if (read.problems.length) parts.push(t('workspace.problems', { problems: read.problems.join('; ') }));
    const message = parts.join(' ');
    useAppStore.getState().addNotice('import', () => message);
    onImported(message);
  };
  return (
    <section className="space-y-1.5">
      <h3 className="font-semibold">{t('workspace.heading')}</h3>
      <p className="text-sm">{t('workspace.intro')}</p>
      <div className="flex flex-wrap items-center gap-1.5">
        <button type="button" className={BUTTON} onClick={save}>
          {t('workspace.download')}
        </button>
        <label htmlFor={inputId} className="text-sm font-medium">
          {t('workspace.import')}
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="text-sm"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void load(file);
          }}
        />
      </div>
    </section>
  );
}
