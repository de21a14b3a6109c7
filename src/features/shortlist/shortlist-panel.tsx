import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Alert } from '@/components/alert';
import { useFullRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { useActiveEntries } from '@/stores/selectors';
import { ShortlistEntry } from '@/features/shortlist/shortlist-entry';
import { buildShortlistRows } from '@/features/shortlist/shortlist-model';
import { ShortlistPicker } from '@/features/shortlist/shortlist-picker';

/** The active shortlist: ordered partners with a note each; its order becomes the meeting order. */
export function ShortlistPanel() {
  const entries = useActiveEntries();
  const selectedId = useAppStore((s) => s.selectedId);
  const savingOff = useAppStore((s) => s.savingOff);
  const actions = useAppStore(
    useShallow((s) => ({
      select: s.select,
      move: s.moveShortlisted,
      remove: s.toggleShortlisted,
      note: s.setShortlistNote,
    })),
  );
  const ranking = useFullRanking();
  const rows = useMemo(() => buildShortlistRows(entries, ranking), [entries, ranking]);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-base font-bold">Shortlist</h2>
        <span className="text-xs text-slate-700">
          {rows.length} {rows.length === 1 ? 'cluster' : 'clusters'}
        </span>
      </div>
      {savingOff && (
        <Alert tone="warning" role="status">
          Saving is off: this browser cannot keep your shortlists. Export them as JSON from the meeting list to keep
          them.
        </Alert>
      )}
      <ShortlistPicker />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">
          This shortlist is empty. Use &lsquo;Add to shortlist&rsquo; on a match, on the map or in the detail.
        </p>
      ) : (
        <ol aria-label="Shortlisted clusters" className="space-y-1.5">
          {rows.map((row) => (
            <ShortlistEntry
              key={row.clusterId}
              row={row}
              selected={row.clusterId === selectedId}
              onSelect={actions.select}
              onMove={actions.move}
              onRemove={actions.remove}
              onNote={actions.note}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
