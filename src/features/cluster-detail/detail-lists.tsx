import { formatFigure } from '@/domain/format';
import { NotStated } from '@/components/not-stated';
import type { Cluster, Dataset } from '@/domain/types';
import { groupFiguresBySource, interestNames } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection, TextList } from '@/features/cluster-detail/detail-parts';

/** Figures, committees, focus areas and EU partners. */
export function DetailLists({ cluster, dataset }: { cluster: Cluster; dataset: Dataset }) {
  return (
    <>
      <DetailSection title="Figures">
        {cluster.figures.length === 0 ? (
          <NotStated />
        ) : (
          groupFiguresBySource(dataset.meta, cluster.figures).map((group) => (
            <div key={group.source} className="mb-1 text-sm">
              <ul className="space-y-0.5">
                {group.figures.map((f, i) => (
                  <li key={`${f.key}-${i}`}>
                    <span className="font-medium">{f.label}:</span> {formatFigure(f)}{' '}
                    <span className="text-slate-700">({f.year ?? <em>year not stated in the sources</em>})</span>
                  </li>
                ))}
              </ul>
              <p className="text-xs text-slate-700">Source: {group.source}</p>
            </div>
          ))
        )}
      </DetailSection>
      <DetailSection title="Committees">
        <div className="text-sm">
          <TextList items={cluster.committees} />
        </div>
      </DetailSection>
      <DetailSection title="Focus areas">
        <div className="text-sm">
          <TextList items={interestNames(dataset.interests, cluster.focusAreas)} />
        </div>
      </DetailSection>
      <DetailSection title="EU partners">
        <div className="text-sm">
          <TextList
            items={cluster.euPartners.map((p) => (
              <>
                {p.name} ({p.country ?? <NotStated />})
              </>
            ))}
          />
        </div>
      </DetailSection>
    </>
  );
}
