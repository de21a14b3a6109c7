import type { Map as LeafletMap } from 'leaflet';
import { useMemo } from 'react';
import { hasCluster } from '@/domain/shortlist';
import type { MapMarker } from '@/features/map/map-model';
import { placeMarkers } from '@/features/map/marker-spread';
import { MarkerLeg } from '@/features/map/marker-leg';
import { MarkerItem } from '@/features/map/match-markers';
import { useMapZoom } from '@/features/map/use-map-view';
import { useAppStore } from '@/stores/app-store';
import { useActiveShortlist } from '@/stores/selectors';

interface MatchMarkersProps {
  map: LeafletMap | null;
  markers: readonly MapMarker[];
  selectedId: string | null;
}

/** One circle per placed match; co-located ones are spread in pixels for the current zoom. */
export function MatchMarkers({ map, markers, selectedId }: MatchMarkersProps) {
  const zoom = useMapZoom(map);
  const select = useAppStore((s) => s.select);
  const toggleShortlisted = useAppStore((s) => s.toggleShortlisted);
  const activeList = useActiveShortlist();
  const placed = useMemo(() => placeMarkers(markers, zoom), [markers, zoom]);
  return (
    <>
      {placed.map((marker) =>
        marker.at[0] !== marker.lat || marker.at[1] !== marker.lng ? (
          <MarkerLeg key={`leg-${marker.id}`} lat={marker.lat} lng={marker.lng} to={marker.at} />
        ) : null,
      )}
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
