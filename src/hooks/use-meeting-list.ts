import { useMemo } from 'react';
import { defaultEvent, type ShortlistEntry } from '@/domain/event';
import { buildMeetingRows } from '@/domain/meeting-rows';
import { buildSchedule, validateEvent } from '@/domain/schedule';
import { useFullRanking } from '@/hooks/use-ranking';
import { useActiveShortlist } from '@/stores/selectors';

const NO_ENTRIES: ShortlistEntry[] = [];

/** The active shortlist turned into a schedule (the meeting list and the plan presentation read it) and its typed rows; the schedule and rows are memoised. */
export function useMeetingList() {
  const list = useActiveShortlist();
  // The full ranking: a search or filter on the dashboard never changes a shortlisted cluster's score.
  const ranking = useFullRanking();
  // Before there is a list, the default event shows in the active language (with no entries, the
  // schedule and rows it feeds cost nothing to rebuild).
  const event = list?.event ?? defaultEvent();
  const entries = list?.entries ?? NO_ENTRIES;
  const schedule = useMemo(() => buildSchedule(event, entries), [event, entries]);
  // Not memoised: a few comparisons, and the texts follow a language switch at the next render.
  const problems = validateEvent(event);
  const rows = useMemo(() => buildMeetingRows(entries, schedule, ranking), [entries, schedule, ranking]);
  return { list, event, schedule, problems, rows };
}
