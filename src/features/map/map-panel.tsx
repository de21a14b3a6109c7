import type { Map as LeafletMap } from 'leaflet';
import { Suspense, lazy, useCallback, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Pane } from 'react-leaflet';
import { termNameIn } from '@/domain/vocabulary';
import { BaseMap } from '@/features/map/base-map';
import { MapLegend } from '@/features/map/map-legend';
import { Loading } from '@/components/loading';
import { MapToolbar, type MapView } from '@/features/map/map-toolbar';
import { MatchMarkers } from '@/features/map/match-markers-layer';
import { stateBubbles } from '@/features/map/map-model';
import { useMatchMarkers } from '@/features/map/use-match-markers';
import { OnlineTiles } from '@/features/map/online-tiles';
import { StateBubblesLayer } from '@/features/map/state-bubbles-layer';
import {
  fitToPoints,
  useInvalidateOnResize,
  useMapKeyboardLabel,
  usePanToSelection,
} from '@/features/map/use-map-view';
import { usePrimarySector, useRanking, useStateStrength } from '@/hooks/use-ranking';
import { useDatasetValue } from '@/hooks/use-loaded-dataset';
import { useAppStore } from '@/stores/app-store';

// The state map is a view a user opens: its code stays out of the first screen.
const StateMapView = lazy(() => import('@/features/map/state-map-view').then((m) => ({ default: m.StateMapView })));

// Panes order the layers: state bubbles under the match markers. Pointer events are off on the
// pane itself so one pane's SVG does not swallow hovers meant for the other; Leaflet turns them
// back on for each interactive shape.
const BUBBLE_PANE: CSSProperties = { zIndex: 420, pointerEvents: 'none' };
const MARKER_PANE: CSSProperties = { zIndex: 450, pointerEvents: 'none' };

export function MapPanel() {
  const { t } = useTranslation('map');
  const { t: ts } = useTranslation('stateMap');
  const dataset = useDatasetValue();
  const matches = useRanking();
  const strengths = useStateStrength();
  const sectorId = usePrimarySector();
  const selectedId = useAppStore((s) => s.selectedId);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [view, setView] = useState<MapView>('points');
  const [showStrength, setShowStrength] = useState(true);
  const [tilesOn, setTilesOn] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const onTilesError = useCallback(() => setTilesFailed(true), []);

  const { markers, unplaced } = useMatchMarkers(matches);
  const bubbles = useMemo(() => stateBubbles(strengths, dataset.states), [strengths, dataset]);
  const sectorName = sectorId ? (termNameIn(dataset.sectors, sectorId) ?? null) : null;

  useInvalidateOnResize(map, container);
  useMapKeyboardLabel(map, t('keyboard'));
  usePanToSelection(map, selectedId, markers);

  return (
    <div className="flex h-full w-full flex-col" data-testid="map">
      <MapToolbar
        view={view}
        onView={setView}
        placed={markers.length}
        unplaced={unplaced}
        showStrength={showStrength}
        onShowStrength={setShowStrength}
        tilesOn={tilesOn}
        onTilesOn={(on) => {
          setTilesOn(on);
          setTilesFailed(false);
        }}
        onFit={() => fitToPoints(map, markers)}
      />
      {view === 'states' ? (
        <div className="min-h-0 flex-1">
          <Suspense fallback={<Loading what={ts('loading')} />}>
            <StateMapView />
          </Suspense>
        </div>
      ) : (
        <>
          <div ref={container} className="relative min-h-36 flex-1">
            <BaseMap mapRef={setMap}>
              {tilesOn && <OnlineTiles onError={onTilesError} />}
              <Pane name="state-bubbles" style={BUBBLE_PANE}>
                {showStrength && <StateBubblesLayer bubbles={bubbles} />}
              </Pane>
              <Pane name="matches" style={MARKER_PANE}>
                <MatchMarkers map={map} markers={markers} selectedId={selectedId} />
              </Pane>
            </BaseMap>
            {tilesOn && tilesFailed && (
              <p
                role="status"
                className="absolute top-2 right-2 z-[1000] rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs text-slate-800"
              >
                {t('tilesFailed')}
              </p>
            )}
          </div>
          <MapLegend sectorName={sectorName} showStrength={showStrength} mapBox={container} />
        </>
      )}
    </div>
  );
}
