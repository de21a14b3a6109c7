import { memo, useState, type ReactNode } from 'react';
import { useNearView } from '@/hooks/use-near-view';

/** Keeps its last output while `live` is false: a drawing off screen is not redrawn. */
const Held = memo(
  function Held({ children }: { live: boolean; children: ReactNode }) {
    return children;
  },
  (before, after) => !after.live || before.children === after.children,
);

/**
 * A chart's picture, redrawn only while it is on screen or near it (half a panel away): the
 * charts below the fold cost nothing per sector toggle and catch up before they scroll into view.
 * Its summary, colour key and table sit outside and always follow, so what is read is never old.
 */
export function NearView({ children }: { children: ReactNode }) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const near = useNearView(box);
  return (
    <div ref={setBox}>
      <Held live={near}>{children}</Held>
    </div>
  );
}
