import { useEffect, useRef } from 'react';

/**
 * Asks for full screen while mounted (a refusal is fine: the overlay already fills the window).
 * Browsers swallow Esc to leave full screen, so leaving full screen also calls `onExit`.
 */
export function useFullscreen(onExit: () => void): void {
  // Asked once per mount: a second request (React's dev double effect) would fail for lack of a user gesture.
  const requested = useRef(false);
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (!requested.current && typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
      requested.current = true;
      root.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
        document.exitFullscreen().catch(() => undefined);
      }
    };
  }, [onExit]);
}
