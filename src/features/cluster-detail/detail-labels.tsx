import { useTranslation } from 'react-i18next';
import { LabelBadge } from '@/components/label-badge';
import { judgeLabel } from '@/domain/labels';
import type { ClusterLabel, DatasetMeta } from '@/domain/types';
import { docTitle, sortLabels } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection } from '@/features/cluster-detail/detail-parts';

/** Every ESCA label the sources mention, newest first, with the edition that lists it. */
export function DetailLabels({
  labels,
  asOf,
  meta,
}: {
  labels: readonly ClusterLabel[];
  asOf: string;
  meta: DatasetMeta;
}) {
  const { t } = useTranslation('detail');
  return (
    <DetailSection title={t('labels.title')}>
      {labels.length === 0 ? (
        <p className="text-sm">{t('labels.none')}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {sortLabels(labels).map((label, i) => (
            <li key={i}>
              <LabelBadge label={judgeLabel(label, asOf)} />
              <span className="block text-xs text-slate-700">
                {t('labels.listedIn', { doc: docTitle(meta, label.edition), section: label.source.section })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
