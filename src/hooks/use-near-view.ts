import { useEffect, useState } from 'react';
import { scrollParentOf } from '@/hooks/use-scroll-parent';

/**
 * Whether `element` is on screen or within `margin` of it, in the panel that scrolls it (or the
 * page). True until measured, and always where IntersectionObserver is missing (jsdom).
 */
export function useNearView(element: HTMLElement | null, margin = '50%'): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const scroller = scrollParentOf(element);
    // The page's own scroller is the viewport: a null root, so the margin extends the window.
    const page = scroller === document.scrollingElement || scroller === document.documentElement;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      root: page ? null : scroller,
      rootMargin: margin,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin]);
  return near;
}
