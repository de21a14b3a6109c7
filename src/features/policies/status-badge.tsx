import type { ItemStatus } from '@/features/policies/policy-items';

// The word carries the meaning; colour only reinforces it (dark red = no longer running).
const BADGE: Record<ItemStatus, { text: string; className: string }> = {
  'in-force': { text: 'In force', className: 'border-emerald-800 bg-emerald-50 text-emerald-950' },
  ended: { text: 'Ended', className: 'border-red-900 bg-red-800 text-white' },
  discontinued: { text: 'Discontinued', className: 'border-red-900 bg-red-800 text-white' },
  unknown: { text: 'Status not stated in the sources', className: 'border-slate-400 bg-white text-slate-800' },
  past: { text: 'Past event', className: 'border-slate-500 bg-slate-100 text-slate-900' },
};

export function statusText(status: ItemStatus): string {
  return BADGE[status].text;
}

export function StatusBadge({ status }: { status: ItemStatus }) {
  const { text, className } = BADGE[status];
  return (
    <span className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs font-semibold ${className}`}>
      {text}
    </span>
  );
}
