import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { formatNumber } from '@/domain/format';
import { CompareTable } from '@/features/compare/compare-table';
import { useCompareColumns } from '@/features/compare/use-compare-columns';
import { useAppStore } from '@/stores/app-store';
import { MAX_COMPARE } from '@/stores/ui-slice';

/** Up to four chosen clusters side by side, to settle a shortlist discussion. */
export function ComparePanel() {
  const { t } = useTranslation('compare');
  const compareIds = useAppStore((s) => s.compareIds);
  const toggleCompare = useAppStore((s) => s.toggleCompare);
  const clearCompare = useAppStore((s) => s.clearCompare);
  const columns = useCompareColumns(compareIds);

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-bold">
          {t('heading')}{' '}
          <span className="text-sm font-normal text-slate-700">
            {t('count', { n: formatNumber(columns.length, 0), max: MAX_COMPARE })}
          </span>
        </h2>
        {columns.length > 0 ? (
          <Button variant="neutral" onClick={clearCompare}>
            {t('clear')}
          </Button>
        ) : null}
      </div>
      {columns.length === 0 ? (
        <p className="text-sm text-slate-700">{t('empty', { max: MAX_COMPARE })}</p>
      ) : (
        <CompareTable columns={columns} onRemove={toggleCompare} />
      )}
    </div>
  );
}
