import { useTranslation } from 'react-i18next';
import { Panel } from '@/components/panel';
import { printMap } from '@/app/print-map';
import { SKIP_TARGET } from '@/app/skip-links';
import { MeetingListPanel } from '@/features/meeting-list/meeting-list-panel';
import { SavedListsView } from '@/features/meeting-list/saved-lists-view';
import { ShortlistPanel } from '@/features/shortlist/shortlist-panel';

export function MeetingsView() {
  const { t } = useTranslation('app');
  return (
    // Two columns scrolling inside themselves on wide screens (src/app/dashboard.tsx), one column below.
    <main className="flex flex-col gap-3 p-3 print:block print:p-0 app:grid app:min-h-0 app:flex-1 app:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)] app:grid-rows-[minmax(0,1fr)]">
      <Panel
        id={SKIP_TARGET.shortlist}
        label={t('panel.shortlist')}
        area={t('area.shortlist')}
        className="p-3 print:hidden app:overflow-y-auto"
      >
        <ShortlistPanel />
      </Panel>
      <Panel
        id={SKIP_TARGET.meetingList}
        label={t('panel.meetingList')}
        area={t('area.meetingList')}
        className="p-3 print:overflow-visible print:border-0 print:shadow-none app:overflow-y-auto"
      >
        <MeetingListPanel printMap={printMap} />
      </Panel>
    </main>
  );
}

/**
 * The saved shortlists on the dataset error page. Loaded with this view's chunk, which already holds
 * the exports they use (papaparse, the file builders): one chunk, not three (JS total budget).
 */
export function SavedLists() {
  return <SavedListsView />;
}
