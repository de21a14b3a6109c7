import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, launch, launchWithProfile, openPage } from './browser';
import { matchItems } from './helpers';
import { cacheNames, tryUpdate, untilControlled } from './service-worker';
import { startTestServer, type TestServer } from './test-server';

// Version 1 is the build run-e2e.mjs made (dist/). Version 2 is built here: its code marks the page
// (<html data-build="v2">) and its dataset has version 1.0.1, so every chunk and the data differ.
const V1 = 'dist';
let v2Root: string;
let V2: string;
let browser: Browser;
let server: TestServer;

async function buildV2(): Promise<void> {
  v2Root = mkdtempSync(join(tmpdir(), 'eu-mx-v2-'));
  V2 = join(v2Root, 'dist');
  const publicDir = join(v2Root, 'public');
  cpSync('public', publicDir, { recursive: true });
  // One dataset version for the whole set: meta.json names it, every other file carries it.
  for (const file of readdirSync(join(publicDir, 'data'))) {
    const path = join(publicDir, 'data', file);
    const body = JSON.parse(readFileSync(path, 'utf8'));
    const next = file === 'meta.json' ? { ...body, version: '1.0.1' } : { ...body, datasetVersion: '1.0.1' };
    writeFileSync(path, JSON.stringify(next));
  }
  // Vitest runs with NODE_ENV=test, which would build without the service worker registration.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      logLevel: 'warn',
      publicDir,
      build: { outDir: V2, emptyOutDir: true },
      plugins: [
        {
          name: 'e2e-version-2',
          transform: (code, id) =>
            id.endsWith('/src/main.tsx') ? `${code}\ndocument.documentElement.dataset.build = 'v2';\n` : null,
        },
      ],
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

function mixed(): string {
  const dir = join(v2Root, 'mixed');
  cpSync(V2, dir, { recursive: true });
  cpSync(join(V1, 'index.html'), join(dir, 'index.html'));
  return dir;
}

const chunk = (root: string, prefix: string) =>
  `/assets/${readdirSync(join(root, 'assets')).find((f) => f.startsWith(prefix) && f.endsWith('.js'))}`;

/** A code chunk version 2 has and version 1 has not (a lazy view's when it changed, else the entry). */
function newChunk(): string {
  const v1 = new Set(readdirSync(join(V1, 'assets')));
  const fresh = readdirSync(join(V2, 'assets')).filter((f) => f.endsWith('.js') && !v1.has(f));
  const pick =
    fresh.find((f) => f.startsWith('meetings-view-')) ?? fresh.find((f) => f.startsWith('index-')) ?? fresh[0];
  if (!pick) throw new Error('version 2 has no chunk of its own');
  return `/assets/${pick}`;
}

beforeAll(async () => {
  await buildV2();
  browser = await launch();
  server = await startTestServer(V1);
}, 120_000);
beforeEach(() => server.heal());
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (v2Root) rmSync(v2Root, { recursive: true, force: true });
});

const version = (page: Page) => page.evaluate(() => document.documentElement.dataset.build ?? 'v1');
// The header's dataset line names the version in its title (the line itself says the source years).
const dataVersion = async (page: Page) => {
  const line = page.getByRole('banner').locator('[title*="dataset version"]');
  const title = (await line.count()) > 0 ? await line.first().getAttribute('title') : null;
  return /dataset version ([^\s,]+)/.exec(title ?? '')?.[1] ?? 'none';
};
const updateNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version' });

/** The matches render and the saved meeting list opens with the shortlisted cluster. */
async function appWorks(page: Page, shortlisted: string) {
  await matchItems(page).first().waitFor();
  expect(await page.locator('#root').innerText()).not.toBe('');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Shortlist & meetings/ })
    .click();
  await page.getByRole('region', { name: 'Meeting list' }).getByRole('heading', { name: 'Meeting list' }).waitFor();
  expect(await page.getByRole('list', { name: 'Shortlisted clusters' }).innerText()).toContain(shortlisted);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dashboard' }).click();
}

async function offlineReload(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  server.down();
  await page.reload();
}

