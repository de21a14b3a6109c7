import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { CheckboxGroup } from '@/components/fieldset';
import { formatNumber } from '@/domain/format';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { Disclosure } from '@/features/profile/disclosure';
import { splitSectors, toggleItem, type SectorOption } from '@/features/profile/profile-model';

export function SectorField() {
  const { t } = useTranslation('profile');
  const dataset = useDatasetValue();
  const chosen = useAppStore((s) => s.profile.sectors);
  const setProfile = useAppStore((s) => s.setProfile);
  const { top, more } = useMemo(() => splitSectors(dataset.sectors, dataset.clusters), [dataset]);
  // A restored profile may hold a less common sector: start with it visible.
  const [moreOpenAtStart] = useState(() => more.some((o) => chosen.includes(o.id)));
  const primary = dataset.sectors.find((s) => s.id === chosen[0]);
  const chosenInMore = more.filter((o) => chosen.includes(o.id)).length;

  const item = (o: SectorOption) => (
    <Checkbox
      key={o.id}
      label={o.name}
      checked={chosen.includes(o.id)}
      onChange={() => setProfile({ sectors: toggleItem(chosen, o.id) })}
      detail={formatNumber(o.count, 0)}
      detailSrText={` ${t('sector.clusters', { count: o.count })}`}
    />
  );

  return (
    <CheckboxGroup
      legend={t('sector.legend')}
      hint={`${primary ? t('sector.primary', { sector: primary.name }) : t('sector.choose')} ${t('sector.numbers')}`}
    >
      {top.map(item)}
      {more.length > 0 && (
        <Disclosure
          label={t('sector.more')}
          summary={[
            t('sector.moreCount', { count: more.length, n: formatNumber(more.length, 0) }),
            ...(chosenInMore > 0 ? [t('chosen', { count: chosenInMore, n: formatNumber(chosenInMore, 0) })] : []),
          ].join(', ')}
          defaultOpen={moreOpenAtStart}
        >
          {more.map(item)}
        </Disclosure>
      )}
    </CheckboxGroup>
  );
}
