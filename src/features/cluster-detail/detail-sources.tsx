import { useTranslation } from 'react-i18next';
import type { Cluster, DatasetMeta } from '@/domain/types';
import { docFullTitle, sourceText } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection, TextList } from '@/features/cluster-detail/detail-parts';

/** Which editions mention the cluster and where each fact group comes from. */
export function DetailSources({ cluster, meta }: { cluster: Cluster; meta: DatasetMeta }) {
  const { t } = useTranslation('detail');
  return (
    <DetailSection title={t('sources.title')}>
      <div className="space-y-1 text-sm">
        <p className="font-medium text-slate-700">{t('sources.mentionedIn')}</p>
        <TextList items={cluster.editions.map((e) => docFullTitle(meta, e))} />
        <p className="font-medium text-slate-700">{t('sources.sources')}</p>
        <TextList items={cluster.sources.map((s) => sourceText(meta, s))} />
      </div>
    </DetailSection>
  );
}