async function online(context: BrowserContext) {
  await context.setOffline(false);
  server.heal();
}

describe('updates that never blank the page (service worker, Chromium, local test server)', () => {
  it('an interrupted update keeps the previous version complete online and offline; a complete one is offered, then used', async () => {
    const v2Chunk = newChunk();
    expect(readdirSync(join(V1, 'assets'))).not.toContain(v2Chunk.slice('/assets/'.length));

    // (a) Version 1 online: the worker stores it and controls the page.
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, '?s=aerospace', undefined, {
      serviceWorkers: 'allow',
      baseUrl: server.url,
    });
    await matchItems(page).first().waitFor();
    await untilControlled(page);
    const [v1Cache] = await cacheNames(page);
    expect(await cacheNames(page)).toEqual([v1Cache]);
    const first = matchItems(page).first();
    const shortlisted = (await first.getByRole('button').first().innerText()).trim();
    await first.getByRole('button', { name: /^Add .* to shortlist$/ }).click();

    // (b) Version 2 is deployed, but its sw.js cannot be fetched, then one of its chunks cannot.
    server.serve(V2);
    server.fail({ '/sw.js': 500 });
    await page.reload();
    expect(await tryUpdate(page)).toBe('unreachable');
    expect(await version(page)).toBe('v1');
    server.heal();
    server.fail({ [v2Chunk]: 'reset' });
    await page.reload();
    expect(await tryUpdate(page)).toBe('redundant');
    // A deployment caught half-way: version 2's worker next to version 1's page.
    server.heal();
    server.serve(mixed());
    expect(await tryUpdate(page)).toBe('redundant');
    server.serve(V2);
    server.fail({ [v2Chunk]: 'reset' });
    // Online, the page, its code and its data are still version 1's, all from one cache.
    expect(await version(page)).toBe('v1');
    expect(await dataVersion(page)).toBe('1.0.0');
    expect(await cacheNames(page)).toEqual([v1Cache]);
    expect(await updateNotice(page).count()).toBe(0);
    await offlineReload(context, page);
    await appWorks(page, shortlisted);
    expect(await version(page)).toBe('v1');

    // (c) Version 2 complete: the open tab is told, and switches only when asked.
    await online(context);
    expect(await tryUpdate(page)).toBe('installed');
    await updateNotice(page).waitFor();
    await page.screenshot({ path: artifactPath('update-notice.png') });
    expect(await version(page)).toBe('v1');
    await Promise.all([page.waitForEvent('load'), updateNotice(page).getByRole('button', { name: 'Reload' }).click()]);
    await matchItems(page).first().waitFor();
    expect(await version(page)).toBe('v2');
    expect(await dataVersion(page)).toBe('1.0.1');
    const caches = await cacheNames(page);
    expect(caches).toHaveLength(1);
    expect(caches).not.toContain(v1Cache);
    await offlineReload(context, page);
    await appWorks(page, shortlisted);
    expect(await version(page)).toBe('v2');
    expect(await updateNotice(page).count()).toBe(0);

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await online(context);
    await context.close();
  });

  it('a view whose code cannot be loaded says so and offers a reload that works', async () => {
    server.serve(V1);
    server.fail({ [chunk(V1, 'meetings-view-')]: 'reset' });
    const { page, context } = await openPage(browser, '?s=aerospace', undefined, { baseUrl: server.url });
    await matchItems(page).first().waitFor();
    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('button', { name: /Shortlist & meetings/ }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This part of the app could not be loaded' });
    await alert.waitFor();

    server.heal();
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload' }).click()]);
    await matchItems(page).first().waitFor();
    await views.getByRole('button', { name: /Shortlist & meetings/ }).click();
    await page.getByRole('region', { name: 'Meeting list' }).getByRole('heading', { name: 'Meeting list' }).waitFor();
    await context.close();
  });

  it('the web app manifest makes the dashboard installable', async () => {
    server.serve(V1);
    const context = await launchWithProfile(join(v2Root, 'profile'));
    const page = await context.newPage();
    await page.goto(server.url);
    await untilControlled(page);
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    await context.close();
  });
});
