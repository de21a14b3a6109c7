import { useTranslation } from 'react-i18next';
import { AsOfField } from '@/features/profile/as-of-field';
import { EuClusterField } from '@/features/profile/eu-cluster-field';
import { FiltersField } from '@/features/profile/filters-field';
import { InterestsField } from '@/features/profile/interests-field';
import { PreferredStatesField } from '@/features/profile/preferred-states-field';
import { SectorField } from '@/features/profile/sector-field';
import { WeightsField } from '@/features/profile/weights-field';

/** The left column: who you are, what you look for, how to weigh it, and what to filter. Live, no submit. */
export function ProfilePanel() {
  const { t } = useTranslation('profile');
  return (
    <div className="space-y-2 text-slate-900">
      <h2 className="text-base font-bold">{t('heading')}</h2>
      <SectorField />
      <InterestsField />
      {/* Below the fold of a 768 px screen on the first frame: laid out only when scrolled near
          (content-visibility), so the first frame's layout skips its ~300 elements. */}
      <div className="space-y-2 [contain-intrinsic-size:auto_55rem] [content-visibility:auto]">
        <EuClusterField />
        <PreferredStatesField />
        <AsOfField />
        <WeightsField />
        <FiltersField />
      </div>
    </div>
  );
}
