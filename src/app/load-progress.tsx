import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/domain/format';
import { useLoadProgress } from '@/hooks/use-load-progress';

/** Under the loading message: which file is being checked and how far, on a large dataset. */
export function LoadProgress() {
  const { t } = useTranslation(['perf', 'load']);
  const step = useLoadProgress();
  // Reserved even when empty, so the message does not jump when the bar appears.
  if (!step) return <div className="h-10 w-72" aria-hidden />;
  const done = formatNumber(step.done, 0);
  const total = formatNumber(step.total, 0);
  const text = step.file
    ? t('perf:loading.checking', { file: step.file, done, total })
    : step.stage === 'receive'
      ? t('load:receiving', { done, total })
      : t('load:indexing', { done, total });
  return (
    <div className="flex h-10 w-72 flex-col gap-1 text-sm">
      <progress
        className="h-2 w-full accent-brand-600"
        max={step.total}
        value={step.done}
        aria-label={t('perf:loading.label')}
        aria-valuetext={text}
      />
      <span>{text}</span>
    </div>
  );
}
