import { useMemo } from 'react';
import { defaultEvent, type ShortlistEntry } from '@/domain/event';
import { buildMeetingRows } from '@/domain/meeting-rows';
import { ownContactsLookup } from '@/domain/own-facts/contacts-of';
import { buildSchedule, validateEvent } from '@/domain/schedule';
import { useListRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { useOwnFacts } from '@/stores/own-facts-store';
import { useActiveShortlist } from '@/stores/selectors';

const NO_ENTRIES: ShortlistEntry[] = [];

/** The active shortlist turned into a schedule (the meeting list and the plan presentation read it) and its typed rows; the schedule and rows are memoised. */
export function useMeetingList() {
  const list = useActiveShortlist();
  // The list's own full ranking: neither a search nor another profile on the dashboard changes a
  // shortlisted cluster's score, its reasons or the EU cluster the print names.
  const ranking = useListRanking(list);
  const dashboardEuCluster = useAppStore((s) => s.profile.euClusterId);
  const euClusterId = list?.profile ? list.profile.profile.euClusterId : dashboardEuCluster;
  // Before there is a list, the default event shows in the active language (with no entries, the
  // schedule and rows it feeds cost nothing to rebuild).
  const event = list?.event ?? defaultEvent();
  const entries = list?.entries ?? NO_ENTRIES;
  const schedule = useMemo(() => buildSchedule(event, entries), [event, entries]);
  // Not memoised: a few comparisons, and the texts follow a language switch at the next render.
  const problems = validateEvent(event);
  // The user's own contact persons reach the agenda, print, calendar and contact files.
  const facts = useOwnFacts();
  const contactsOf = useMemo(() => ownContactsLookup(facts), [facts]);
  const rows = useMemo(
    () => buildMeetingRows(entries, schedule, ranking, contactsOf),
    [entries, schedule, ranking, contactsOf],
  );
  return { list, event, schedule, problems, rows, euClusterId };
}
