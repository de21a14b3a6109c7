import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { formatNumber } from '@/domain/format';

interface ShowMoreProps {
  hidden: number;
  onMore: () => void;
}

/** A button that also fires by itself when scrolled into view, so long lists feel continuous. */
export function ShowMore({ hidden, onMore }: ShowMoreProps) {
  const { t } = useTranslation('matches');
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
    <Button ref={ref} variant="neutral" size="md" onClick={onMore} className="self-center">
      {t('showMore', { count: hidden, n: formatNumber(hidden, 0) })}
    </Button>
  );
}
