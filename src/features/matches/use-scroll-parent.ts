import { useCallback, useEffect, useMemo, useState } from 'react';

/** The nearest ancestor that scrolls vertically (the panel the list sits in), else the page's scroller. */
export function scrollParentOf(element: HTMLElement | null): HTMLElement | null {
  for (let el = element?.parentElement ?? null; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * A callback ref for the list, its scroller, and how far the list starts below the scroller's
 * content top (the virtualiser's scroll margin), re-measured whenever the content around it
 * resizes: headings, counts or notices above the list can change height.
 */
export function useScrollParent() {
  const [list, setList] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const ref = useCallback((el: HTMLElement | null) => setList(el), []);
  // Once per list element: getComputedStyle on every render forced a style recalculation of the
  // whole page each time (tens of ms of the first screen and of every toggle).
  const scroller = useMemo(() => (list ? scrollParentOf(list) : null), [list]);
  useEffect(() => {
    const around = list?.parentElement;
    if (!list || !scroller || !around || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setMargin(
        Math.round(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop),
      ),
    );
    observer.observe(around);
    return () => observer.disconnect();
  }, [list, scroller]);
  return { ref, scroller, margin };
}
