import type { MeetingRequest, UnscheduledReason } from '@/domain/b2b/types';
import { formatNumber } from '@/domain/format';
import { tr } from '@/i18n/i18n';

// Every sentence the scheduler's results need, in the active language (namespace b2b). Reasons are
// phrases (lower case) that follow the pair: "EU cluster 3 – Clúster MX 7: every table is taken …".

const inSlots = (n: number) => tr('b2b:slots.in', { count: n, n: formatNumber(n, 0) });

export function describeReason(
  meeting: Pick<MeetingRequest, 'requester' | 'partner'>,
  reason: UnscheduledReason,
): string {
  switch (reason.code) {
    case 'not-available':
      return tr('b2b:reason.notAvailable', { participant: reason.participant });
    case 'no-common-slot':
      return tr('b2b:reason.noCommonSlot', { requester: meeting.requester, partner: meeting.partner });
    case 'cap-reached':
      return tr('b2b:reason.capReached', {
        participant: reason.participant,
        count: reason.maxMeetings,
        n: formatNumber(reason.maxMeetings, 0),
      });
    case 'no-common-free-slot':
      return tr('b2b:reason.noCommonFreeSlot', { slots: inSlots(reason.commonSlots) });
    case 'tables-full': {
      const rest = reason.commonSlots - reason.fullSlots;
      const full = tr('b2b:reason.tablesFull', { slots: inSlots(reason.fullSlots) });
      return rest > 0 ? tr('b2b:reason.tablesFullRest', { full, count: rest, n: formatNumber(rest, 0) }) : full;
    }
    case 'fits':
      return tr('b2b:reason.fits', { count: reason.freeSlots, n: formatNumber(reason.freeSlots, 0) });
  }
}

/** The proven bound, and whether this schedule reaches it. */
export function describeBound(scheduled: number, bound: number, requested: number): string {
  const claim = tr('b2b:bound.claim', { bound: formatNumber(bound, 0), requested: formatNumber(requested, 0) });
  const placed = formatNumber(scheduled, 0);
  return scheduled >= bound
    ? tr('b2b:bound.reached', { claim, scheduled: placed })
    : tr('b2b:bound.below', { claim, scheduled: placed });
}
