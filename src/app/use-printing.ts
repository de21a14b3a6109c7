import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True from the first time the page is printed (Ctrl+P, or print media) and from then on, so
 * what only paper shows is built once someone prints, not on every visit. `beforeprint` comes
 * before the print layout: the update is flushed at once, so the printout already holds it.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    if (printing) return;
    const media = window.matchMedia?.('print');
    const start = () => flushSync(() => setPrinting(true));
    const onMedia = (event: MediaQueryListEvent) => {
      if (event.matches) start();
    };
    window.addEventListener('beforeprint', start);
    media?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', start);
      media?.removeEventListener?.('change', onMedia);
    };
  }, [printing]);
  return printing;
}
