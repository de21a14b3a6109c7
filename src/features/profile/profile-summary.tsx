import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatIsoDate, formatNumber, notStated } from '@/domain/format';
import { CRITERIA, WEIGHT_PRESETS, criterionLabel, presetName } from '@/domain/profile';
import { interestName, sectorName } from '@/domain/vocabulary';
import { euClusterName } from '@/features/profile/profile-model';
import type { StateCode } from '@/domain/types';
import { useDatasetIndex } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';

/** The profile in a few lines, for the printed summary (the form itself does not print). */
export function ProfileSummary() {
  const { t } = useTranslation('layout');
  const index = useDatasetIndex();
  const { profile, weights, presetId, filters } = useAppStore(
    useShallow((s) => ({ profile: s.profile, weights: s.weights, presetId: s.presetId, filters: s.filters })),
  );
  const preset = WEIGHT_PRESETS.find((p) => p.id === presetId);
  const eu = profile.euClusterId ? index.euClusters.get(profile.euClusterId) : undefined;
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : t('layout:print.none'));
  const state = (code: StateCode) => index.stateNames.get(code) ?? code;
  const rows: [string, string][] = [
    [t('layout:print.profile.euCluster'), eu ? euClusterName(eu) : notStated()],
    [t('layout:print.profile.country'), profile.country ?? notStated()],
    [t('layout:print.profile.sectors'), list(profile.sectors.map((id) => sectorName(index, id) ?? id))],
    [t('layout:print.profile.interests'), list(profile.interests.map((id) => interestName(index, id) ?? id))],
    [t('layout:print.profile.states'), list(profile.preferredStates.map(state))],
    [
      t('layout:print.profile.weights'),
      `${preset ? presetName(preset.id) : t('profile:weights.custom')}: ${CRITERIA.map(
        (id) => `${criterionLabel(id)} ${formatNumber(weights[id], 0)}`,
      ).join(', ')}`,
    ],
    [t('layout:print.profile.filterStates'), list(filters.states.map(state))],
    [t('layout:print.profile.asOf'), formatIsoDate(profile.asOf)],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="wrap-anywhere">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
