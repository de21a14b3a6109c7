// Lighthouse desktop runs of the app and the floor page, alternating so both see the same machine
// load; returns the medians. Chromium is the Debian one (never a downloaded browser).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** gzip -9 size (KiB) of the scripts the page requested, read from the folder served. */
function scriptKiB(lhr, root) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  let bytes = 0;
  for (const item of items) {
    if (item.resourceType !== 'Script') continue;
    const file = join(root, new URL(item.url).pathname);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes / 1024;
}

function figures(lhr, root) {
  const a = lhr.audits;
  const longTasks = (a['long-tasks']?.details?.items ?? [])
    .slice(0, 4)
    .map((t) => `${Math.round(t.duration)} ms ${String(t.url).split('/').pop()}`);
  return {
    score: lhr.categories.performance.score,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    js: scriptKiB(lhr, root),
    longTasks,
  };
}

/**
 * `rounds` runs of each page, alternating (app, floor, app, …). `pages` maps a name to
 * `{ url, root }` (root: the folder served, to size its scripts). Returns medians per page.
 */
export async function lighthouseRounds(chromePath, pages, rounds = 5) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  const runs = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, { url, root }] of Object.entries(pages)) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          desktopConfig,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const f = figures(result.lhr, root);
        runs[name].push(f);
        console.log(
          `  lighthouse ${name} #${round + 1}: score ${f.score.toFixed(2)}, TBT ${f.tbt.toFixed(0)} ms, CLS ${f.cls.toFixed(3)}, LCP ${f.lcp.toFixed(0)} ms; long tasks: ${f.longTasks.join(', ') || 'none'}`,
        );
      }
    }
  } finally {
    await chrome.kill();
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      {
        score: median(list.map((f) => f.score)),
        tbt: median(list.map((f) => f.tbt)),
        cls: median(list.map((f) => f.cls)),
        lcp: median(list.map((f) => f.lcp)),
        js: median(list.map((f) => f.js)),
      },
    ]),
  );
}
