import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { CriterionLegend } from '@/components/criterion-legend';
import { formatNumber } from '@/domain/format';
import { MatchItem } from '@/features/matches/match-item';
import { LIST_PAGE, countNotOnMap, matchesHeading, toMatchRows, visibleCount } from '@/features/matches/matches-model';
import { RelevanceLine } from '@/features/matches/relevance-line';
import { ShowMore } from '@/features/matches/show-more';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useRankingView } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { useShortlistedIds } from '@/stores/selectors';
import { MAX_COMPARE } from '@/stores/ui-slice';

/** The ranked matches: one item per cluster, best first. */
export function MatchesPanel() {
  const { t } = useTranslation('matches');
  const index = useDatasetIndex();
  const { visible: matches, relevance, ranking } = useRankingView();
  const selectedId = useAppStore((s) => s.selectedId);
  const compareIds = useAppStore((s) => s.compareIds);
  const { select, toggleShortlisted, toggleCompare, clearFilters } = useAppStore(
    useShallow((s) => ({
      select: s.select,
      toggleShortlisted: s.toggleShortlisted,
      toggleCompare: s.toggleCompare,
      clearFilters: s.clearFilters,
    })),
  );
  const [limit, setLimit] = useState(LIST_PAGE);
  const shortlisted = useShortlistedIds();
  const selectedIndex = useMemo(() => matches.findIndex((m) => m.cluster.id === selectedId), [matches, selectedId]);
  const shown = visibleCount(matches.length, limit, selectedIndex);
  // Rows carry text in the active language; a switch re-ranks, so `matches` is new and they are rebuilt.
  const rows = useMemo(() => toMatchRows(matches.slice(0, shown), index), [matches, shown, index]);
  const notOnMap = useMemo(() => countNotOnMap(matches), [matches]);
  const compareFull = compareIds.length >= MAX_COMPARE;
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
      <ol aria-label={t('list')} className="flex flex-col gap-1.5">
        {rows.map((row) => (
          <MatchItem
            key={row.id}
            row={row}
            selected={row.id === selectedId}
            shortlisted={shortlisted.has(row.id)}
            compared={compareIds.includes(row.id)}
            compareFull={compareFull}
            onSelect={select}
            onToggleShortlist={toggleShortlisted}
            onToggleCompare={toggleCompare}
          />
        ))}
      </ol>
      {shown < matches.length ? (
        <ShowMore hidden={matches.length - shown} onMore={() => setLimit(shown + LIST_PAGE)} />
      ) : null}
    </div>
  );
}
