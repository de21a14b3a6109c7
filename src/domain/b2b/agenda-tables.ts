// The table plan (who sits at which table, when) and the who-meets-whom grid (EU × Mexico), both
// read from the schedule: a hall sheet for the organiser and a checklist of every requested pair.
import { participantsOnSide } from '@/domain/b2b/agenda-participants';
import { eventBlocks, sessionBreaks, sessionSlots } from '@/domain/b2b/agenda';
import type { B2bResult } from '@/domain/b2b/participants';
import { buildB2bSlots } from '@/domain/b2b/slots';
import type { B2bBreak, B2bSession, PlacedMeeting, UnplacedMeeting } from '@/domain/b2b/types';
import { formatTime } from '@/domain/dates';

export interface TablePlanRow {
  start: string;
  end: string;
  /** One cell per table, in the event's table order; null: the table is free then. */
  cells: Array<PlacedMeeting | null>;
}

export type TablePlanBlock =
  | { kind: 'session'; date: string; session: B2bSession; rows: TablePlanRow[]; breaks: B2bBreak[] }
  | { kind: 'break'; date: string; brk: B2bBreak };

export interface TablePlan {
  tables: string[];
  blocks: TablePlanBlock[];
}

export function buildTablePlan(result: B2bResult): TablePlan {
  const tables = result.input.event.tableNames;
  const slots = buildB2bSlots(result.input.event);
  const at = new Map(result.schedule.scheduled.map((m) => [`${m.date} ${m.start} ${m.table}`, m]));
  const blocks = eventBlocks(result).map(({ date, session, brk }): TablePlanBlock => {
    if (!session) return { kind: 'break', date, brk };
    const rows = sessionSlots(slots, date, session).map((slot) => {
      const start = formatTime(slot.start);
      return { start, end: formatTime(slot.end), cells: tables.map((t) => at.get(`${date} ${start} ${t}`) ?? null) };
    });
    return { kind: 'session', date, session, rows, breaks: sessionBreaks(result, date, session) };
  });
  return { tables, blocks };
}

export type MatrixCell =
  | { kind: 'placed'; meeting: PlacedMeeting }
  | { kind: 'unplaced'; meeting: UnplacedMeeting }
  /** Nobody asked for this pair. */
  | null;

export interface MeetingMatrix {
  eu: string[];
  mx: string[];
  /** cells[i][j]: EU participant i with Mexican participant j. */
  cells: MatrixCell[][];
  placed: number;
  unplaced: number;
}

const pairKey = (a: string, b: string) => JSON.stringify([a, b].sort());

export function buildMeetingMatrix(result: B2bResult): MeetingMatrix {
  const eu = participantsOnSide(result, 'eu').map((p) => p.name);
  const mx = participantsOnSide(result, 'mx').map((p) => p.name);
  const byPair = new Map<string, MatrixCell>();
  for (const meeting of result.schedule.unscheduled)
    byPair.set(pairKey(meeting.requester, meeting.partner), { kind: 'unplaced', meeting });
  for (const meeting of result.schedule.scheduled)
    byPair.set(pairKey(meeting.requester, meeting.partner), { kind: 'placed', meeting });
  const cells = eu.map((e) => mx.map((m) => byPair.get(pairKey(e, m)) ?? null));
  const flat = cells.flat();
  return {
    eu,
    mx,
    cells,
    placed: flat.filter((c) => c?.kind === 'placed').length,
    unplaced: flat.filter((c) => c?.kind === 'unplaced').length,
  };
}
