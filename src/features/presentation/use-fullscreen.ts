import { useEffect } from 'react';

/**
 * Asks for full screen while mounted (a refusal is fine: the overlay already fills the window).
 * Browsers swallow Esc to leave full screen, so leaving full screen also calls `onExit`.
 */
export function useFullscreen(onExit: () => void): void {
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
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
