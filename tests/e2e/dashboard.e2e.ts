import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';
import { chooseSector, mapRegion, matchItems, topMatchNames } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const AEROSPACE = [
  'Aerocluster de Querétaro',
  "Chihuahua's Aerospace Cluster",
  'Aerospace Alliance of Baja California, A.C',
  'Baja Clúster Aeroespacial',
  'Monterrey Aerocluster',
  'Cluster Aeroespacial Sonora',
];

describe('dashboard journeys (production build, Chromium)', () => {
  it('Aerospace: the aerospace clusters of the five states lead, show on the map, and aerospace programmes are listed', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await chooseSector(page, 'Aerospace');
    const top = await topMatchNames(page, 6);
    expect(new Set(top).size).toBe(6);
    for (const name of top)
      expect(
        AEROSPACE.some((a) => name.normalize('NFC') === a.normalize('NFC')),
        name,
      ).toBe(true);

    const map = mapRegion(page);
    for (const name of top)
      await map.getByRole('img', { name: new RegExp(`^${escape(name)}:`) }).waitFor({ state: 'attached' });
    // Clusters sharing a city are spread apart, each tied to the real position by a thin leg, drawn
    // under the markers so none is hidden.
    const layout = await map.locator('.leaflet-container').evaluate((root) => {
      const paths = [...root.querySelectorAll('path')];
      const legs = paths.filter(
        (p) => p.getAttribute('stroke') === '#475569' && !p.classList.contains('leaflet-interactive'),
      );
      const firstMarker = paths.findIndex((p) => p.getAttribute('role') === 'img');
      return { legs: legs.length, legsBelow: legs.every((l) => paths.indexOf(l) < firstMarker) };
    });
    expect(layout.legs).toBeGreaterThan(10);
    expect(layout.legsBelow).toBe(true);

    const policies = page.getByRole('region', { name: 'Relevant policies' });
    // Pro-Aéreo (2012–2020) has ended at today's as-of date: ended items follow the first five.
    await policies.getByRole('button', { name: /^Show all \d+: Federal and sectoral/ }).click();
    await policies
      .getByText(/Pro-Aéreo/)
      .first()
      .waitFor();
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('ICT: the labelled ICT clusters rank high and their labels read as expired', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await chooseSector(page, 'ICT and software');
    const items = matchItems(page);
    await items.first().waitFor();
    const topFive = await items.evaluateAll((els) => els.slice(0, 5).map((el) => el.textContent ?? ''));
    const labelled = topFive.filter((t) => /ESCA label/.test(t));
    expect(labelled.length).toBeGreaterThanOrEqual(3);
    for (const text of labelled) expect(text).toMatch(/expired/);
    expect(topFive.join(' ')).toMatch(/CSoftMty|Consejo de Software/i);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('selecting a match opens its detail, highlights it on the map, and the URL reopens the same view', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await chooseSector(page, 'Aerospace');
    const first = matchItems(page).first();
    const name = (await first.getByRole('button').first().innerText()).trim();
    await first.getByRole('button', { name, exact: true }).click();
    const detail = page.getByRole('dialog', { name });
    await detail.waitFor();
    await detail
      .getByText(/Sources/i)
      .first()
      .waitFor();
    await mapRegion(page)
      .getByRole('img', { name: new RegExp(`^${escape(name)}:.*\\(selected\\)`) })
      .waitFor({ state: 'attached' });

    const url = page.url();
    expect(url).toMatch(/[?&]s=aerospace/);
    expect(url).toMatch(/[?&]sel=/);
    const again = await openPage(browser, url.slice(url.indexOf('?')));
    await again.page.getByRole('dialog', { name }).waitFor();
    expect(
      await again.page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Aerospace' }).isChecked(),
    ).toBe(true);
    expect((await topMatchNames(again.page, 1))[0]).toBe(name);
    expect(consoleErrors).toEqual([]);
    await again.context.close();
    await context.close();
  });

  it('fits one screen at 1366×768 and 1920×1080 without horizontal scrolling (screenshots saved)', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ]) {
      const { page, context } = await openPage(browser, '?s=aerospace', { width, height });
      await matchItems(page).first().waitFor();
      await mapRegion(page).getByRole('img').first().waitFor({ state: 'attached' });
      await page.getByRole('region', { name: 'Charts' }).getByRole('heading').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: artifactPath(`dashboard-${width}x${height}.png`) });
      await context.close();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
