import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gridRows } from '@/domain/b2b/grid-rows';
import { formatIsoDate } from '@/domain/format';
import { formatTime } from '@/domain/dates';
import { GridCell } from '@/features/b2b-event/grid-cell';
import type { GridMove } from '@/features/b2b-event/use-grid-move';
import { tableText } from '@/features/b2b-event/cell-text';

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Slots × tables, with day, session and break rows. One cell is in the tab order; arrow keys move
 * between cells, Enter or Space picks a meeting up and puts it down, Escape cancels.
 */
export function ScheduleGrid({ move }: { move: GridMove }) {
  const { t } = useTranslation('b2bEvent');
  const { board } = move;
  const tables = board.input.event.tableNames;
  const slots = board.problem.slots;
  const rows = gridRows(board.input.event, slots);
  const [focus, setFocus] = useState({ slot: 0, table: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Escape' && move.selected) {
      e.preventDefault();
      move.select(null);
      return;
    }
    const step = ARROWS[e.key];
    if (!step) return;
    e.preventDefault();
    const slot = Math.max(0, Math.min(slots.length - 1, focus.slot + step[0]));
    const table = Math.max(0, Math.min(tables.length - 1, focus.table + step[1]));
    setFocus({ slot, table });
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${slot}:${table}"]`)?.focus();
  };
  const span = tables.length + 1;
  return (
    <table ref={tableRef} className="border-separate border-spacing-0 text-base">
      <caption className="sr-only">{t('b2bEvent:grid.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="sticky top-0 left-0 z-20 bg-white px-2 py-1 text-left">
            {t('b2bEvent:grid.time')}
          </th>
          {tables.map((name, i) => (
            <th key={i} scope="col" className="sticky top-0 z-10 bg-white px-2 py-1 text-left font-bold">
              {tableText(name)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          if (row.kind === 'day')
            return (
              <tr key={i}>
                <th colSpan={span} scope="colgroup" className="bg-brand-900 px-2 py-1 text-left text-white">
                  {formatIsoDate(row.date)}
                </th>
              </tr>
            );
          if (row.kind === 'session')
            return (
              <tr key={i}>
                <th colSpan={span} scope="colgroup" className="bg-brand-50 px-2 py-1 text-left text-brand-900">
                  {row.name}
                </th>
              </tr>
            );
          if (row.kind === 'break')
            return (
              <tr key={i}>
                <td colSpan={span} className="bg-amber-50 px-2 py-1 text-slate-800 italic">
                  {t('b2bEvent:grid.break', { name: row.item.name, start: row.item.start, end: row.item.end })}
                </td>
              </tr>
            );
          const slot = slots[row.slot];
          return (
            <tr key={i}>
              <th
                scope="row"
                className="sticky left-0 z-10 bg-white px-2 py-1 text-left align-top font-semibold whitespace-nowrap"
              >
                {formatTime(slot.start)}–{formatTime(slot.end)}
              </th>
              {tables.map((_, table) => (
                <GridCell
                  key={table}
                  slot={row.slot}
                  table={table}
                  meeting={board.grid[row.slot][table]}
                  status={move.statusOf(row.slot, table)}
                  description={move.describe(row.slot, table)}
                  focusable={focus.slot === row.slot && focus.table === table}
                  onActivate={() => {
                    setFocus({ slot: row.slot, table });
                    move.activate(row.slot, table);
                  }}
                  onKeyDown={onKeyDown}
                  onDragStart={() => {
                    const meeting = board.grid[row.slot][table];
                    if (meeting) move.select(meeting);
                  }}
                  onDrop={() => void move.dropAt(row.slot, table)}
                />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
