import { useLayoutEffect, type RefObject } from 'react';

// Written out in full so Tailwind's scanner generates it.
export const HIDE_IN_PRINT = 'print:hidden';

/**
 * While mounted, every other child of <body> is hidden on paper, so only `own` (itself a body
 * child, e.g. through a portal) prints. Layout phase: a print started right after opening sees it.
 */
export function usePrintAlone(own: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = own.current;
    const others = [...document.body.children].filter((el) => el !== element && !el.classList.contains(HIDE_IN_PRINT));
    others.forEach((el) => el.classList.add(HIDE_IN_PRINT));
    return () => others.forEach((el) => el.classList.remove(HIDE_IN_PRINT));
  }, [own]);
}
