import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CircleMarker } from 'react-leaflet';
import { MEXICO_BOUNDS, pointsBounds } from '@/features/map/map-model';
import { useMatchMarkers } from '@/features/map/use-match-markers';
import { markerStyle } from '@/features/map/match-markers';
import { BaseMap } from '@/features/map/base-map';
import { useRanking } from '@/hooks/use-ranking';
import { useAppStore } from '@/stores/app-store';
import { reducedMotion } from '@/features/map/use-map-view';

/**
 * A display-only map for presentation mode: the top matches, the selected one ringed and
 * centred. No controls and no focus stops, so the arrow keys keep stepping through the slides.
 */
export function SpotlightMap({ count }: { count: number }) {
  const ranking = useRanking();
  const selectedId = useAppStore((s) => s.selectedId);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const top = useMemo(() => ranking.slice(0, count), [ranking, count]);
  const { markers } = useMatchMarkers(top);
  const selected = markers.find((m) => m.id === selectedId) ?? null;

  // The whole top ten stays in view, so the room sees the ring move from one match to the next;
  // the map only pans when the selected match lies outside it. Fitted again whenever its box
  // changes: a slide shown on a narrow screen hides it, and a wider one shows it again.
  useEffect(() => {
    const element = box.current;
    if (!map || !element) return;
    const fit = () => {
      map.invalidateSize({ pan: false });
      map.fitBounds(pointsBounds(markers) ?? MEXICO_BOUNDS, { padding: [36, 36], maxZoom: 7, animate: false });
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [map, markers]);
  useEffect(() => {
    if (map && selected && !map.getBounds().contains([selected.lat, selected.lng]))
      map.panTo([selected.lat, selected.lng], { animate: !reducedMotion() });
  }, [map, selected]);

  return (
    <div ref={box} className="h-full w-full overflow-hidden rounded-xl border-2 border-white">
      <BaseMap mapRef={setMap} interactive={false}>
        {/* The selected match is drawn last, so no neighbour covers its ring. */}
        {[...markers.filter((m) => m.id !== selectedId), ...(selected ? [selected] : [])].map((m) => (
          <CircleMarker
            key={m.id}
            center={[m.lat, m.lng]}
            radius={m.id === selectedId ? 14 : 7}
            pathOptions={markerStyle(m, m.id === selectedId)}
            interactive={false}
          />
        ))}
      </BaseMap>
    </div>
  );
}
