// Meeting outcomes: what the user marked after a meeting, and the follow-ups that come of them.
import type { OutcomeStatus } from '@/domain/event';
import type { MeetingRow } from '@/domain/meeting-rows';
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

/** The rows marked follow-up, in list order: the list a manager works through after the event. */
export function followUpRows(rows: readonly MeetingRow[]): MeetingRow[] {
  return rows.filter((r) => r.outcome?.status === 'follow-up');
}
