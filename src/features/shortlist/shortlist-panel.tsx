import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Alert } from '@/components/alert';
import { formatNumber } from '@/domain/format';
import { useListRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { useActiveEntries, useActiveShortlist } from '@/stores/selectors';
import { openSavedData, STORAGE_TEXT } from '@/stores/storage-messages';
import { ShortlistEntry } from '@/features/shortlist/shortlist-entry';
import { buildShortlistRows } from '@/features/shortlist/shortlist-model';
import { ShortlistPicker } from '@/features/shortlist/shortlist-picker';
import { useMoveFocus } from '@/features/shortlist/use-move-focus';

/** The active shortlist: ordered partners with a note each; its order becomes the meeting order. */
export function ShortlistPanel() {
  const { t } = useTranslation('shortlist');
  const entries = useActiveEntries();
  const selectedId = useAppStore((s) => s.selectedId);
  const savingOff = useAppStore((s) => s.savingOff);
  const setSavedDataOpen = useAppStore((s) => s.setSavedDataOpen);
  const actions = useAppStore(
    useShallow((s) => ({
      select: s.select,
      move: s.moveShortlisted,
      remove: s.toggleShortlisted,
      note: s.setShortlistNote,
    })),
  );
  // Scored as the meeting list scores them: with the list's own profile.
  const ranking = useListRanking(useActiveShortlist());
  // Built at render, not memoised: a few lookups, and the worded cells follow a language switch.
  const rows = buildShortlistRows(entries, ranking);
  const listRef = useRef<HTMLOListElement>(null);
  const { onMove, announcement } = useMoveFocus(rows, listRef, actions.move);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-base font-bold">{t('panel.heading')}</h2>
        <span className="text-xs text-slate-700">
          {t('panel.count', { count: rows.length, n: formatNumber(rows.length, 0) })}
        </span>
      </div>
      {savingOff && (
        <Alert tone="warning" role="status">
          {STORAGE_TEXT.savingOffHere}{' '}
          <button type="button" className="font-semibold underline" onClick={() => setSavedDataOpen(true)}>
            {openSavedData()}
          </button>
        </Alert>
      )}
      <ShortlistPicker />
      {/* Always rendered, so screen readers know the region before its first message. */}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t('panel.empty')}</p>
      ) : (
        <ol ref={listRef} aria-label={t('panel.listLabel')} className="space-y-1.5">
          {rows.map((row) => (
            <ShortlistEntry
              key={row.clusterId}
              row={row}
              selected={row.clusterId === selectedId}
              total={rows.length}
              onSelect={actions.select}
              onMove={onMove}
              onRemove={actions.remove}
              onNote={actions.note}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
