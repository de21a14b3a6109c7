import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { serializeShortlistFile } from '@/data/parse-shortlist-file';
import { exportFileName, sessionsText, shortlistsBackupFileName } from '@/domain/event';
import { formatIsoDate } from '@/domain/format';
import type { Shortlist } from '@/domain/shortlist';
import { buildShortlistsBackupCsv } from '@/domain/shortlists-backup';
import { downloadText } from '@/components/download';
import { ID_NAMES, listProfileSummary } from '@/features/meeting-list/list-profile-model';
import { useAppStore } from '@/stores/app-store';

const CELL = 'border-t border-slate-200 px-2 py-1 align-top';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function SavedList({ list, open }: { list: Shortlist; open: boolean }) {
  const { t } = useTranslation('meetings');
  const { event } = list;
  const download = () =>
    downloadText(
      exportFileName(event, 'shortlist-json'),
      serializeShortlistFile(list, new Date().toISOString()),
      'application/json',
    );
  return (
    <article aria-label={list.name} className="min-w-0 rounded-lg border border-slate-300 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="min-w-0 font-semibold wrap-anywhere text-slate-900">
          {list.name}
          {open && <span className="ml-2 text-sm font-normal text-slate-600">({t('savedLists.open')})</span>}
        </h3>
        <Button onClick={download} aria-label={t('savedLists.json', { name: list.name })}>
          {t('savedLists.jsonShort')}
        </Button>
      </div>
      <p className="mt-1 text-sm wrap-anywhere text-slate-700">
        {event.name} · {formatIsoDate(event.date)} · {event.place} ·{' '}
        {t('savedLists.entries', { count: list.entries.length })}
      </p>
      {event.sessions.length > 0 && (
        <p className="text-sm wrap-anywhere text-slate-700">
          {t('savedLists.sessions', { sessions: sessionsText(event), timeZone: event.timeZone })}
        </p>
      )}
      <p className="text-sm wrap-anywhere text-slate-700">
        {list.profile
          ? t('workspace:saved.profile', { summary: listProfileSummary(list.profile, ID_NAMES) })
          : t('workspace:saved.follows')}
      </p>
      {list.entries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t('savedLists.noEntries')}</p>
      ) : (
        <table
          aria-label={t('savedLists.entriesTable', { name: list.name })}
          className="mt-2 w-full table-fixed text-left text-sm"
        >
          <thead>
            <tr>
              <th className="w-10 px-2">{t('savedLists.order')}</th>
              <th className="w-2/5 px-2">{t('savedLists.cluster')}</th>
              <th className="px-2">{t('savedLists.note')}</th>
            </tr>
          </thead>
          <tbody>
            {list.entries.map((entry, i) => (
              <tr key={entry.clusterId}>
                <td className={`${CELL} tabular-nums`}>{i + 1}</td>
                <td className={`${CELL} font-mono wrap-anywhere`}>{entry.clusterId}</td>
                <td className={`${CELL} whitespace-pre-wrap wrap-anywhere`}>{entry.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/**
 * The saved shortlists and their events, read-only, when the dataset cannot be loaded: they live
 * in the persisted store, so a broken data file never keeps a manager from their lists.
 */
export function SavedListsView() {
  const { t } = useTranslation('meetings');
  const lists = useAppStore((s) => s.shortlists);
  const activeId = useAppStore((s) => s.activeShortlistId);
  const downloadCsv = () =>
    downloadText(shortlistsBackupFileName(today()), buildShortlistsBackupCsv(lists), 'text/csv;charset=utf-8');
  return (
    <section aria-labelledby="saved-lists-heading" className="rounded-xl border border-slate-300 bg-white p-6 shadow">
      <h2 id="saved-lists-heading" className="text-lg font-bold text-slate-900">
        {t('savedLists.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('savedLists.intro')}</p>
      {lists.length === 0 ? (
        <p className="mt-3 text-slate-800">{t('savedLists.none')}</p>
      ) : (
        <>
          <Button className="mt-3" onClick={downloadCsv}>
            {t('savedLists.csv')}
          </Button>
          <div className="mt-3 space-y-3">
            {lists.map((list) => (
              <SavedList key={list.id} list={list} open={list.id === activeId} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
