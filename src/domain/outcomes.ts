// Meeting outcomes: what the user marked after a meeting, and the follow-ups that come of them.
import type { EntryOutcome, OutcomeStatus } from '@/domain/event';
import type { MeetingRow } from '@/domain/meeting-rows';
import type { Shortlist } from '@/domain/shortlist';
import { tr } from '@/i18n/i18n';

const NAME: Record<OutcomeStatus, () => string> = {
  met: () => tr('contacts:outcome.met'),
  'not-met': () => tr('contacts:outcome.notMet'),
  'follow-up': () => tr('contacts:outcome.followUp'),
};

/** 'met', 'not met', 'follow-up' in the active language. */
export function outcomeName(status: OutcomeStatus): string {
  return NAME[status]();
}

/**
 * The entry's outcome set to `status` with `note` (null clears it). The stamp changes only with
 * the content, so typing the same text again is no change for the tabs' merge.
 */
export function setOutcome(
  list: Shortlist,
  clusterId: string,
  outcome: Omit<EntryOutcome, 'at'> | null,
  at: string,
): Shortlist {
  let changed = false;
  const entries = list.entries.map((e) => {
    if (e.clusterId !== clusterId) return e;
    const before = e.outcome;
    if (!outcome) {
      if (!before) return e;
      changed = true;
      const rest = { ...e };
      delete rest.outcome;
      return rest;
    }
    if (before && before.status === outcome.status && before.note === outcome.note) return e;
    changed = true;
    return { ...e, outcome: { ...outcome, at } };
  });
  return changed ? { ...list, entries } : list;
}

/** The rows marked follow-up, in list order: the list a manager works through after the event. */
export function followUpRows(rows: readonly MeetingRow[]): MeetingRow[] {
  return rows.filter((r) => r.outcome?.status === 'follow-up');
}
