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
 * A callback ref for the list, its scroller (read by the virtualiser after each commit), and how far
 * the list starts below the scroller's content top (the virtualiser's scroll margin), re-measured
 * whenever the content around it resizes: headings, counts or notices above the list can change
 * height. The scroller is found once the first rows are laid out: finding it reads computed styles,
 * and the virtualiser then measures it, which inside the first commit forced a style and layout pass
 * of the whole page before that frame (the first render is sized by the virtualiser's initialRect).
 * It is kept in a ref; a state update hands it to the virtualiser. (A state update from the ref
 * would re-render the list synchronously inside the first commit.)
 */
export function useScrollParent() {
  const list = useRef<HTMLElement | null>(null);
  const scroller = useRef<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const [, setFound] = useState(false);
  const ref = useCallback((el: HTMLElement | null) => {
    list.current = el;
    // Without a ResizeObserver (jsdom) the effect below cannot run: find the scroller at once.
    scroller.current = el && typeof ResizeObserver === 'undefined' ? scrollParentOf(el) : null;
  }, []);
  const getScroller = useCallback(() => scroller.current, []);
  useEffect(() => {
    const el = list.current;
    const around = el?.parentElement;
    if (!el || !around || typeof ResizeObserver === 'undefined') return;
    // First called once the first frame is laid out, so the styles and rects read here cost no
    // extra pass. Once per list element: getComputedStyle on every render forced a style
    // recalculation of the whole page each time (tens of ms of the first screen and of every toggle).
    const find = () => {
      scroller.current ??= scrollParentOf(el);
      setFound(true);
    };
    // A hidden tab lays nothing out, so the observer below may not fire: a timer finds it anyway.
    const timer = window.setTimeout(find, 0);
    const observer = new ResizeObserver(() => {
      find();
      const sc = scroller.current;
      if (sc) setMargin(Math.round(el.getBoundingClientRect().top - sc.getBoundingClientRect().top + sc.scrollTop));
    });
    observer.observe(around);
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
    };
  }, []);
  return { ref, getScroller, margin };
}
