import type { Map as LeafletMap } from 'leaflet';
import { useMemo } from 'react';
import { hasCluster } from '@/domain/shortlist';
import { ClusterBubble } from '@/features/map/cluster-bubble';
import type { MapMarker } from '@/features/map/map-model';
import { clusterMarkers } from '@/features/map/marker-clusters';
import { placeMarkers } from '@/features/map/marker-spread';
import { MarkerLeg } from '@/features/map/marker-leg';
import { MarkerItem } from '@/features/map/match-markers';
import { useMapBox } from '@/features/map/use-map-box';
import { useMapZoom } from '@/features/map/use-map-view';
import { useAppStore } from '@/stores/app-store';
import { useActiveShortlist } from '@/stores/selectors';

interface MatchMarkersProps {
  map: LeafletMap | null;
  markers: readonly MapMarker[];
  selectedId: string | null;
}

/**
 * Markers too close to tell apart at this zoom become count bubbles (expanding on zoom), so
 * 10,000 clusters draw as a few dozen shapes; the rest are one circle each, and co-located ones
 * left at the last zoom are spread in pixels with a leg. The selected match is always drawn.
 */
export function MatchMarkers({ map, markers, selectedId }: MatchMarkersProps) {
  const zoom = useMapZoom(map);
  const box = useMapBox(map);
  const select = useAppStore((s) => s.select);
  const toggleShortlisted = useAppStore((s) => s.toggleShortlisted);
  const activeList = useActiveShortlist();
  const clusters = useMemo(() => clusterMarkers(markers), [markers]);
  const { bubbles, singles } = useMemo(() => {
    const view = clusters.at(zoom, box);
    const selected = markers.find((m) => m.id === selectedId);
    if (selected && !view.singles.includes(selected)) view.singles.push(selected);
    return view;
  }, [clusters, zoom, box, markers, selectedId]);
  const placed = useMemo(() => placeMarkers(singles, zoom), [singles, zoom]);
  return (
    <>
      {placed.map((marker) =>
        marker.at[0] !== marker.lat || marker.at[1] !== marker.lng ? (
          <MarkerLeg key={`leg-${marker.id}`} lat={marker.lat} lng={marker.lng} to={marker.at} />
        ) : null,
      )}
      {bubbles.map((bubble) => (
        <ClusterBubble key={bubble.key} bubble={bubble} map={map} />
      ))}
      {placed.map((marker) => (
        <MarkerItem
          key={marker.id}
          marker={marker}
          selected={marker.id === selectedId}
          shortlisted={activeList !== null && hasCluster(activeList, marker.id)}
          onSelect={select}
          onToggleShortlist={toggleShortlisted}
        />
      ))}
    </>
  );
}
