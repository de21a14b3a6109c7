import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `value`, passed on once the frame that shows the change elsewhere has been painted, then
 * rendered and committed in one synchronous pass. Views that redraw in two steps (recharts copies
 * its data into a store in an effect, then draws it) thus never paint a half-updated frame; a
 * deferred render would commit the first step, paint, and draw the bars in a later task.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: number | undefined;
    // The frame callback runs just before the paint of the change; a timeout set there runs after it.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => flushSync(() => setShown(() => value)));
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
