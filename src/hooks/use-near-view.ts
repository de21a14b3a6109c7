import { useEffect, useState } from 'react';

/**
 * Whether `element` is on screen or within `margin` of it, inside the tab panel that scrolls it
 * (the page when it sits in none, or the panel does not scroll: then it is always near). True
 * until measured, and always where IntersectionObserver is missing (jsdom).
 */
export function useNearView(element: HTMLElement | null, margin = '50%'): boolean {
  const [near, setNear] = useState(true);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      root: element.closest<HTMLElement>('[role="tabpanel"]'),
      rootMargin: margin,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin]);
  return near;
}
