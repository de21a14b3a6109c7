import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@/components/checkbox';
import { CheckboxGroup } from '@/components/fieldset';
import { formatNumber } from '@/domain/format';
import { termName } from '@/domain/vocabulary';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { Disclosure } from '@/features/profile/disclosure';
import { splitSectors, toggleItem, type SectorOption } from '@/features/profile/profile-model';

/**
 * One sector's checkbox, memoised: a toggle then re-renders the one that changed, not all ~28
 * (each with its translated count), which is part of the click's task. It reads the chosen
 * sectors when clicked, so its handler need not change with them.
 */
// `language` is a memo key only: the count's wording follows a language switch.
const SectorItem = memo(function SectorItem({
  option,
  checked,
}: {
  option: SectorOption;
  checked: boolean;
  language: string;
}) {
  const { t } = useTranslation('profile');
  return (
    <Checkbox
      label={option.name}
      checked={checked}
      onChange={() => {
        const { profile, setProfile } = useAppStore.getState();
        setProfile({ sectors: toggleItem(profile.sectors, option.id) });
      }}
      detail={formatNumber(option.count, 0)}
      detailSrText={` ${t('sector.clusters', { count: option.count })}`}
    />
  );
});

export function SectorField() {
  const { t } = useTranslation('profile');
  const dataset = useDatasetValue();
  const chosen = useAppStore((s) => s.profile.sectors);
  // Sector names and their order follow the language.
  const language = useAppStore((s) => s.language);
  const { top, more } = useMemo(() => splitSectors(dataset.sectors, dataset.clusters, language), [dataset, language]);
  // A restored profile may hold a less common sector: start with it visible.
  const [moreOpenAtStart] = useState(() => more.some((o) => chosen.includes(o.id)));
  const primary = dataset.sectors.find((s) => s.id === chosen[0]);
  const chosenInMore = more.filter((o) => chosen.includes(o.id)).length;

  const item = (o: SectorOption) => (
    <SectorItem key={o.id} option={o} checked={chosen.includes(o.id)} language={language} />
  );

  return (
    <CheckboxGroup
      legend={t('sector.legend')}
      hint={`${primary ? t('sector.primary', { sector: termName(primary) }) : t('sector.choose')} ${t('sector.numbers')}`}
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
