// The workshop header and dialogs at 1366×768, the usual projector and laptop size: the header is one
// row in English and in Spanish, the Your data menu works from the keyboard, and a tall dialog keeps its
// title and buttons on screen while only its body scrolls (also at 200 % zoom, 683×384 CSS pixels).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { ui } from './catalog-names';
import { fromYourData } from './helpers';
import { openAt, shotPath, type Size } from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const LAPTOP: Size = { width: 1366, height: 768 };
const ZOOMED: Size = { width: 683, height: 384, scale: 2 };
const SHEET = ['Organisation,State,Website', ...Array.from({ length: 30 }, (_, i) => `Cluster ${i + 1},Sonora,`)].join(
  '\n',
);

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

/** The boxes of the header's parts: the title with its dataset line, each view button, each action. */
async function headerParts(page: Page) {
  const banner = page.getByRole('banner');
  const parts = [
    banner.getByRole('heading', { level: 1 }),
    ...(await banner.getByRole('navigation').getByRole('button').all()),
    ...(await banner.locator(':scope > div:last-child > *').all()),
  ];
  return Promise.all(parts.map(box));
}

describe('header and dialogs at 1366×768 (production build, Chromium)', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`the header is one row in ${lang === 'en' ? 'English' : 'Spanish'}, with the dataset line readable`, async () => {
      const { page, context, consoleErrors } = await openAt(browser, LAPTOP, `?s=aerospace&lang=${lang}`);
      const header = await box(page.getByRole('banner'));
      const parts = await headerParts(page);
      expect(parts.length).toBeGreaterThanOrEqual(8);
      // One row: every part overlaps every other vertically, and the header is that row's height.
      const top = Math.max(...parts.map((p) => p.y));
      const bottom = Math.min(...parts.map((p) => p.y + p.height));
      expect(top, 'a part starts below another one ends').toBeLessThan(bottom);
      const title = await box(page.getByRole('banner').locator('h1').locator('..'));
      expect(header.height).toBeLessThanOrEqual(Math.max(title.height, ...parts.map((p) => p.height)) + 12.5);
      for (const p of parts) expect(p.x + p.width).toBeLessThanOrEqual(LAPTOP.width);
      // The dataset line is shown whole (in at most two lines), not cut to an ellipsis.
      const line = page.getByRole('banner').locator('[title]').first();
      expect(await line.innerText()).toMatch(/2016–2020/);
      const lineBox = await box(line);
      expect(lineBox.width).toBeGreaterThanOrEqual(250);
      expect(lineBox.height).toBeLessThanOrEqual(33);
      await page.screenshot({ path: shotPath(`header-${lang}-1366`), clip: { x: 0, y: 0, width: 1366, height: 120 } });
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('at 200 % zoom the header wraps, every action stays on screen and the page does not scroll sideways', async () => {
    const { page, context } = await openAt(browser, ZOOMED, '?s=aerospace&lang=es');
    for (const p of await headerParts(page)) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(ZOOMED.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(ZOOMED.width);
    await context.close();
  });

  it('the Your data menu opens from the keyboard, moves with the arrows and gives the focus back on Escape', async () => {
    const { page, context } = await openAt(browser, LAPTOP);
    const button = page.getByRole('banner').getByRole('button', { name: 'Your data' });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Your data' });
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Add an organisation');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Saved data');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // Enter on an item opens its dialog; closing it brings the focus back to the menu button.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import organisations from a sheet' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  for (const size of [LAPTOP, ZOOMED])
    it(`a long import keeps its title and Import button on screen at ${size.width}×${size.height}`, async () => {
      const { page, context } = await openAt(browser, size);
      await fromYourData(page, 'Import organisations from a sheet');
      const dialog = page.getByRole('dialog', { name: ui('Import organisations from a sheet') });
      await dialog.getByLabel('Choose a CSV or .xlsx file').setInputFiles({
        name: 'partners.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(SHEET, 'utf8'),
      });
      await dialog.getByRole('region', { name: 'What each row does' }).waitFor();
      const onScreen = async (locator: Locator) => {
        const b = await box(locator);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height).toBeLessThanOrEqual(size.height);
      };
      await onScreen(dialog);
      await onScreen(dialog.getByRole('heading', { name: 'Import organisations from a sheet' }));
      await onScreen(dialog.getByRole('button', { name: 'Import 30 rows' }));
      // Only the body scrolls: the report is longer than the window, the dialog itself is not.
      expect(await dialog.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
      if (size === LAPTOP) await page.screenshot({ path: shotPath('import-dialog-768') });
      await context.close();
    });
});
