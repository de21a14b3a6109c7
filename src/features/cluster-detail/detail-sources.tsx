import { useTranslation } from 'react-i18next';
import type { Cluster, DatasetMeta } from '@/domain/types';
import { docFullTitle, sourceText } from '@/features/cluster-detail/cluster-detail-model';
import { TextList } from '@/components/text-list';
import { DetailSection } from '@/features/cluster-detail/detail-parts';
import { useAppStore } from '@/stores/app-store';

/** Which editions mention the cluster and where each fact group comes from. */
export function DetailSources({ cluster, meta }: { cluster: Cluster; meta: DatasetMeta }) {
  const { t } = useTranslation('detail');
  // The ECCP reports, their titles and sections, exist in English only.
  const sourceLang = useAppStore((s) => (s.language === 'en' ? undefined : 'en'));
  return (
    <DetailSection title={t('sources.title')}>
      <div className="space-y-1 text-sm">
        <p className="font-medium text-slate-700">{t('sources.mentionedIn')}</p>
        <TextList
          items={cluster.editions.map((e) => (
            <span lang={sourceLang}>{docFullTitle(meta, e)}</span>
          ))}
        />
        <p className="font-medium text-slate-700">{t('sources.sources')}</p>
        <TextList
          items={cluster.sources.map((s) => (
            <span lang={sourceLang}>{sourceText(meta, s)}</span>
          ))}
        />
      </div>
    </DetailSection>
  );
}
