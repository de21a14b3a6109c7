import type { LoadStep } from '@/data/validate';

// What the dataset loader is doing, for the loading screen: a plain observable, so the data layer
// needs no React (src/hooks/use-load-progress.ts reads it).
let current: LoadStep | null = null;
const listeners = new Set<() => void>();

export const loadProgress = {
  get: (): LoadStep | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(step: LoadStep | null): void {
    current = step;
    for (const listener of listeners) listener();
  },
};

/** A macrotask: input, rendering and paint get their turn before the next slice. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs validation steps in slices of about `sliceMs`, yielding to the page between slices and
 * reporting the step reached, so 100,000 records never freeze the page and the loading screen
 * can say how far it is. Small datasets finish within one slice and report nothing.
 */
export async function runStepsSliced<R>(steps: Generator<LoadStep, R>, sliceMs = 12): Promise<R> {
  let start = performance.now();
  let next = steps.next();
  try {
    while (!next.done) {
      if (performance.now() - start > sliceMs) {
        loadProgress.set(next.value);
        await yieldToPage();
        start = performance.now();
      }
      next = steps.next();
    }
    // The first render of the dashboard follows in the same task otherwise: give it a task of its own.
    if (performance.now() - start > sliceMs / 2) await yieldToPage();
    return next.value;
  } finally {
    loadProgress.set(null);
  }
}
