import { useTranslation } from 'react-i18next';
import { EccpBadge } from '@/components/eccp-badge';
import { SafeLink } from '@/components/safe-link';
import { unknownStateName } from '@/domain/format';
import type { Cluster, Dataset } from '@/domain/types';
import { termNameIn } from '@/domain/vocabulary';
import { clusterFactSource } from '@/domain/provenance';
import { precisionText, relatedSectorIds } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection, Field, ProvenanceMark } from '@/features/cluster-detail/detail-parts';
import { useAppStore } from '@/stores/app-store';

/** Identity, location, sectors, ECCP and website. */
export function DetailFacts({ cluster, dataset }: { cluster: Cluster; dataset: Dataset }) {
  const state = cluster.state ? dataset.states.find((s) => s.code === cluster.state) : undefined;
  const sectorName = (id: string) => termNameIn(dataset.sectors, id) ?? id;
  const precision = precisionText(cluster.position);
  const { t } = useTranslation('detail');
  const { t: tp } = useTranslation('provenance');
  const related = relatedSectorIds(dataset, cluster);
  const language = useAppStore((s) => s.language);
  // The English page adds the English state name; a Spanish reader needs only the Spanish one.
  const stateName = state && language === 'en' ? `${state.name} (${state.nameEn})` : state?.name;
  // Descriptions and notes are written in English only.
  const textLang = language === 'en' ? undefined : 'en';
  return (
    <DetailSection title={t('facts.title')}>
      <dl className="space-y-1 text-sm">
        <Field term={t('facts.acronym')}>{cluster.acronym}</Field>
        <Field term={t('facts.aliases')}>{cluster.aliases.length ? cluster.aliases.join('; ') : null}</Field>
        <Field term={t('facts.state')}>
          {cluster.state ? (
            <>
              {stateName ?? unknownStateName(cluster.state)}
              <Mark cluster={cluster} dataset={dataset} fact="state" />
            </>
          ) : null}
        </Field>
        <Field term={t('facts.city')}>
          {cluster.city ? (
            <>
              {cluster.city}
              <Mark cluster={cluster} dataset={dataset} fact="city" />
            </>
          ) : null}
        </Field>
        <Field term={t('facts.mapPosition')}>
          {precision ? (
            <>
              {precision}
              <Mark cluster={cluster} dataset={dataset} fact="position" />
            </>
          ) : (
            <span>{t('facts.noPosition')}</span>
          )}
        </Field>
        <Field term={t('facts.sectors')}>
          <ul className="space-y-0.5">
            {cluster.sectors.map((s) => (
              <li key={s.id}>
                {sectorName(s.id)}
                <span className="text-slate-600"> — {t('facts.sourceWording', { wording: s.wording })}</span>
              </li>
            ))}
          </ul>
        </Field>
        {related.length > 0 && (
          <Field term={tp('fact.relatedSectors')}>
            {related.map(sectorName).join(', ')}
            <Mark cluster={cluster} dataset={dataset} fact="relatedSectors" />
          </Field>
        )}
        <Field term="ECCP">
          <EccpBadge member={cluster.eccpMember} />
        </Field>
        <Field term={t('facts.website')}>{cluster.website ? <SafeLink href={cluster.website} /> : null}</Field>
        <Field term={t('facts.description')}>
          {cluster.description ? <span lang={textLang}>{cluster.description}</span> : null}
        </Field>
        <Field term={t('facts.notes')}>{cluster.notes ? <span lang={textLang}>{cluster.notes}</span> : null}</Field>
      </dl>
    </DetailSection>
  );
}

type MarkedFact = 'state' | 'city' | 'position' | 'relatedSectors';

/** Marks only what is ours: an inferred value or our editorial layer; stated facts cite their sources below. */
function Mark({ cluster, dataset, fact }: { cluster: Cluster; dataset: Dataset; fact: MarkedFact }) {
  useTranslation('provenance');
  const source = clusterFactSource(dataset.meta, cluster, fact);
  return source.kind === 'stated' ? null : <ProvenanceMark source={source} />;
}
