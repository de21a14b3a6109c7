import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';
import { chooseSector, mapRegion, matchItems } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STATE_NAMES = [
  'Aguascalientes',
  'Baja California',
  'Baja California Sur',
  'Campeche',
  'Chiapas',
  'Chihuahua',
  'Ciudad de México',
  'Coahuila',
  'Colima',
  'Durango',
  'Guanajuato',
  'Guerrero',
  'Hidalgo',
  'Jalisco',
  'Estado de México',
  'Michoacán',
  'Morelos',
  'Nayarit',
  'Nuevo León',
  'Oaxaca',
  'Puebla',
  'Querétaro',
  'Quintana Roo',
  'San Luis Potosí',
  'Sinaloa',
  'Sonora',
  'Tabasco',
  'Tamaulipas',
  'Tlaxcala',
  'Veracruz',
  'Yucatán',
  'Zacatecas',
];

/** Where Mexico's outline and the legend sit, against the map's own box. */
async function pointMapLayout(page: Page) {
  const map = mapRegion(page);
  await map.locator('.leaflet-container path').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(400);
  return map.evaluate((root) => {
    const container = root.querySelector('.leaflet-container') as HTMLElement;
    const box = container.getBoundingClientRect();
    // The base geography draws Mexico in its own fill; its box is the country's.
    const mexico = [...container.querySelectorAll('path')].find((p) => p.getAttribute('fill') === '#f8fafc');
    const country = mexico?.getBoundingClientRect();
    const legend = root.querySelector('[role="group"][aria-label="Map legend"]')?.getBoundingClientRect();
    return {
      map: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      mexico: country && { left: country.left, top: country.top, right: country.right, bottom: country.bottom },
      legendOverMap: legend ? legend.top < box.bottom && legend.bottom > box.top : null,
    };
  });
}

describe('the map of states (production build, Chromium)', () => {
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    it(`shows all of Mexico, Tijuana to Cancún, at ${width}×${height}, with the legend outside the map`, async () => {
      const { page, context, consoleErrors } = await openPage(browser, '', { width, height });
      await chooseSector(page, 'Aerospace');
      const layout = await pointMapLayout(page);
      const { map, mexico } = layout;
      if (!mexico) throw new Error('no outline of Mexico on the map');
      await page.screenshot({ path: artifactPath(`map-points-${width}x${height}.png`) });
      expect(mexico.left).toBeGreaterThanOrEqual(map.left - 1);
      expect(mexico.top).toBeGreaterThanOrEqual(map.top - 1);
      expect(mexico.right).toBeLessThanOrEqual(map.right + 1);
      expect(mexico.bottom).toBeLessThanOrEqual(map.bottom + 1);
      // A small map starts with its legend folded; unfolded, it sits under the map, not over it.
      const show = mapRegion(page).getByRole('button', { name: 'Show legend' });
      if (await show.count()) await show.click();
      expect((await pointMapLayout(page)).legendOverMap).toBe(false);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('draws 32 named states, and a click or Enter on one filters the list by it', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await chooseSector(page, 'Aerospace');
    const map = mapRegion(page);
    await map.getByRole('button', { name: 'States', exact: true }).click();
    const states = map.getByRole('group', { name: /Mexico's 32 states by strength in aerospace/ });
    const shapes = states.getByRole('button');
    await expect.poll(() => shapes.count()).toBe(32);
    const names = await shapes.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    for (const name of STATE_NAMES)
      expect(
        names.some((n) => n.startsWith(`${name}: `)),
        name,
      ).toBe(true);
    expect(names.find((n) => n.startsWith('Querétaro: '))).toMatch(/^Querétaro: (strong|fair|modest) in aerospace$/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath('map-states-1366x768.png') });
    // Names are written on the map itself where they fit at a readable size (abbreviated where a
    // state is small; every state is named in full on hover, on focus and in the table), and
    // the levels differ: a choropleth, not one colour.
    const labels = await states.locator('text').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(Chihuahua|Chih\.)$/),
        expect.stringMatching(/^(Sonora|Son\.)$/),
      ]),
    );
    const levels = await shapes.evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-level'))).size);
    expect(levels).toBeGreaterThanOrEqual(3);

    const before = await matchItems(page).count();
    await states.getByRole('button', { name: /^Chihuahua: / }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'State' }).inputValue()).toBe('CHH');
    await expect.poll(() => matchItems(page).count()).toBeLessThan(before);
    const shown = await matchItems(page).allInnerTexts();
    for (const text of shown) expect(text).toContain('Chihuahua');
    expect(await states.getByRole('button', { name: /^Chihuahua: / }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: artifactPath('map-states-filtered-1366x768.png') });

    // The keyboard: one Tab stop, arrows move to the next state by name, Enter filters by it.
    await states.getByRole('button', { name: /^Chihuahua: / }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: 'State' }).inputValue()).toBe('CMX');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: 'State' }).inputValue()).toBe('');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
