import type { Cluster, DatasetMeta } from '@/domain/types';
import { docFullTitle, sourceText } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection, TextList } from '@/features/cluster-detail/detail-parts';

/** Which editions mention the cluster and where each fact group comes from. */
export function DetailSources({ cluster, meta }: { cluster: Cluster; meta: DatasetMeta }) {
  return (
    <DetailSection title="Editions and sources">
      <div className="space-y-1 text-sm">
        <p className="font-medium text-slate-700">Mentioned in</p>
        <TextList items={cluster.editions.map((e) => docFullTitle(meta, e))} />
        <p className="font-medium text-slate-700">Sources</p>
        <TextList items={cluster.sources.map((s) => sourceText(meta, s))} />
      </div>
    </DetailSection>
  );
}
