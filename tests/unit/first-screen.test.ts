// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The browser's PerformanceObserver stands in for Chromium's largest-contentful-paint reports (jsdom
// has none); what is tested is when src/hooks/first-screen.ts lets deferred work start.
type Callback = (list: { getEntries: () => { startTime: number }[] }) => void;
class FakeObserver {
  static supportedEntryTypes = ['largest-contentful-paint'];
  static last: FakeObserver | undefined;
  observed: unknown;
  disconnected = false;
  constructor(private readonly callback: Callback) {
    FakeObserver.last = this;
  }
  observe(options: unknown) {
    this.observed = options;
  }
  disconnect() {
    this.disconnected = true;
  }
  report(...startTimes: number[]) {
    this.callback({ getEntries: () => startTimes.map((startTime) => ({ startTime })) });
  }
}

const load = () => import('@/hooks/first-screen');

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  FakeObserver.last = undefined;
  performance.clearMarks();
});
afterEach(() => vi.useRealTimers());

describe('firstScreenShown', () => {
  it('resolves at once where the browser reports no largest paints', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const { firstScreenShown } = await load();
    expect(await settled(firstScreenShown())).toBe(true);
  });

  it('waits for a largest paint presented after the matches were committed', async () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const mark = performance.mark('matches-rendered');
    const { firstScreenShown } = await load();
    const shown = firstScreenShown();
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual({ type: 'largest-contentful-paint', buffered: true });
    observer.report(mark.startTime - 50);
    expect(await settled(shown)).toBe(false);
    observer.report(mark.startTime + 30);
    expect(await settled(shown)).toBe(true);
    expect(observer.disconnected).toBe(true);
    // Once per page: a later caller does not wait again.
    expect(firstScreenShown()).toBe(shown);
  });

  it('gives up waiting after 1.5 s', async () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const { firstScreenShown } = await load();
    const shown = firstScreenShown();
    await vi.advanceTimersByTimeAsync(1400);
    expect(await settled(shown)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(shown)).toBe(true);
    expect(FakeObserver.last!.disconnected).toBe(true);
  });
});

describe('afterFirstScreen', () => {
  it('runs the task when idle once the screen is shown, and not at all once cancelled', async () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const mark = performance.mark('matches-rendered');
    const { afterFirstScreen } = await load();
    const ran: string[] = [];
    afterFirstScreen(() => ran.push('kept'));
    const cancel = afterFirstScreen(() => ran.push('cancelled'));
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toEqual([]);
    cancel();
    FakeObserver.last!.report(mark.startTime + 1);
    // jsdom has no requestIdleCallback: whenIdle falls back to a 200 ms timer.
    await vi.advanceTimersByTimeAsync(250);
    expect(ran).toEqual(['kept']);
  });
});
