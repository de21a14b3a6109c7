import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';
import { chooseSector, mapRegion, matchItems, openTab, topMatchNames } from './helpers';

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

    // Every placed match is on the map: as its own marker or counted in a bubble of neighbours too
    // close to tell apart (Monterrey, Querétaro), which splits when clicked.
    const map = mapRegion(page);
    const bubbles = map.getByRole('button', { name: /clusters here, best score \d+\/100/ });
    await bubbles.first().waitFor();
    const onMap = async () => {
      const counts = await bubbles.evaluateAll((els) =>
        els.map((e) => Number(/^(\d+)/.exec(e.getAttribute('title') ?? '')?.[1] ?? 0)),
      );
      const markers = await map.locator('path[role="img"]').count();
      return { bubbles: counts.length, total: counts.reduce((a, b) => a + b, 0) + markers, markers };
    };
    const placed = Number(/(\d+) shown/.exec((await map.getByText(/\d+ shown/).textContent()) ?? '')?.[1]);
    // The map may still be fitting its first view: wait for it to settle on the full count.
    await expect.poll(async () => (await onMap()).total, { timeout: 10_000 }).toBe(placed);
    const before = await onMap();
    expect(before.bubbles).toBeGreaterThan(0);
    // Clicking a bubble zooms in on it: its clusters are then drawn one by one (markers now outside
    // the view are not drawn, so the count of markers alone need not grow).
    const markerNames = () => map.locator('path[role="img"]').evaluateAll((els) => els.map((e) => e.ariaLabel));
    const seen = new Set(await markerNames());
    const bubble = bubbles.first();
    const held = Number(/^(\d+)/.exec((await bubble.getAttribute('title')) ?? '')?.[1]);
    expect(held).toBeGreaterThan(1);
    await bubble.click();
    await expect
      .poll(async () => (await markerNames()).filter((n) => !seen.has(n)).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(held);

    await openTab(page, 'Policies');
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

    await page.waitForURL(/[?&]sel=/);
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
