import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';
import { openTab } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell in Chromium (production build)', () => {
  it('loads the dataset, shows the regions and an offline map of Mexico, with no console errors or foreign requests', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await page.getByRole('heading', { name: 'EU–Mexico Cluster Matchmaking' }).waitFor();
    for (const name of ['Matches', 'Map of matches', 'Charts']) {
      await page.getByRole('region', { name, exact: true }).waitFor();
    }
    // The policies share the pane under the map with the charts, one tab at a time.
    await openTab(page, 'Policies');
    await page.getByRole('region', { name: 'Relevant policies', exact: true }).waitFor();
    // Mexico is drawn from the bundled geography as an SVG path inside the map.
    const map = page.getByRole('region', { name: 'Map of matches' });
    await map.locator('path.leaflet-interactive, svg path').first().waitFor();
    const paths = await map.locator('svg path').count();
    expect(paths).toBeGreaterThan(0);
    await map.getByRole('link', { name: 'Natural Earth' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: artifactPath('shell-1366x768.png') });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
