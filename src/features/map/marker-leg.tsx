import type { Polyline as LeafletPolyline, PathOptions } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Polyline } from 'react-leaflet';
import { COLOR } from '@/components/theme';
import type { LatLngPair } from '@/features/map/map-model';

const LEG: PathOptions = { color: COLOR['map-leg'], weight: 1, opacity: 0.8 };

/**
 * A thin line from a cluster's real (approximate) position to where its marker was moved so it
 * does not hide a neighbour: the reader sees which city a spread marker belongs to.
 */
export const MarkerLeg = memo(function MarkerLeg({ lat, lng, to }: { lat: number; lng: number; to: LatLngPair }) {
  const line = useRef<LeafletPolyline>(null);
  const positions = useMemo((): LatLngPair[] => [[lat, lng], to], [lat, lng, to]);
  // Drawn under every marker, whatever order Leaflet added them in.
  useEffect(() => {
    line.current?.bringToBack();
  }, [positions]);
  return <Polyline ref={line} positions={positions} pathOptions={LEG} interactive={false} />;
});
