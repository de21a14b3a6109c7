import { useEffect, useRef } from 'react';

interface ShowMoreProps {
  hidden: number;
  onMore: () => void;
}

/** A button that also fires by itself when scrolled into view, so long lists feel continuous. */
export function ShowMore({ hidden, onMore }: ShowMoreProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const onMoreRef = useRef(onMore);
  useEffect(() => {
    onMoreRef.current = onMore;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onMoreRef.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      onClick={onMore}
      className="self-center rounded border border-slate-400 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
    >
      Show more matches ({hidden} not shown yet)
    </button>
  );
}
