// The B2B schedule as sheet rows, for a participant (its meetings, with whom, how to reach them)
// and for the whole event (every requested pair). The CSV and .xlsx writers share these cells and
// their kinds, so both files say the same in the same columns.
import { buildParticipantAgenda, type AgendaCounterpart } from '@/domain/b2b/agenda';
import type { PartnerFacts } from '@/domain/b2b/agenda-participants';
import type { B2bResult } from '@/domain/b2b/participants';
import { buildB2bSlots } from '@/domain/b2b/slots';
import type { PlacedMeeting, Priority, UnplacedMeeting } from '@/domain/b2b/types';
import { describeReason } from '@/domain/b2b/wording';
import { formatTime } from '@/domain/dates';
import { notStated } from '@/domain/format';
import { tr } from '@/i18n/i18n';

export interface B2bSheetRow {
  /** ISO date; null for a meeting that could not be placed. */
  date: string | null;
  session: string;
  start: string | null;
  end: string | null;
  table: string;
  requester: string;
  partner: string;
  /** The other side, seen from the participant whose file this is. */
  with: string;
  people: string;
  website: string;
  contact: string;
  priority: string;
  status: string;
}

export type B2bSheetColumn = keyof B2bSheetRow;

const HEADER: Record<B2bSheetColumn, () => string> = {
  date: () => tr('b2bOutputs:column.date'),
  session: () => tr('b2bOutputs:column.session'),
  start: () => tr('b2bOutputs:column.start'),
  end: () => tr('b2bOutputs:column.end'),
  table: () => tr('b2bOutputs:column.table'),
  requester: () => tr('b2bOutputs:column.requester'),
  partner: () => tr('b2bOutputs:column.partner'),
  with: () => tr('b2bOutputs:column.with'),
  people: () => tr('b2bOutputs:column.people'),
  website: () => tr('b2bOutputs:column.website'),
  contact: () => tr('b2bOutputs:column.contact'),
  priority: () => tr('b2bOutputs:column.priority'),
  status: () => tr('b2bOutputs:column.status'),
};

/** The column's header in the active language: a file is written in the language it is exported in. */
export function b2bColumnHeader(column: B2bSheetColumn): string {
  return HEADER[column]();
}

const PRIORITY: Record<Priority, () => string> = {
  must: () => tr('b2bOutputs:priority.must'),
  should: () => tr('b2bOutputs:priority.should'),
  could: () => tr('b2bOutputs:priority.could'),
};

export function priorityName(priority: Priority): string {
  return PRIORITY[priority]();
}

function sessionOf(result: B2bResult): (m: PlacedMeeting) => string {
  const slots = buildB2bSlots(result.input.event);
  return (m) => slots.find((s) => s.date === m.date && formatTime(s.start) === m.start)?.session ?? '';
}

const orNotStated = (text: string | null) => text ?? notStated();

function placedRow(m: PlacedMeeting, session: string, other?: AgendaCounterpart): B2bSheetRow {
  return {
    date: m.date,
    session,
    start: m.start,
    end: m.end,
    table: m.table,
    requester: m.requester,
    partner: m.partner,
    with: other?.name ?? '',
    people: other ? other.people.join('; ') || notStated() : '',
    website: other ? orNotStated(other.website) : '',
    contact: other ? orNotStated(other.contact) : '',
    priority: priorityName(m.priority),
    status: m.locked ? tr('b2bOutputs:status.locked') : tr('b2bOutputs:status.scheduled'),
  };
}

function unplacedRow(m: UnplacedMeeting, other?: AgendaCounterpart): B2bSheetRow {
  return {
    ...placedRow(
      { ...m, date: '', start: '', end: '', table: '', locked: false },
      tr('b2bOutputs:status.notScheduled'),
      other,
    ),
    date: null,
    start: null,
    end: null,
    status: tr('b2bOutputs:status.reason', { reason: describeReason(m, m.reason) }),
  };
}

/** One participant's meetings in time order, then its requested meetings that did not fit. */
export function participantSheetRows(result: B2bResult, name: string, extra?: PartnerFacts): B2bSheetRow[] {
  const agenda = buildParticipantAgenda(result, name, extra);
  const placed = agenda.blocks.flatMap((block) =>
    block.kind === 'session'
      ? block.rows.flatMap((row) =>
          row.kind === 'meeting' ? [placedRow(row.meeting, block.session.name, row.with)] : [],
        )
      : [],
  );
  return [...placed, ...agenda.unscheduled.map((m) => unplacedRow(m, m.with))];
}

/** Every requested meeting of the event: the schedule in time and table order, then what did not fit. */
export function eventSheetRows(result: B2bResult): B2bSheetRow[] {
  const session = sessionOf(result);
  return [
    ...result.schedule.scheduled.map((m) => placedRow(m, session(m))),
    ...result.schedule.unscheduled.map((m) => unplacedRow(m)),
  ];
}
