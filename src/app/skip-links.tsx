import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/stores/app-store';

/** Ids of what the skip links lead to: sections focusable by script, and the dashboard's tab list. */
export const SKIP_TARGET = {
  profile: 'skip-profile',
  matches: 'skip-matches',
  map: 'skip-map',
  tabs: 'skip-tabs',
  shortlist: 'skip-shortlist',
  meetingList: 'skip-meeting-list',
  event: 'skip-event',
} as const;

type Target = keyof typeof SKIP_TARGET;

const BY_VIEW = {
  dashboard: ['matches', 'profile', 'map', 'tabs'],
  meetings: ['shortlist', 'meetingList'],
  event: ['event'],
} as const satisfies Record<string, readonly Target[]>;

// Focus by script, not by following the #fragment: the URL holds the shared view and stays as it is.
function jump(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  // A tab list is entered at its open tab, as Tab would.
  const focusable = target.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? target;
  focusable.focus();
  target.scrollIntoView?.({ block: 'start' });
}

/** The first stops of the Tab order: hidden until focused, each moves focus to a part of the screen. */
export function SkipLinks() {
  const { t } = useTranslation('layout');
  const { t: tEvent } = useTranslation('b2bEvent');
  const view = useAppStore((s) => s.view);
  const label: Record<Target, string> = {
    profile: t('layout:skip.profile'),
    matches: t('layout:skip.matches'),
    map: t('layout:skip.map'),
    tabs: t('layout:skip.tabs'),
    shortlist: t('layout:skip.shortlist'),
    meetingList: t('layout:skip.meetingList'),
    event: tEvent('b2bEvent:skip'),
  };
  return (
    <nav
      aria-label={t('layout:skip.nav')}
      className="pointer-events-none fixed top-2 left-2 z-[2000] flex flex-col gap-1 print:hidden"
    >
      {BY_VIEW[view].map((target) => (
        <a
          key={target}
          href={`#${SKIP_TARGET[target]}`}
          onClick={(e) => jump(e, SKIP_TARGET[target])}
          className="pointer-events-auto sr-only rounded-md bg-white px-3 py-2 font-semibold text-brand-900 shadow-lg focus:not-sr-only"
        >
          {label[target]}
        </a>
      ))}
    </nav>
  );
}
