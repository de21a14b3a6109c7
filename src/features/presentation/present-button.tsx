import { useAppStore } from '@/stores/app-store';

interface PresentButtonProps {
  /** Replaces the default look, which suits the dark header. */
  className?: string;
}

/** Starts presentation mode (full screen, top matches, arrow keys). */
export function PresentButton({ className }: PresentButtonProps) {
  const setPresenting = useAppStore((s) => s.setPresenting);
  return (
    <button
      type="button"
      onClick={() => setPresenting(true)}
      className={
        className ??
        'rounded-md border-2 border-white px-3 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand-900'
      }
    >
      Present
    </button>
  );
}
