import { countryName } from '@/domain/vocabulary';
import { useTranslation } from 'react-i18next';
import { formatFigure, formatYear, YEAR_UNIT } from '@/domain/format';
import { NotStated } from '@/components/not-stated';
import type { Cluster, Dataset } from '@/domain/types';
import { groupFiguresBySource, interestNames } from '@/features/cluster-detail/cluster-detail-model';
import { TextList } from '@/components/text-list';
import { DetailSection, ProvenanceMark } from '@/features/cluster-detail/detail-parts';
import { clusterFactSource } from '@/domain/provenance';
import { useAppStore } from '@/stores/app-store';

/** Figures, committees, focus areas and EU partners. */
export function DetailLists({ cluster, dataset }: { cluster: Cluster; dataset: Dataset }) {
  const { t } = useTranslation('detail');
  // Figure labels are written in English only.
  const figureLang = useAppStore((s) => (s.language === 'en' ? undefined : 'en'));
  return (
    <>
      <DetailSection title={t('lists.figures')}>
        {cluster.figures.length === 0 ? (
          <NotStated />
        ) : (
          groupFiguresBySource(dataset.meta, cluster.figures).map((group) => (
            <div key={group.source} className="mb-1 text-sm">
              <ul className="space-y-0.5">
                {group.figures.map((f, i) => (
                  <li key={`${f.key}-${i}`}>
                    <span lang={figureLang} className="font-medium">
                      {f.label}:
                    </span>{' '}
                    {formatFigure(f)}
                    {f.unit === YEAR_UNIT ? null : (
                      <span className="text-slate-700">
                        {' '}
                        ({f.year === null ? <em>{t('lists.yearNotStated')}</em> : formatYear(f.year)})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              <p className="text-xs text-slate-700">{t('lists.source', { source: group.source })}</p>
            </div>
          ))
        )}
      </DetailSection>
      <DetailSection title={t('lists.committees')}>
        <div className="text-sm">
          <TextList items={cluster.committees} />
        </div>
      </DetailSection>
      <DetailSection title={t('lists.focusAreas')}>
        <div className="text-sm">
          <TextList items={interestNames(dataset.interests, cluster.focusAreas)} />
          {cluster.focusAreas.length > 0 && <FocusMark cluster={cluster} dataset={dataset} />}
        </div>
      </DetailSection>
      <DetailSection title={t('lists.euPartners')}>
        <div className="text-sm">
          <TextList
            items={cluster.euPartners.map((p) => (
              <>
                {p.name} ({p.country ? countryName(p.country) : <NotStated />})
              </>
            ))}
          />
        </div>
      </DetailSection>
    </>
  );
}

function FocusMark({ cluster, dataset }: { cluster: Cluster; dataset: Dataset }) {
  const source = clusterFactSource(dataset.meta, cluster, 'focusAreas');
  return source.kind === 'stated' ? null : <ProvenanceMark source={source} />;
}
