import { Button } from '@/components/button';
import { useAppStore } from '@/stores/app-store';

/** Quiet, dismissible notices: repaired saved state, ignored URL parameters, storage off. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-live="polite" className="mx-3 mt-2 space-y-1">
      {notices.map((n) => (
        <div
          key={n.id}
          className="flex items-start gap-3 rounded-lg border border-sky-700 bg-sky-50 px-3 py-1.5 text-sm text-sky-950"
        >
          <p className="flex-1">{n.message}</p>
          <Button
            variant="neutral"
            size="xs"
            onClick={() => dismiss(n.id)}
            aria-label={`Dismiss notice: ${n.message.slice(0, 60)}`}
          >
            Dismiss
          </Button>
        </div>
      ))}
    </div>
  );
}
