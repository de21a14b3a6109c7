import { useMemo } from 'react';
import { DEFAULT_EVENT, type ShortlistEntry } from '@/domain/event';
import { buildSchedule, validateEvent } from '@/domain/schedule';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { useActiveShortlist } from '@/stores/selectors';
import { buildMeetingRows, rowContext } from '@/features/meeting-list/meeting-rows';

const NO_ENTRIES: ShortlistEntry[] = [];

/** The active shortlist turned into a schedule and its rows; everything derived is memoised. */
export function useMeetingList() {
  const list = useActiveShortlist();
  const asOf = useAppStore((s) => s.profile.asOf);
  const expiredLabelFactor = useAppStore((s) => s.expiredLabelFactor);
  const dataset = useDatasetValue();
  const matches = useRanking();
  const event = list?.event ?? DEFAULT_EVENT;
  const entries = list?.entries ?? NO_ENTRIES;
  const ctx = useMemo(
    () => rowContext(dataset, matches, asOf, expiredLabelFactor),
    [dataset, matches, asOf, expiredLabelFactor],
  );
  const schedule = useMemo(() => buildSchedule(event, entries), [event, entries]);
  const problems = useMemo(() => validateEvent(event), [event]);
  const rows = useMemo(() => buildMeetingRows(entries, schedule, ctx), [entries, schedule, ctx]);
  return { list, event, schedule, problems, rows };
}
