import type { StateShapes } from '@/features/map/state-map-model';

// The 32 outlines are ~26 KB gzip: their own chunk, fetched only when a state map is shown (the
// service worker still keeps it for offline use, like every chunk of the build).
let shapes: Promise<StateShapes> | null = null;
let loaded: StateShapes | null = null;

/** One request per page; a failed load is forgotten, so the next attempt asks again. */
export function loadStateShapes(): Promise<StateShapes> {
  shapes ??= import('@svg-maps/mexico').then(
    (m) => {
      loaded = m.default as StateShapes;
      return loaded;
    },
    (error: unknown) => {
      shapes = null;
      throw error;
    },
  );
  return shapes;
}

/** The outlines once they have loaded, so a map shown again renders at once instead of suspending. */
export function loadedStateShapes(): StateShapes | null {
  return loaded;
}
