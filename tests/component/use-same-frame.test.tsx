// The charts take a change in the task that commits it (src/hooks/use-same-frame.ts): a view that,
// like recharts, copies its input into a store in an effect and draws from the store is fully
// redrawn before the update returns, so the browser never paints it half-updated.
import { memo, useEffect, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSameFrame } from '@/hooks/use-same-frame';

function chartStore() {
  let value = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next: number) => {
      value = next;
      listeners.forEach((l) => l());
    },
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

const chartRenders = vi.fn();
const Chart = memo(function Chart({ value, store }: { value: number; store: ReturnType<typeof chartStore> }) {
  chartRenders();
  useEffect(() => store.set(value), [value, store]);
  const drawn = useSyncExternalStore(store.subscribe, store.get);
  return (
    <p>
      legend {value}, bars {drawn}
    </p>
  );
});

function Dashboard({ value, store }: { value: number; store: ReturnType<typeof chartStore> }) {
  const shown = useSameFrame(value);
  return (
    <>
      <p>list {value}</p>
      <Chart value={shown} store={store} />
    </>
  );
}

let root: Root;
let host: HTMLDivElement;
const globals = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => {
  // Real scheduling, as in the browser: no act() to flush what would otherwise wait for a frame.
  globals.IS_REACT_ACT_ENVIRONMENT = false;
  host = document.createElement('div');
  root = createRoot(host);
});
afterEach(() => {
  flushSync(() => root.unmount());
  globals.IS_REACT_ACT_ENVIRONMENT = true;
});

describe('useSameFrame', () => {
  it('redraws a store-backed view completely within the update, rendering it once per change', () => {
    const store = chartStore();
    flushSync(() => root.render(<Dashboard value={1} store={store} />));
    expect(host.textContent).toBe('list 1legend 1, bars 1');
    for (const value of [2, 3]) {
      const before = chartRenders.mock.calls.length;
      flushSync(() => root.render(<Dashboard value={value} store={store} />));
      // Checked synchronously: nothing was left for a later task or frame.
      expect(host.textContent).toBe(`list ${value}legend ${value}, bars ${value}`);
      // Once for the new value, once more for the store update: no render with stale inputs.
      expect(chartRenders.mock.calls.length - before).toBe(2);
    }
  });
});
