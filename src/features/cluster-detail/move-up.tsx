import { TextList } from '@/components/text-list';
import { useTranslation } from 'react-i18next';
import { DetailSection } from '@/features/cluster-detail/detail-parts';
import { useMoveUp } from '@/hooks/use-move-up';

/** The smallest changes that would move the cluster up, from the same engine as its score. */
export function MoveUp({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation('relevance');
  const lines = useMoveUp(clusterId);
  if (lines.length === 0) return null;
  return (
    <DetailSection title={t('relevance:moveUp.title')}>
      <p className="text-xs text-slate-600">{t('relevance:moveUp.intro')}</p>
      <TextList items={lines} className="pl-4 text-sm" />
    </DetailSection>
  );
}
