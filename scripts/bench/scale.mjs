/* global window, document, MutationObserver, requestAnimationFrame -- functions below run in the page */
// The app at 116, 1k, 10k and 100k clusters: a copy of dist/ per size whose clusters.json holds
// the real records plus valid copies under new ids (tests/e2e/perf-helpers.ts syntheticClusters),
// served by tests/e2e/test-server.ts. Per size: first match visible, the longest task after it,
// sector-toggle latency (click to the last DOM change in the page, plus the frame that paints
// it), JS heap after a forced GC, whether loading showed progress, and the Data quality count.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIRST = 'matches-rendered';

/** A dist/ copy serving `n` clusters; returns its folder. */
export function datasetCopy(dist, n, syntheticClusters) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  cpSync(dist, dir, { recursive: true });
  const real = readFileSync(join(dist, 'data', 'clusters.json'), 'utf8');
  if (n > 116) writeFileSync(join(dir, 'data', 'clusters.json'), JSON.stringify(syntheticClusters(real, n)));
  return dir;
}

export const removeCopy = (dir) => rmSync(dir, { recursive: true, force: true });

// Before any script: long tasks, and whether a progress indicator was ever on screen while loading.
function instrument() {
  const w = window;
  w.__longTasks = [];
  w.__progressSeen = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const poll = setInterval(() => {
    if (document.querySelector('progress, [role="progressbar"]')) w.__progressSeen = true;
    if (performance.getEntriesByName('matches-rendered').length > 0) clearInterval(poll);
  }, 50);
}

/** One sector toggle: click to the frame after the last DOM change it caused (ms). */
async function toggleOnce(page, box, quietMs) {
  await page.evaluate(() => {
    const t = { start: 0, last: 0, lastMutation: 0 };
    window.__toggle = t;
    document.addEventListener('click', (e) => (t.start = e.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      t.lastMutation = performance.now();
      requestAnimationFrame(() => setTimeout(() => (t.last = Math.max(t.last, performance.now())), 0));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    t.observer = observer;
  });
  await box.click({ timeout: 120_000 });
  await page.waitForFunction(
    (quiet) => {
      const t = window.__toggle;
      return t.start > 0 && t.last > 0 && performance.now() - Math.max(t.lastMutation, t.last) > quiet;
    },
    quietMs,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => {
    const t = window.__toggle;
    t.observer.disconnect();
    return t.last - t.start;
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Measures one size on `url` (a server for that size's copy) with a fresh context of `browser`. */
export async function measureScale(browser, url, n, toggles) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(instrument);
  await page.goto(new URL('?s=aerospace', url).toString());
  const first = Number(
    await (
      await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? false, FIRST, {
        timeout: 300_000,
        polling: 100,
      })
    ).jsonValue(),
  );
  // Deferred work (map, charts, idle prefetch) runs now: watch it for a while.
  await page.waitForTimeout(n >= 100_000 ? 8000 : 4000);
  const { after, before, progressSeen } = await page.evaluate((mark) => {
    const tasks = window.__longTasks;
    return {
      after: tasks.filter((t) => t.start >= mark).map((t) => t.duration),
      before: tasks.filter((t) => t.start < mark).map((t) => t.duration),
      progressSeen: window.__progressSeen,
    };
  }, first);
  const problems = await page
    .locator('details summary')
    .filter({ hasText: /problem/i })
    .count();
  const box = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Automotive', exact: true });
  const quiet = n >= 100_000 ? 1500 : 600;
  const times = [];
  let froze = null;
  try {
    for (let i = 0; i < toggles + 1; i += 1) {
      const ms = await toggleOnce(page, box, quiet);
      if (i > 0) times.push(ms); // the first toggle warms code paths up
    }
  } catch (error) {
    // A page that cannot take a click within the timeout is frozen: that is the figure.
    froze = String(error.message).split('\n')[0];
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    n,
    first,
    longestAfter: Math.max(0, ...after),
    longestBefore: Math.max(0, ...before),
    toggleMedian: times.length ? median(times) : Number.NaN,
    toggleMax: times.length ? Math.max(...times) : Number.NaN,
    froze,
    heapMB: heap.usedSize / 1e6,
    progressSeen,
    problems,
    errors,
  };
}
