import { useCallback, useMemo, useState } from 'react';
import {
  buildBoard,
  cellStatus,
  samePair,
  type Board,
  type CellStatus,
  type MeetingRef,
} from '@/domain/b2b/edit-board';
import { moveMeeting } from '@/domain/b2b/edit';
import type { B2bRun } from '@/domain/b2b/run';
import type { B2bSchedule } from '@/domain/b2b/types';
import { tr } from '@/i18n/i18n';
import { cellText, pairText, tableText, timeText } from '@/features/b2b-event/cell-text';

export interface GridMove {
  board: Board;
  selected: MeetingRef | null;
  /** What the live region says after the last step. */
  message: string;
  select: (ref: MeetingRef | null) => void;
  statusOf: (slot: number, table: number) => CellStatus | null;
  describe: (slot: number, table: number) => string;
  /** A click or Enter on a cell: picks its meeting up, or puts the picked one down there. */
  activate: (slot: number, table: number) => void;
  /** Puts the picked meeting down (drop); false when the cell is blocked. */
  dropAt: (slot: number, table: number) => boolean;
}

/** The pick-up-and-put-down editing of the schedule grid, shared by clicks, keys and drag and drop. */
export function useGridMove(run: B2bRun, onChange: (schedule: B2bSchedule) => void): GridMove {
  const [selected, setSelected] = useState<MeetingRef | null>(null);
  const [message, setMessage] = useState('');
  const board = useMemo(() => buildBoard(run.input, run.schedule), [run]);
  const manyDays = new Set(board.problem.slots.map((s) => s.date)).size > 1;
  const where = useCallback(
    (slot: number, table: number) =>
      tr('b2bEvent:cell.where', {
        table: tableText(run.input.event.tableNames[table]),
        time: timeText(board.problem.slots[slot], manyDays),
      }),
    [board, run, manyDays],
  );
  const statusOf = useCallback(
    (slot: number, table: number) => (selected ? cellStatus(board, selected, slot, table) : null),
    [board, selected],
  );
  const describe = (slot: number, table: number) => {
    const status = statusOf(slot, table);
    const meeting = board.grid[slot][table];
    if (status && selected) return cellText(status, selected, where(slot, table));
    return meeting
      ? tr('b2bEvent:cell.holds', { where: where(slot, table), pair: pairText(meeting) })
      : where(slot, table);
  };
  const select = (ref: MeetingRef | null) => {
    setSelected(ref);
    setMessage(ref ? tr('b2bEvent:move.picked', { pair: pairText(ref) }) : tr('b2bEvent:move.cancelled'));
  };
  const dropAt = (slot: number, table: number) => {
    if (!selected) return false;
    const next = moveMeeting(run.input, run.schedule, selected, slot, table);
    if (!next) {
      setMessage(describe(slot, table));
      return false;
    }
    const swapped = statusOf(slot, table)?.kind === 'swap';
    setMessage(
      tr(swapped ? 'b2bEvent:move.swapped' : 'b2bEvent:move.moved', {
        pair: pairText(selected),
        where: where(slot, table),
      }),
    );
    setSelected(null);
    onChange(next);
    return true;
  };
  const activate = (slot: number, table: number) => {
    const meeting = board.grid[slot][table];
    if (selected && meeting && samePair(meeting, selected)) return select(null);
    if (selected) return void dropAt(slot, table);
    if (meeting) select(meeting);
  };
  return { board, selected, message, select, statusOf, describe, activate, dropAt };
}
