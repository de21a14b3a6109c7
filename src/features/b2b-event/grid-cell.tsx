import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellStatus } from '@/domain/b2b/edit-board';
import type { PlacedMeeting } from '@/domain/b2b/types';

interface GridCellProps {
  slot: number;
  table: number;
  meeting: PlacedMeeting | null;
  status: CellStatus | null;
  description: string;
  focusable: boolean;
  onActivate: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onDragStart: () => void;
  onDrop: () => void;
}

// Green: the picked meeting can go here; red: it cannot (the reason is the cell's description).
const LOOK: Record<CellStatus['kind'] | 'idle', string> = {
  idle: 'border-slate-300 bg-white hover:bg-slate-50',
  current: 'border-brand-700 bg-brand-50 ring-3 ring-brand-700',
  free: 'border-green-700 bg-green-50 hover:bg-green-100',
  swap: 'border-green-700 bg-green-100 hover:bg-green-200',
  blocked: 'border-red-300 bg-red-50 text-slate-700',
};

export function GridCell(props: GridCellProps) {
  const { t } = useTranslation('b2bEvent');
  const descriptionId = useId();
  const { meeting, status, slot, table } = props;
  const kind = status?.kind ?? 'idle';
  const mark = status ? { free: '✓', swap: '⇄', blocked: '✕', current: '•' }[status.kind] : '';
  return (
    <td className="p-0.5 align-top">
      <button
        type="button"
        data-cell={`${slot}:${table}`}
        tabIndex={props.focusable ? 0 : -1}
        aria-describedby={descriptionId}
        aria-pressed={status?.kind === 'current'}
        title={props.description}
        draggable={meeting !== null}
        onClick={props.onActivate}
        onKeyDown={props.onKeyDown}
        onDragStart={(e) => {
          e.dataTransfer.setData('text/plain', meeting ? `${meeting.requester} × ${meeting.partner}` : '');
          e.dataTransfer.effectAllowed = 'move';
          props.onDragStart();
        }}
        onDragOver={(e) => {
          if (status && status.kind !== 'blocked') e.preventDefault();
        }}
        onDrop={(e) => {
          e.preventDefault();
          props.onDrop();
        }}
        className={`flex min-h-14 w-full min-w-36 flex-col items-start rounded-md border-2 px-1.5 py-1 text-left text-base leading-snug ${LOOK[kind]}`}
      >
        {meeting ? (
          <>
            <span className="font-semibold wrap-break-word">{meeting.requester}</span>
            <span className="wrap-break-word">{meeting.partner}</span>
            {meeting.locked && (
              <span className="text-xs font-semibold text-brand-800">
                <span aria-hidden>🔒 </span>
                {t('b2bEvent:cell.locked')}
              </span>
            )}
          </>
        ) : (
          <span className="sr-only">{t('b2bEvent:cell.empty')}</span>
        )}
        {mark && (
          <span
            aria-hidden
            className={`ml-auto text-sm font-bold ${kind === 'blocked' ? 'text-red-800' : 'text-green-800'}`}
          >
            {mark}
          </span>
        )}
      </button>
      <span id={descriptionId} className="sr-only">
        {props.description}
      </span>
    </td>
  );
}
