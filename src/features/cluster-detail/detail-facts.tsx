import { EccpBadge } from '@/components/eccp-badge';
import { SafeLink } from '@/components/safe-link';
import { unknownStateName } from '@/domain/format';
import type { Cluster, Dataset } from '@/domain/types';
import { precisionText } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection, Field } from '@/features/cluster-detail/detail-parts';

/** Identity, location, sectors, ECCP and website. */
export function DetailFacts({ cluster, dataset }: { cluster: Cluster; dataset: Dataset }) {
  const state = cluster.state ? dataset.states.find((s) => s.code === cluster.state) : undefined;
  const sectorName = (id: string) => dataset.sectors.find((s) => s.id === id)?.name ?? id;
  const precision = precisionText(cluster.position);
  return (
    <DetailSection title="Facts">
      <dl className="space-y-1 text-sm">
        <Field term="Acronym">{cluster.acronym}</Field>
        <Field term="Also known as">{cluster.aliases.length ? cluster.aliases.join('; ') : null}</Field>
        <Field term="State">
          {state ? `${state.name} (${state.nameEn})` : cluster.state ? unknownStateName(cluster.state) : null}
        </Field>
        <Field term="City">{cluster.city}</Field>
        <Field term="Map position">{precision ?? <span>none, so the cluster is not on the map</span>}</Field>
        <Field term="Sectors">
          <ul className="space-y-0.5">
            {cluster.sectors.map((s) => (
              <li key={s.id}>
                {sectorName(s.id)}
                <span className="text-slate-600"> — source wording: “{s.wording}”</span>
              </li>
            ))}
          </ul>
        </Field>
        <Field term="ECCP">
          <EccpBadge member={cluster.eccpMember} />
        </Field>
        <Field term="Website">{cluster.website ? <SafeLink href={cluster.website} /> : null}</Field>
        <Field term="Description">{cluster.description}</Field>
        <Field term="Notes">{cluster.notes}</Field>
      </dl>
    </DetailSection>
  );
}
