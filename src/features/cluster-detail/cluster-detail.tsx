import { useCallback, useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { closeOnEscape } from '@/components/escape-key';
import type { Cluster } from '@/domain/types';
import { DetailFacts } from '@/features/cluster-detail/detail-facts';
import { DetailLabels } from '@/features/cluster-detail/detail-labels';
import { DetailLists } from '@/features/cluster-detail/detail-lists';
import { DetailSources } from '@/features/cluster-detail/detail-sources';
import { MoveUp } from '@/features/cluster-detail/move-up';
import { ScoreExplanation } from '@/features/cluster-detail/score-explanation';
import { useMatchFor } from '@/features/cluster-detail/use-match-for';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useCluster } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { useIsShortlisted } from '@/stores/selectors';

/** The app's section of the user's own facts on a cluster (features do not import each other). */
export type OwnFactsSlot = (cluster: Cluster) => ReactNode;

/** Everything the dataset holds on the selected cluster, plus its full score explanation. */
export function ClusterDetail({ ownFacts }: { ownFacts?: OwnFactsSlot }) {
  const selectedId = useAppStore((s) => s.selectedId);
  const cluster = useCluster(selectedId);
  const returnTo = useRef<HTMLElement | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selectedId) return;
    // Remember where the user came from (list button, map marker) so closing can go back there.
    const active = document.activeElement;
    if (active instanceof HTMLElement && !panel.current?.contains(active)) returnTo.current = active;
    panel.current?.focus();
  }, [selectedId]);

  const onClosed = useCallback(() => {
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  }, []);

  if (!cluster) return null;
  return <DetailDialog cluster={cluster} panelRef={panel} onClosed={onClosed} ownFacts={ownFacts} />;
}

interface DetailDialogProps {
  cluster: Cluster;
  panelRef: RefObject<HTMLDivElement | null>;
  onClosed: () => void;
  ownFacts?: OwnFactsSlot;
}

function DetailDialog({ cluster, panelRef, onClosed, ownFacts }: DetailDialogProps) {
  const { t } = useTranslation('detail');
  const dataset = useDatasetValue();
  const headingId = useId();
  const { select, toggleShortlisted, asOf, language } = useAppStore(
    useShallow((s) => ({
      select: s.select,
      toggleShortlisted: s.toggleShortlisted,
      asOf: s.profile.asOf,
      language: s.language,
    })),
  );
  const shortlisted = useIsShortlisted(cluster.id);
  const { match, filteredOut } = useMatchFor(cluster.id);
  const close = () => {
    select(null);
    onClosed();
  };

  return (
    // An in-page panel in its own tab under the map, not a modal: the map and list beside it stay usable.
    <div
      ref={panelRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={closeOnEscape(close)}
      className="flex h-full max-h-full flex-col bg-white"
    >
      <header className="flex items-start gap-2 border-b border-slate-200 p-3">
        <div className="min-w-0 flex-1">
          {/* Cluster names are written as the (mostly Spanish) sources write them. */}
          <h2
            id={headingId}
            lang={language === 'es' ? undefined : 'es'}
            className="text-lg leading-tight font-bold wrap-anywhere text-brand-900"
          >
            {cluster.name}
          </h2>
          {cluster.acronym ? <p className="text-sm wrap-anywhere text-slate-700">{cluster.acronym}</p> : null}
        </div>
        <Button variant="neutral" onClick={close} className="shrink-0">
          {t('close')}
        </Button>
      </header>
      <div className="min-h-0 flex-1 space-y-2 overflow-y-auto p-3 wrap-anywhere">
        <Button aria-pressed={shortlisted} onClick={() => toggleShortlisted(cluster.id)}>
          {shortlisted ? t('shortlistRemove') : t('shortlistAdd')}
        </Button>
        <ScoreExplanation match={match} filteredOut={filteredOut} meta={dataset.meta} />
        {match ? <MoveUp clusterId={cluster.id} /> : null}
        <DetailFacts cluster={cluster} dataset={dataset} />
        {ownFacts?.(cluster)}
        <DetailLabels labels={cluster.labels} asOf={asOf} meta={dataset.meta} />
        <DetailLists cluster={cluster} dataset={dataset} />
        <DetailSources cluster={cluster} meta={dataset.meta} />
      </div>
    </div>
  );
}
