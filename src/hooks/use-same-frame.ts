import { useLayoutEffect, useState } from 'react';

/**
 * `value`, passed on in a layout effect once the rest of the change has committed, so the views
 * that read it re-render synchronously in the same task: recharts copies its data into a store in
 * an effect and then draws it, and an update made in a layout effect runs that whole chain
 * (render, effects, store updates) before the browser paints, whatever the priority of the change
 * that caused it. No frame mixes old bars with a new legend, and the change costs one frame:
 * handing it over after a paint (rAF + timeout + flushSync) cost a second one, ~5 ms a toggle.
 */
export function useSameFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useLayoutEffect(() => {
    // The cascade is the point: an update made here is rendered before the frame is painted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!Object.is(shown, value)) setShown(() => value);
  }, [value, shown]);
  return shown;
}
