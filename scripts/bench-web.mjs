// Web benchmark for the performance budgets: builds the production bundle, reports JavaScript gzip per
// chunk, in total and for the first screen, the dataset size, then serves the build with
// `vite preview` and measures in headless Chromium: first render of the ranked matches, re-rank +
// re-render after a profile change (median), and long tasks while panning the map and scrolling
// the list with 1,000 synthetic clusters. Prints `<name>: <value> (budget <budget>) ✓/✗` per
// figure; exits 1 only when a figure exceeds 1.5× its budget (noise margin).
// Run with tsx (`npm run bench:web`): the measuring code is shared with tests/e2e/budgets.e2e.ts.
//   --no-build  reuse a fresh dist/        --runs=N  re-rank runs (default 9, at least 7)
import { readFileSync } from 'node:fs';
import { build, preview } from 'vite';
import { CHROMIUM_HELP, findChromium } from './find-chromium.mjs';

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = Math.max(7, Number(runsArg?.slice('--runs='.length) ?? 9) || 9);

const chromium = findChromium();
if (!chromium) {
  console.error(`\n${CHROMIUM_HELP}\n`);
  process.exit(1);
}

if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a local URL');
// browser.ts reads both when it is first imported.
process.env.CHROMIUM = chromium;
process.env.E2E_BASE_URL = url;
const { launch } = await import('../tests/e2e/browser.ts');
const perf = await import('../tests/e2e/perf-helpers.ts');
const { BUDGETS, MARGIN, formatFigure, within } = perf;

const figures = [];
const report = (figure) => {
  figures.push(figure);
  console.log(formatFigure(figure));
};

const chunks = perf.jsChunks('dist');
console.log('JavaScript chunks (gzip -9, 1 KB = 1000 B):');
for (const c of chunks) console.log(`  ${c.gzipKB.toFixed(1).padStart(6)} KB  ${c.file}`);

const browser = await launch();
const newPage = async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  return context.newPage();
};
const open = (page) => page.goto(new URL('?s=aerospace', url).toString());

try {
  // Sizes.
  let page = await newPage();
  await open(page);
  const firstScreen = new Set(await perf.firstScreenScripts(page));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // idle work: charts, then the prefetch of the other views
  const afterIdle = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)));
  await page.context().close();
  const loadedAfterIdle = chunks.filter((c) => [...afterIdle].some((name) => name.endsWith(`/${c.file}`)));
  console.log(`  first screen: ${[...firstScreen].join(', ')}`);
  report({ name: 'JS total (gzip)', value: perf.sumKB(chunks), budget: BUDGETS.jsTotalKB, unit: 'KB' });
  report({
    name: 'first-screen JS (gzip)',
    value: perf.sumKB(chunks.filter((c) => firstScreen.has(c.file))),
    budget: BUDGETS.firstScreenKB,
    unit: 'KB',
    note: `requested before the matches first render; ${perf.sumKB(loadedAfterIdle).toFixed(1)} KB once idle work has run`,
  });
  report({
    name: 'default dataset (gzip)',
    value: perf.datasetKB('public/data'),
    budget: BUDGETS.datasetKB,
    unit: 'KB',
  });

  // First render: the median of five fresh page loads (a cold browser cache each time).
  const firsts = [];
  for (let i = 0; i < 5; i += 1) {
    page = await newPage();
    await open(page);
    firsts.push(await perf.firstRenderMs(page));
    await page.context().close();
  }
  firsts.sort((a, b) => a - b);
  report({
    name: 'first render of the ranked matches',
    value: perf.median(firsts),
    budget: BUDGETS.firstRenderMs,
    unit: 'ms',
    note: `median of 5 loads, after navigation; range ${firsts[0].toFixed(0)}–${firsts.at(-1).toFixed(0)} ms`,
  });

  // Re-rank + re-render on the real dataset.
  page = await newPage();
  await open(page);
  await perf.firstRenderMs(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const times = await perf.rerankTimes(page, RUNS);
  await page.context().close();
  report({
    name: 're-rank + re-render after a profile change (median)',
    value: perf.median(times),
    budget: BUDGETS.rerankMedianMs,
    unit: 'ms',
    note: `${times.length} sector toggles, range ${times[0].toFixed(1)}–${times.at(-1).toFixed(1)} ms`,
  });

  // Long tasks with 1,000 synthetic clusters.
  page = await newPage();
  await perf.serveClusters(page, perf.syntheticClusters(readFileSync('public/data/clusters.json', 'utf8'), 1000));
  await perf.observeLongTasks(page);
  await open(page);
  const firstSynthetic = await perf.firstRenderMs(page);
  await page.locator('.leaflet-container path.leaflet-interactive').first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const loadTasks = await perf.takeLongTasks(page);
  await perf.panAndScroll(page);
  const tasks = await perf.takeLongTasks(page);
  await page.context().close();
  report({
    name: 'longest task while panning and scrolling (1,000 clusters)',
    value: Math.max(0, ...tasks),
    budget: BUDGETS.longTaskMs,
    unit: 'ms',
    note: `${tasks.length} long task(s) ≥ 50 ms; while loading: first render ${firstSynthetic.toFixed(0)} ms, longest task ${Math.max(0, ...loadTasks).toFixed(0)} ms`,
  });
} finally {
  await browser.close();
  await server.close();
}

const over = figures.filter((f) => !within(f, MARGIN));
if (over.length > 0) console.error(`\n${over.length} figure(s) over ${MARGIN}× their budget.`);
process.exit(over.length > 0 ? 1 : 0);
