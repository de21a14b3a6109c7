import { useAppStore } from '@/stores/app-store';
import { OPEN_SAVED_DATA } from '@/stores/storage-messages';

/** Quiet, dismissible notices: repaired saved state, ignored URL parameters, storage off. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const openSavedData = useAppStore((s) => s.setSavedDataOpen);
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-live="polite" className="mx-3 mt-2 space-y-1">
      {notices.map((n) => (
        <div
          key={n.id}
          className="flex items-start gap-3 rounded-lg border border-sky-700 bg-sky-50 px-3 py-1.5 text-sm text-sky-950"
        >
          <p className="flex-1">{n.message}</p>
          {n.kind === 'storage' && (
            <button
              type="button"
              onClick={() => openSavedData(true)}
              className="rounded px-2 font-semibold whitespace-nowrap text-sky-900 underline hover:bg-sky-100"
            >
              {OPEN_SAVED_DATA}
            </button>
          )}
          <button
            type="button"
            onClick={() => dismiss(n.id)}
            className="rounded px-2 font-semibold text-sky-900 underline hover:bg-sky-100"
            aria-label={`Dismiss notice: ${n.message.slice(0, 60)}`}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
