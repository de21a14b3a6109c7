import { useCallback, useEffect, useRef, useState } from 'react';

/** The nearest ancestor that scrolls vertically (the panel the list sits in), else the page's scroller. */
export function scrollParentOf(element: HTMLElement | null): HTMLElement | null {
  for (let el = element?.parentElement ?? null; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * A callback ref for the list, its scroller (read by the virtualiser after the commit), and how far
 * the list starts below the scroller's content top (the virtualiser's scroll margin), re-measured
 * whenever the content around it resizes: headings, counts or notices above the list can change
 * height. The scroller is kept in a ref, not state: a state update from the ref would re-render the
 * list synchronously inside the first commit, before the first rows could be painted.
 */
export function useScrollParent() {
  const list = useRef<HTMLElement | null>(null);
  const scroller = useRef<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const ref = useCallback((el: HTMLElement | null) => {
    list.current = el;
    // Once per list element: getComputedStyle on every render forced a style recalculation of the
    // whole page each time (tens of ms of the first screen and of every toggle).
    scroller.current = el ? scrollParentOf(el) : null;
  }, []);
  const getScroller = useCallback(() => scroller.current, []);
  useEffect(() => {
    const el = list.current;
    const around = el?.parentElement;
    const sc = scroller.current;
    if (!el || !sc || !around || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setMargin(Math.round(el.getBoundingClientRect().top - sc.getBoundingClientRect().top + sc.scrollTop)),
    );
    observer.observe(around);
    return () => observer.disconnect();
  }, []);
  return { ref, getScroller, margin };
}
