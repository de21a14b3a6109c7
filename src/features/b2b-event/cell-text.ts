import type { BlockReason, CellStatus, MeetingRef } from '@/domain/b2b/edit-board';
import type { B2bSlot } from '@/domain/b2b/slots';
import { describeReason } from '@/domain/b2b/wording';
import { formatTime } from '@/domain/dates';
import { formatIsoDate } from '@/domain/format';
import { tr } from '@/i18n/i18n';

// What a cell of the schedule grid says when a meeting is being moved: where it is, and whether
// the meeting can go there (and why not), in the active language.

export const pairText = (m: MeetingRef) => tr('b2bEvent:pair', { requester: m.requester, partner: m.partner });

/** "Table 3" for a numbered table; a named one ("Sala Azul") as named. */
export const tableText = (name: string) => (/^\d+$/.test(name) ? tr('b2bEvent:table', { name }) : name);

export const timeText = (slot: B2bSlot, manyDays: boolean) =>
  manyDays
    ? tr('b2bEvent:cell.dayTime', { date: formatIsoDate(slot.date), time: formatTime(slot.start) })
    : formatTime(slot.start);

export function blockText(reason: BlockReason, moving: MeetingRef): string {
  switch (reason.code) {
    case 'unavailable':
      return tr('b2bEvent:block.unavailable', { participant: reason.participant });
    case 'busy':
      return tr('b2bEvent:block.busy', { participant: reason.participant, other: reason.other });
    case 'cap-reached':
      return describeReason(moving, reason);
    case 'taken':
      return tr('b2bEvent:block.taken', { pair: pairText(reason.occupant) });
  }
}

/** The whole explanation of a cell for the meeting being moved ("Table 3 at 10:30: X is not available"). */
export function cellText(status: CellStatus, moving: MeetingRef, where: string): string {
  switch (status.kind) {
    case 'current':
      return tr('b2bEvent:cell.current', { where });
    case 'free':
      return tr('b2bEvent:cell.free', { where });
    case 'swap':
      return tr('b2bEvent:cell.swap', { where, pair: pairText(status.occupant) });
    case 'blocked': {
      const why = blockText(status.reason, status.occupant ?? moving);
      return status.occupant
        ? tr('b2bEvent:cell.swapBlocked', { where, pair: pairText(status.occupant), why })
        : tr('b2bEvent:cell.blocked', { where, why });
    }
  }
}
