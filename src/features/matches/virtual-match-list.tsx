import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Range,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DatasetIndex, Match } from '@/domain/ranking/types';
import { MatchItem } from '@/features/matches/match-item';
import { toMatchRow, type MatchRow } from '@/features/matches/matches-model';
import { useScrollParent } from '@/features/matches/use-scroll-parent';
import { useShortlistedIds, useStorePick } from '@/stores/selectors';
import { MAX_COMPARE } from '@/stores/ui-slice';

interface VirtualMatchListProps {
  label: string;
  matches: readonly Match[];
  index: DatasetIndex;
}

// About one item with three reasons; items are measured once drawn.
const ESTIMATE = 150;
const GAP = 6;

// Rows are measured by the virtualiser's ResizeObserver, after the browser's own layout. Measured
// when attached, they forced a layout of the whole page inside the first commit (~25 ms at 116
// clusters). Rows flow in the list, so an estimate until then moves no row: only the space
// reserved below them changes. Without a ResizeObserver (jsdom) they are measured at once.
const measureRow: VirtualizerOptions<HTMLElement, Element>['measureElement'] = (element, entry, instance) => {
  if (entry || typeof ResizeObserver === 'undefined') return measureElement(element, entry, instance);
  const i = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(i)) ?? instance.options.estimateSize(i);
};

/**
 * Only the items near the view are in the DOM, so 10,000 matches cost what a screenful does. It
 * stays a list: each item says its position and the real length (aria-posinset/-setsize), and the
 * item holding focus and the selected one are always kept, so focus is never dropped by a scroll.
 */
export function VirtualMatchList({ label, matches, index }: VirtualMatchListProps) {
  const { selectedId, compareIds, select, toggleShortlisted, toggleCompare } = useStorePick(
    'selectedId',
    'compareIds',
    'select',
    'toggleShortlisted',
    'toggleCompare',
  );
  const shortlisted = useShortlistedIds();
  const compareFull = compareIds.length >= MAX_COMPARE;
  const { ref, getScroller, margin } = useScrollParent();
  const [focused, setFocused] = useState(-1);
  const selectedIndex = useMemo(() => matches.findIndex((m) => m.cluster.id === selectedId), [matches, selectedId]);
  // Rows are built only for the items drawn (reasons are worded lazily per match).
  const rows = useMemo(() => new Map<number, MatchRow>(), [matches, index]); // eslint-disable-line react-hooks/exhaustive-deps
  const rowAt = (i: number) => {
    let row = rows.get(i);
    if (!row) rows.set(i, (row = toMatchRow(matches[i] as Match, index)));
    return row;
  };
  const rangeExtractor = useCallback(
    (range: Range) => {
      const keep = defaultRangeExtractor(range);
      for (const i of [focused, selectedIndex]) if (i >= 0 && i < range.count && !keep.includes(i)) keep.push(i);
      return keep.sort((a, b) => a - b);
    },
    [focused, selectedIndex],
  );
  // The compiler skips this component (the virtualiser's functions are not memoisable); it is small.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: matches.length,
    getScrollElement: getScroller,
    // Until the scroller is measured (after the first commit), a window's height: the first render
    // already has the rows a screen shows, so they are painted in the first frame.
    initialRect: { width: 0, height: window.innerHeight },
    estimateSize: () => ESTIMATE,
    measureElement: measureRow,
    getItemKey: (i) => matches[i]?.cluster.id ?? i,
    overscan: 6,
    gap: GAP,
    scrollMargin: margin,
    rangeExtractor,
    // Without layout (a hidden panel, jsdom) the scroller measures 0: draw a window's worth.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, height: window.innerHeight })),
  });
  useEffect(() => {
    // Selection can come from the map: bring the item into view.
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const before = items.length > 0 ? (items[0]?.start ?? margin) - margin : 0;
  const after = items.length > 0 ? total - ((items.at(-1)?.end ?? 0) - margin) : 0;
  return (
    <ol
      ref={ref}
      aria-label={label}
      className="flex flex-col gap-1.5"
      style={{ paddingTop: before, paddingBottom: Math.max(0, after) }}
      onFocus={(e) => {
        const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
        if (li) setFocused(Number(li.dataset.index));
      }}
    >
      {items.map((item) => {
        const row = rowAt(item.index);
        return (
          <MatchItem
            key={row.id}
            ref={virtualizer.measureElement}
            index={item.index}
            setSize={matches.length}
            row={row}
            selected={row.id === selectedId}
            shortlisted={shortlisted.has(row.id)}
            compared={compareIds.includes(row.id)}
            compareFull={compareFull}
            onSelect={select}
            onToggleShortlist={toggleShortlisted}
            onToggleCompare={toggleCompare}
          />
        );
      })}
    </ol>
  );
}
