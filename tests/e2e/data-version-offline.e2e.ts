import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { matchItems } from './helpers';
import { cacheNames } from './service-worker';
import { startTestServer, type TestServer } from './test-server';

// Issue 14, item 8, with the offline copy: a deployment caught half-way, whose data files are of two
// versions, must not become the offline copy (every later visit would be refused); a complete one does.
let browser: Browser;
let server: TestServer;
let root: string;
let mixed: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'eu-mx-mixed-data-'));
  mixed = join(root, 'dist');
  cpSync('dist', mixed, { recursive: true });
  const eu = join(mixed, 'data', 'eu.json');
  writeFileSync(eu, JSON.stringify({ ...JSON.parse(readFileSync(eu, 'utf8')), datasetVersion: '0.9.0' }));
  browser = await launch();
  server = await startTestServer(mixed);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** How installing this build's worker ends: 'installed' or 'activated' when complete, 'redundant' when refused. */
function installOutcome(page: Page): Promise<string> {
  return page.evaluate(async () => {
    // Joins the page's own registration (or retries it when that one already failed).
    const registration = await navigator.serviceWorker.register('sw.js');
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker) return 'none';
    return new Promise<string>((resolve) => {
      const check = () => ['installed', 'activated', 'redundant'].includes(worker.state) && resolve(worker.state);
      worker.addEventListener('statechange', check);
      check();
    });
  });
}

describe('a dataset of two versions and the offline copy (production build, Chromium)', () => {
  it('is refused by the page and not installed; once the deployment is complete, it installs', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, {
      serviceWorkers: 'allow',
      baseUrl: server.url,
    });
    await page.getByRole('heading', { name: 'The data files are of different versions' }).waitFor();
    expect(await installOutcome(page)).toBe('redundant');
    expect(await cacheNames(page)).toEqual([]);

    server.serve('dist');
    await page.reload();
    await matchItems(page).first().waitFor();
    expect(['installed', 'activated']).toContain(await installOutcome(page));
    expect(await cacheNames(page)).toHaveLength(1);
    // The failed install rejects inside the worker; the page itself logs nothing.
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
