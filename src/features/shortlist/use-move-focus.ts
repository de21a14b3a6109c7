import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { formatNumber } from '@/domain/format';
import { tr } from '@/i18n/i18n';
import type { ShortlistRow } from '@/features/shortlist/shortlist-model';

interface Pending {
  id: string;
  delta: number;
  /** Moved by its position control: focus stays there. */
  byPosition: boolean;
}

/** The move buttons are found by these attributes (set in shortlist-entry.tsx). */
export const MOVE_ATTR = {
  entry: 'data-entry',
  up: 'data-move-up',
  down: 'data-move-down',
  position: 'data-move-position',
} as const;

/**
 * After a move, focus stays on the moved entry: on the button that moved it, or, once it has
 * reached the first or last place (that button is disabled), on the other move button. The new
 * place is announced politely: "Moved to position 1 of 4".
 */
export function useMoveFocus(
  rows: readonly ShortlistRow[],
  list: RefObject<HTMLOListElement | null>,
  move: (id: string, delta: number) => void,
) {
  const pending = useRef<Pending | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useLayoutEffect(() => {
    const moved = pending.current;
    if (!moved) return;
    pending.current = null;
    const row = rows.find((r) => r.clusterId === moved.id);
    const entry = list.current?.querySelector(`[${MOVE_ATTR.entry}="${CSS.escape(moved.id)}"]`);
    if (!row || !entry) return;
    const [same, other] = moved.delta < 0 ? [MOVE_ATTR.up, MOVE_ATTR.down] : [MOVE_ATTR.down, MOVE_ATTR.up];
    const target = (moved.byPosition ? [MOVE_ATTR.position] : [same, other])
      .map((attr) => entry.querySelector<HTMLButtonElement | HTMLSelectElement>(`[${attr}]`))
      .find((button) => button && !button.disabled);
    target?.focus();
    setAnnouncement(
      tr('layout:move.announce', {
        name: row.name,
        position: formatNumber(row.order, 0),
        total: formatNumber(rows.length, 0),
      }),
    );
  }, [rows, list]);

  const onMove = (id: string, delta: number, byPosition = false) => {
    pending.current = { id, delta, byPosition };
    move(id, delta);
  };
  return { onMove, announcement };
}
