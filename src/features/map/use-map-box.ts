import type { Map as LeafletMap } from 'leaflet';
import { useMapSnapshot } from '@/features/map/use-map-view';

type Box = [number, number, number, number];
const WORLD: Box = [-180, -85, 180, 85];
const cache = new Map<string, Box>();

/**
 * The view box [west, south, east, north], padded by half a view on each side so a short pan
 * needs no new bubbles; the whole world before the map exists. Re-read after each move.
 */
export function useMapBox(map: LeafletMap | null): Box {
  const key = useMapSnapshot(map, 'moveend', () => {
    const b = map?.getBounds?.()?.pad?.(0.5);
    if (!b || typeof b.getWest !== 'function') return 'world';
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((x) => x.toFixed(3)).join(',');
  });
  if (key === 'world') return WORLD;
  let box = cache.get(key);
  if (!box) {
    if (cache.size > 50) cache.clear();
    box = key.split(',').map(Number) as Box;
    cache.set(key, box);
  }
  return box;
}
