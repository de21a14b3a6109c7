import { formatIsoDate, formatNumber } from '@/domain/format';
import type { ListProfile } from '@/domain/list-profile';
import { CRITERIA, WEIGHT_PRESETS, criterionLabel, presetName, type PresetId } from '@/domain/profile';
import { interestName, sectorName } from '@/domain/vocabulary';
import type { DatasetIndex } from '@/domain/ranking/types';
import type { StateCode } from '@/domain/types';
import { tr } from '@/i18n/i18n';

/** Names for the ids a profile holds; without a dataset (the error page) the ids themselves. */
export interface ProfileNames {
  sector: (id: string) => string;
  interest: (id: string) => string;
  state: (code: string) => string;
  euCluster: (id: string) => string;
}

export const ID_NAMES: ProfileNames = {
  sector: (id) => id,
  interest: (id) => id,
  state: (c) => c,
  euCluster: (id) => id,
};

export function indexNames(index: DatasetIndex): ProfileNames {
  return {
    sector: (id) => sectorName(index, id) ?? id,
    interest: (id) => interestName(index, id) ?? id,
    state: (code) => index.stateNames.get(code as StateCode) ?? code,
    euCluster: (id) => {
      const c = index.euClusters.get(id);
      return c ? (c.acronym ?? c.name) : id;
    },
  };
}

const isPreset = (id: string | null): id is PresetId => WEIGHT_PRESETS.some((p) => p.id === id);

/**
 * One line naming what a list is scored with: 'Aerospace · we are HEGAN · weights: Balanced ·
 * expired labels count as 50 % of a valid one · labels judged on 12 May 2026'. Empty parts are left out.
 */
export function listProfileSummary(saved: ListProfile, names: ProfileNames): string {
  const { profile: p, weights, presetId, expiredLabelFactor } = saved;
  const list = (ids: readonly string[], name: (id: string) => string) => ids.map(name).join(', ');
  const weightsText = isPreset(presetId)
    ? presetName(presetId)
    : tr('workspace:summary.ownWeights', {
        list: CRITERIA.map((id) => `${criterionLabel(id)} ${formatNumber(weights[id], 0)}`).join(', '),
      });
  return [
    p.sectors.length > 0 ? list(p.sectors, names.sector) : tr('workspace:summary.noSector'),
    p.interests.length > 0 && tr('workspace:summary.interests', { list: list(p.interests, names.interest) }),
    p.euClusterId && tr('workspace:summary.weAre', { name: names.euCluster(p.euClusterId) }),
    p.country && tr('workspace:summary.country', { country: p.country }),
    p.preferredStates.length > 0 && tr('workspace:summary.states', { list: list(p.preferredStates, names.state) }),
    tr('workspace:summary.weights', { weights: weightsText }),
    tr('workspace:summary.expired', { percent: formatNumber(expiredLabelFactor * 100, 0) }),
    tr('workspace:summary.asOf', { date: formatIsoDate(p.asOf) }),
  ]
    .filter(Boolean)
    .join(' · ');
}
