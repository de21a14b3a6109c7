import type { StateShapes } from '@/features/map/state-map-model';

// The 32 outlines (public/geo, built from @svg-maps/mexico by scripts/build-state-shapes.mjs) are
// data, ~10 KB gzip: fetched from the app's own origin when a state map is first shown, never part
// of a bundle; the service worker keeps the file for offline use, as it keeps the dataset.
export const STATE_SHAPES_URL = `${import.meta.env.BASE_URL}geo/mexico-states.json`;

// React's `use` reads a promise's `status` and `value` when a library sets them: a map shown again
// (or a render React retries) reads the loaded outlines at once, and `use` is called on every render.
type TrackedPromise = Promise<StateShapes> & { status?: 'fulfilled'; value?: StateShapes };

let shapes: TrackedPromise | null = null;

async function fetchShapes(): Promise<StateShapes> {
  const response = await fetch(STATE_SHAPES_URL);
  if (!response.ok) throw new Error(`${STATE_SHAPES_URL}: ${response.status} ${response.statusText}`);
  const body: unknown = await response.json();
  if (!Array.isArray((body as Partial<StateShapes> | null)?.locations))
    throw new Error(`${STATE_SHAPES_URL}: not a list of state outlines`);
  return body as StateShapes;
}

/** One request per page; a failed load is forgotten, so the next attempt asks again. */
export function loadStateShapes(): Promise<StateShapes> {
  shapes ??= fetchShapes().then(
    (value) => {
      if (shapes) Object.assign(shapes, { status: 'fulfilled', value });
      return value;
    },
    (error: unknown) => {
      shapes = null;
      throw error;
    },
  );
  return shapes;
}
