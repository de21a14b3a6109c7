import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useEffectEvent, useSyncExternalStore, type RefObject } from 'react';
import { MEXICO_BOUNDS, pointsBounds } from '@/features/map/map-model';

// Zoom that MEXICO_BOUNDS gives in a typical panel; only used before the map exists.
const FALLBACK_ZOOM = 4.5;

export function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A value read from the map, re-read after each `event` (e.g. 'zoomend', 'moveend'). */
export function useMapSnapshot<T>(map: LeafletMap | null, event: string, read: () => T): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      map?.on(event, notify);
      return () => {
        map?.off(event, notify);
      };
    },
    [map, event],
  );
  return useSyncExternalStore(subscribe, read);
}

/** Current zoom, re-read after every zoom so spread markers can be re-placed in pixels. */
export function useMapZoom(map: LeafletMap | null): number {
  return useMapSnapshot(map, 'zoomend', () => map?.getZoom() ?? FALLBACK_ZOOM);
}

/** Leaflet makes its container focusable (arrow keys pan, +/− zoom); give that stop a name. */
export function useMapKeyboardLabel(map: LeafletMap | null, label: string) {
  useEffect(() => {
    const element = map?.getContainer();
    element?.setAttribute('role', 'group');
    element?.setAttribute('aria-label', label);
  }, [map, label]);
}

/**
 * The layout changes (panels, zoom, presentation mode): Leaflet must re-measure its container.
 * Until someone moves the map (a drag, a zoom, a pan to a selection), the default view is fitted
 * again to the new size, so all of Mexico, Tijuana to Cancún, stays in view: a map first drawn
 * in a container that later shrank would otherwise keep a zoom that cuts the edges off.
 */
export function useInvalidateOnResize(map: LeafletMap | null, container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = container.current;
    if (!map || !element) return;
    let ours = false;
    let moved = false;
    const onMove = () => {
      if (!ours) moved = true;
    };
    const invalidate = () => {
      ours = true;
      map.invalidateSize({ pan: false });
      if (!moved) map.fitBounds(MEXICO_BOUNDS, { animate: false });
      ours = false;
    };
    map.on('movestart zoomstart', onMove);
    const stop = () => map.off('movestart zoomstart', onMove);
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', invalidate);
      return () => {
        stop();
        window.removeEventListener('resize', invalidate);
      };
    }
    const observer = new ResizeObserver(invalidate);
    observer.observe(element);
    return () => {
      stop();
      observer.disconnect();
    };
  }, [map, container]);
}

interface Point {
  id: string;
  lat: number;
  lng: number;
}

/**
 * Pans when the selection changes (not when the ranking does, which would keep yanking the view),
 * unless the marker is already well inside the view: a marker just clicked stays put, so its
 * popup can auto-pan into view without a competing pan.
 */
export function usePanToSelection(map: LeafletMap | null, selectedId: string | null, points: readonly Point[]) {
  const pan = useEffectEvent((id: string) => {
    const point = points.find((p) => p.id === id);
    if (!map || !point) return;
    if (map.getBounds().pad(-0.15).contains([point.lat, point.lng])) return;
    map.panTo([point.lat, point.lng], { animate: !reducedMotion() });
  });
  useEffect(() => {
    if (selectedId) pan(selectedId);
  }, [map, selectedId]);
}

export function fitToPoints(map: LeafletMap | null, points: readonly Point[]) {
  map?.fitBounds(pointsBounds(points) ?? MEXICO_BOUNDS, {
    padding: [40, 40],
    maxZoom: 9,
    animate: !reducedMotion(),
  });
}
