import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { CriterionLegend } from '@/components/criterion-legend';
import { formatNumber } from '@/domain/format';
import { countNotOnMap, matchesHeading } from '@/features/matches/matches-model';
import { VirtualMatchList } from '@/features/matches/virtual-match-list';
import { RelevanceLine } from '@/features/matches/relevance-line';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRankingView } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';

/** The ranked matches: one item per cluster, best first. */
export function MatchesPanel() {
  const { t } = useTranslation('matches');
  const index = useDatasetIndex();
  const { visible: matches, relevance, ranking } = useRankingView();
  const clearFilters = useAppStore((s) => s.clearFilters);
  const notOnMap = useMemo(() => countNotOnMap(matches), [matches]);
  // Nothing passes the filters (clusters only held back as outside the sectors are counted above).
  const filteredEmpty = relevance ? relevance.exact + relevance.related + relevance.others === 0 : matches.length === 0;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 className="text-base font-bold">{matchesHeading(matches.length)}</h2>
        {notOnMap > 0 ? (
          <p className="text-xs text-slate-600">{t('notOnMap', { n: formatNumber(notOnMap, 0) })}</p>
        ) : null}
      </div>
      {relevance ? <RelevanceLine counts={relevance} sectors={ranking.profile.sectors} index={index} /> : null}
      <CriterionLegend />
      {filteredEmpty ? (
        <div role="status" className="rounded-lg border border-dashed border-slate-400 p-3 text-sm">
          <p className="font-medium">{t('empty.text')}</p>
          <Button onClick={clearFilters} className="mt-2">
            {t('empty.clear')}
          </Button>
        </div>
      ) : null}
      {/* Rows carry text in the active language; a switch re-ranks, so `matches` is new and they are rebuilt. */}
      <VirtualMatchList label={t('list')} matches={matches} index={index} />
    </div>
  );
}
