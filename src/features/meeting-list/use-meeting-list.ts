import { useMemo } from 'react';
import { DEFAULT_EVENT, type ShortlistEntry } from '@/domain/event';
import { buildMeetingRows } from '@/domain/meeting-rows';
import { buildSchedule, validateEvent } from '@/domain/schedule';
import { useFullRanking } from '@/hooks/use-ranking';
import { useActiveShortlist } from '@/stores/selectors';

const NO_ENTRIES: ShortlistEntry[] = [];

/** The active shortlist turned into a schedule and its typed rows; everything derived is memoised. */
export function useMeetingList() {
  const list = useActiveShortlist();
  // The full ranking: a search or filter on the dashboard never changes a shortlisted cluster's score.
  const ranking = useFullRanking();
  const event = list?.event ?? DEFAULT_EVENT;
  const entries = list?.entries ?? NO_ENTRIES;
  const schedule = useMemo(() => buildSchedule(event, entries), [event, entries]);
  const problems = useMemo(() => validateEvent(event), [event]);
  const rows = useMemo(() => buildMeetingRows(entries, schedule, ranking), [entries, schedule, ranking]);
  return { list, event, schedule, problems, rows };
}
