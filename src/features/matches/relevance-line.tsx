import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { formatNumber } from '@/domain/format';
import { joinList } from '@/domain/prose';
import type { RelevanceCounts } from '@/domain/ranking/relevance';
import type { DatasetIndex } from '@/domain/ranking/types';
import { sectorProse } from '@/domain/vocabulary';
import { useAppStore } from '@/stores/app-store';
import { useIncludeOtherSectors } from '@/stores/selectors';

interface RelevanceLineProps {
  counts: RelevanceCounts;
  sectors: readonly string[];
  index: DatasetIndex;
}

/**
 * "6 aerospace · 4 in related sectors · 106 others" and the one control that lists the others too.
 * The counts are of the list the filters leave, from the shared ranking (hooks/ranking-memo.ts).
 */
export function RelevanceLine({ counts, sectors, index }: RelevanceLineProps) {
  const { t } = useTranslation('relevance');
  const includeOthers = useIncludeOtherSectors();
  const setIncludeOthers = useAppStore((s) => s.setIncludeOtherSectors);
  const n = (count: number) => formatNumber(count, 0);
  const names = joinList(
    sectors.map((id) => sectorProse(index, id)),
    3,
  );
  const exact =
    counts.exact === 0
      ? t('relevance:counts.noExact', { sectors: names })
      : sectors.length === 1
        ? t('relevance:counts.exact', { n: n(counts.exact), sector: names })
        : t('relevance:counts.exactSeveral', { n: n(counts.exact) });
  const parts = [
    exact,
    t('relevance:counts.related', { count: counts.related, n: n(counts.related) }),
    t('relevance:counts.others', { count: counts.others, n: n(counts.others) }),
  ];
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
      <p data-testid="relevance-counts">{parts.join(' · ')}</p>
      {counts.others > 0 ? (
        <Checkbox
          inline
          checked={includeOthers}
          onChange={(e) => setIncludeOthers(e.target.checked)}
          label={t('relevance:includeOthers', { count: counts.others, n: n(counts.others) })}
        />
      ) : null}
    </div>
  );
}
