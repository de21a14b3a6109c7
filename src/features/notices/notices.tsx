import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { meetingPartnerName } from '@/domain/meeting-rows';
import { removalMessage, undoLabel, undoLabelFor, type ClusterName } from '@/domain/removal';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useStorePick } from '@/stores/selectors';
import type { Notice } from '@/stores/notices-slice';
import { openSavedData } from '@/stores/storage-messages';

/** Past this many notices, one button clears them all. */
const MANY = 3;

/**
 * Quiet, dismissible notices: repaired saved state, ignored URL parameters, storage off, and an
 * Undo for every removal (kept until the user acts on it: a removed note must never expire).
 */
export function Notices() {
  const { t } = useTranslation('notices');
  const { notices, dismissNotice, undoNotice, setSavedDataOpen } = useStorePick(
    'notices',
    'dismissNotice',
    'undoNotice',
    'setSavedDataOpen',
  );
  const index = useDatasetIndex();
  const box = useRef<HTMLDivElement>(null);
  // Focus goes to the next notice once the one it was on is gone, so it is never lost to the page
  // (the notice itself, not its Undo, so a second key press undoes nothing by accident).
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const at = refocus.current;
    refocus.current = null;
    if (at === null) return;
    const items = box.current?.querySelectorAll('[data-notice]') ?? [];
    const next = items[Math.min(at, items.length - 1)];
    if (next instanceof HTMLElement) next.focus();
  }, [notices]);

  const clusterName: ClusterName = (id) => {
    const i = index.positionById.get(id);
    return (i === undefined ? null : index.clusters[i]?.name) ?? meetingPartnerName({ name: null, clusterId: id });
  };
  const textOf = (n: Notice) => (n.removal ? removalMessage(n.removal, clusterName) : n.message());
  const act = (at: number, run: () => void) => {
    refocus.current = at;
    run();
  };

  // The live region stays in the page, so a notice added to it is announced.
  return (
    <div ref={box} role="status" aria-live="polite" className={notices.length > 0 ? 'mx-3 mt-2 space-y-1' : undefined}>
      {notices.map((n, at) => (
        <div
          key={n.id}
          data-notice
          tabIndex={-1}
          className="flex flex-wrap items-start gap-x-3 rounded-lg border border-sky-700 bg-sky-50 px-3 py-1.5 text-sm text-sky-950"
        >
          <p className="min-w-0 flex-1 break-words">{textOf(n)}</p>
          {n.removal && (
            <Button
              variant="secondary"
              size="xs"
              onClick={() => act(at, () => undoNotice(n.id))}
              aria-label={undoLabelFor(n.removal, clusterName)}
            >
              {undoLabel()}
            </Button>
          )}
          {n.kind === 'storage' && (
            <Button variant="ghost" size="xs" onClick={() => setSavedDataOpen(true)}>
              {openSavedData()}
            </Button>
          )}
          <Button
            variant="neutral"
            size="xs"
            onClick={() => act(at, () => dismissNotice(n.id))}
            aria-label={t('dismissNotice', { text: textOf(n).slice(0, 60) })}
          >
            {t('dismiss')}
          </Button>
        </div>
      ))}
      {notices.length >= MANY && (
        <Button variant="ghost" size="xs" onClick={() => act(0, () => notices.forEach((n) => dismissNotice(n.id)))}>
          {t('dismissAll')}
        </Button>
      )}
    </div>
  );
}
