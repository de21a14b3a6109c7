// The counterfactual (counterfactual.ts) in words, for the detail and compare: "A valid Bronze
// ESCA label would add 8.9 points: rank 3". Ranks are of the full ranking.
import { formatNumber, formatPoints } from '@/domain/format';
import { labelLevelName } from '@/domain/labels';
import { rankChanges, type RankChange } from '@/domain/ranking/counterfactual';
import type { Ranking } from '@/domain/ranking/rank';
import type { DatasetIndex } from '@/domain/ranking/types';
import { sectorProse } from '@/domain/vocabulary';
import { tr } from '@/i18n/i18n';

export function rankChangeText(change: RankChange, index: DatasetIndex): string {
  const values = {
    points: formatPoints(change.points),
    total: formatPoints(change.total),
    rank: formatNumber(change.rank, 0),
  };
  switch (change.kind) {
    case 'label':
      return tr('relevance:moveUp.label', { ...values, level: labelLevelName(change.level) });
    case 'eccp':
      return tr('relevance:moveUp.eccp', values);
    case 'preferred-state':
      return tr('relevance:moveUp.state', { ...values, state: index.stateNames.get(change.state) ?? change.state });
    case 'sector':
      return tr('relevance:moveUp.sector', { ...values, sector: sectorProse(index, change.sectorId) });
  }
}

/** At least one line: the changes that would move it up, smallest first, or why there is none. */
export function moveUpLines(ranking: Ranking, clusterId: string): string[] {
  const match = ranking.byId(clusterId);
  if (!match) return [];
  if (match.rank === 1) return [tr('relevance:moveUp.first')];
  const changes = rankChanges(ranking, clusterId);
  if (changes.length === 0) return [tr('relevance:moveUp.none')];
  return changes.map((c) => rankChangeText(c, ranking.index));
}
