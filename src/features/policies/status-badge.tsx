import { useTranslation } from 'react-i18next';
import { notStated } from '@/domain/format';
import type { ItemStatus } from '@/features/policies/policy-items';
import { tr } from '@/i18n/i18n';

// The word carries the meaning; colour only reinforces it (dark red = no longer running).
const BADGE_CLASS: Record<ItemStatus, string> = {
  'in-force': 'border-emerald-800 bg-emerald-50 text-emerald-950',
  ended: 'border-red-900 bg-red-800 text-white',
  discontinued: 'border-red-900 bg-red-800 text-white',
  unknown: 'border-slate-400 bg-white text-slate-800',
  past: 'border-slate-500 bg-slate-100 text-slate-900',
  reported: 'border-emerald-800 bg-white text-emerald-950',
  'not-started': 'border-slate-500 bg-slate-100 text-slate-900',
};

/** The status in words, in the active language. */
export function statusText(status: ItemStatus): string {
  const text: Record<ItemStatus, string> = {
    'in-force': tr('policies:status.inForce'),
    ended: tr('policies:status.ended'),
    discontinued: tr('policies:status.discontinued'),
    unknown: tr('policies:status.unknown', { notStated: notStated() }),
    past: tr('policies:status.past'),
    reported: tr('provenance:status.reported'),
    'not-started': tr('provenance:status.notStarted'),
  };
  return text[status];
}

export function StatusBadge({ status }: { status: ItemStatus }) {
  // Subscribed to the language: the word comes from statusText at render time.
  useTranslation('policies');
  useTranslation('provenance');
  return (
    <span
      className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs font-semibold ${BADGE_CLASS[status]}`}
    >
      {statusText(status)}
    </span>
  );
}
