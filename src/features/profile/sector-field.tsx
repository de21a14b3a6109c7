import { useMemo, useState } from 'react';
import { Checkbox } from '@/components/checkbox';
import { CheckboxGroup } from '@/components/fieldset';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';
import { Disclosure } from '@/features/profile/disclosure';
import { splitSectors, toggleItem, type SectorOption } from '@/features/profile/profile-model';

export function SectorField() {
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
      detail={String(o.count)}
      detailSrText={o.count === 1 ? ' Mexican cluster' : ' Mexican clusters'}
    />
  );

  return (
    <CheckboxGroup
      legend="Sector"
      hint={`${
        primary
          ? `Primary: ${primary.name} (used for state strength).`
          : 'Choose one or more; the first is your primary sector.'
      } Numbers: Mexican clusters in the sector.`}
    >
      {top.map(item)}
      {more.length > 0 && (
        <Disclosure
          label="More sectors"
          summary={`${more.length} more${chosenInMore > 0 ? `, ${chosenInMore} chosen` : ''}`}
          defaultOpen={moreOpenAtStart}
        >
          {more.map(item)}
        </Disclosure>
      )}
    </CheckboxGroup>
  );
}
