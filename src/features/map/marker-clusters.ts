import Supercluster, { type ClusterProperties } from 'supercluster';
import type { MapMarker } from '@/features/map/map-model';
import { scoreColour } from '@/features/map/map-model';

/** Markers closer than this on screen (px) are drawn as one count bubble. */
export const CLUSTER_RADIUS_PX = 36;
/**
 * Up to this zoom, neighbours merge into bubbles; past it (the map's last zoom) every marker is
 * drawn and co-located ones are spread with legs, since no zoom would ever part them.
 */
export const CLUSTER_MAX_ZOOM = 11;

interface Props {
  index: number;
  /** Best score among the markers a bubble holds: it is coloured like that marker would be. */
  best: number;
}

export interface MarkerBubble {
  kind: 'bubble';
  key: string;
  lat: number;
  lng: number;
  count: number;
  best: number;
  colour: string;
  /** The zoom at which the bubble splits (clicking it zooms there). */
  expansionZoom: number;
}

export interface MarkerClusters {
  /** Bubbles and single markers for a zoom and a view box [west, south, east, north]. */
  at(zoom: number, box: [number, number, number, number]): { bubbles: MarkerBubble[]; singles: MapMarker[] };
}

export function clusterMarkers(markers: readonly MapMarker[]): MarkerClusters {
  const index = new Supercluster<Props, Props>({
    radius: CLUSTER_RADIUS_PX,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
    map: (p) => ({ index: p.index, best: p.best }),
    reduce: (acc, p) => {
      acc.best = Math.max(acc.best, p.best);
    },
  });
  index.load(
    markers.map((m, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [m.lng, m.lat] },
      properties: { index: i, best: m.total },
    })),
  );
  return {
    at(zoom, box) {
      const bubbles: MarkerBubble[] = [];
      const singles: MapMarker[] = [];
      for (const f of index.getClusters(box, Math.floor(zoom))) {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties as Props & Partial<ClusterProperties>;
        if (p.cluster && p.cluster_id !== undefined) {
          bubbles.push({
            kind: 'bubble',
            // Leaflet reads a marker's title only when it is created, and supercluster reuses ids
            // across rankings: a bubble whose words change is a new marker.
            key: `bubble-${p.cluster_id}-${p.point_count}-${Math.round(p.best)}`,
            lat,
            lng,
            count: p.point_count ?? 0,
            best: p.best,
            colour: scoreColour(p.best),
            expansionZoom: index.getClusterExpansionZoom(p.cluster_id),
          });
        } else {
          const marker = markers[p.index];
          if (marker) singles.push(marker);
        }
      }
      return { bubbles, singles };
    },
  };
}
