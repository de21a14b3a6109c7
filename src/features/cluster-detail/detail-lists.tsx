import { NotStated } from '@/components/not-stated';
import type { Cluster, Dataset } from '@/domain/types';
import { figureValueText, interestNames, sourceText } from '@/features/cluster-detail/cluster-detail-model';
import { DetailSection, TextList } from '@/features/cluster-detail/detail-parts';

/** Figures, committees, focus areas and EU partners. */
export function DetailLists({ cluster, dataset }: { cluster: Cluster; dataset: Dataset }) {
  return (
    <>
      <DetailSection title="Figures">
        {cluster.figures.length === 0 ? (
          <NotStated />
        ) : (
          <ul className="space-y-0.5 text-sm">
            {cluster.figures.map((f, i) => (
              <li key={`${f.key}-${i}`}>
                <span className="font-medium">{f.label}:</span> {figureValueText(f)}{' '}
                <span className="text-slate-700">
                  ({f.year ?? <NotStated />}; {sourceText(dataset.meta, f.source)})
                </span>
              </li>
            ))}
          </ul>
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
