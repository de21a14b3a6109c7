// Issue 19: screens that hold up on a projector, at 200 % and 400 % zoom and on paper.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { ui } from './catalog-names';
import { openTab } from './helpers';
import { documentBox, openAt, printedPages, scoreOverNames, shotPath, type Size } from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP: Size[] = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
// 200 % zoom of a 1366×768 and of a 1280 px window, and 400 % of a 1280 px window (WCAG 1.4.10).
const ZOOMED: Size[] = [
  { width: 683, height: 384, scale: 2 },
  { width: 640, height: 720 },
  { width: 320, height: 640 },
];
const name = ({ width, height, scale = 1 }: Size) => `${width}x${height}${scale === 1 ? '' : `@${scale}x`}`;

async function headerButtonsOnScreen(page: Page) {
  const width = await page.evaluate(() => window.innerWidth);
  const banner = page.getByRole('banner');
  for (const button of [
    banner.getByRole('button', { name: 'Present' }),
    banner.getByRole('button', { name: 'Copy share link' }),
  ]) {
    const box = await button.boundingBox();
    expect(box, 'header button laid out').not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
  }
}

describe('layout (production build, Chromium)', () => {
  it('on desktop windows the page is exactly the window: the wheel and End never scroll it into emptiness', async () => {
    for (const size of DESKTOP) {
      const { page, context, consoleErrors } = await openAt(browser, size);
      const box = await documentBox(page);
      expect(box.scrollHeight, `${name(size)} height`).toBeLessThanOrEqual(box.clientHeight);
      expect(box.scrollWidth, `${name(size)} width`).toBeLessThanOrEqual(box.clientWidth);
      // A wheel over the header and between panels, then End on the page: the window stays put.
      await page.mouse.move(size.width / 2, 20);
      await page.mouse.wheel(0, 3000);
      await page.mouse.move(size.width - 4, size.height - 4);
      await page.mouse.wheel(0, 3000);
      await page.locator('body').focus();
      await page.keyboard.press('End');
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => window.scrollY), `${name(size)} scrolled`).toBe(0);
      expect(await scoreOverNames(page)).toEqual([]);
      await headerButtonsOnScreen(page);
      // Every part gets a readable size: the list, the map and the tab panel under it.
      for (const [label, minHeight] of [
        ['Matches', 400],
        ['Map of matches', 240],
      ] as const) {
        const region = await page.getByRole('region', { name: label, exact: true }).boundingBox();
        expect(region?.height ?? 0, `${name(size)} ${label}`).toBeGreaterThanOrEqual(minHeight);
      }
      // The map itself, not only its region: its toolbar must never squeeze it to nothing (at
      // 1024×768 a 2:3 split once left the map 0 px tall under its toolbar and legend).
      const mapBox = await page.locator('.leaflet-container').first().boundingBox();
      expect(mapBox?.height ?? 0, `${name(size)} map`).toBeGreaterThanOrEqual(140);
      const tabPanel = await page.getByRole('tabpanel', { name: 'Charts' }).boundingBox();
      expect(tabPanel?.height ?? 0).toBeGreaterThanOrEqual(270);
      expect(tabPanel?.width ?? 0).toBeGreaterThanOrEqual(360);
      await page.screenshot({ path: shotPath(`layout-${name(size)}`) });
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });

  it('at 200 % and 400 % zoom the panels reflow into one column with no horizontal scrolling', async () => {
    for (const size of ZOOMED) {
      const { page, context, consoleErrors } = await openAt(browser, size);
      const box = await documentBox(page);
      expect(box.scrollWidth, `${name(size)} width`).toBeLessThanOrEqual(box.clientWidth);
      await headerButtonsOnScreen(page);
      expect(await scoreOverNames(page)).toEqual([]);
      // One column: the map comes below the list, at the list's width.
      const list = await page.getByRole('region', { name: 'Matches', exact: true }).boundingBox();
      const map = await page.getByRole('region', { name: 'Map of matches', exact: true }).boundingBox();
      expect(map?.y ?? 0).toBeGreaterThan((list?.y ?? 0) + (list?.height ?? 0) - 1);
      expect(Math.abs((map?.width ?? 0) - (list?.width ?? 0))).toBeLessThan(2);
      await page.screenshot({ path: shotPath(`layout-${name(size)}`) });
      await page.screenshot({ path: shotPath(`layout-${name(size)}-full`), fullPage: true });
      // Each tab's content reflows too.
      for (const tab of ['Policies', 'Charts']) {
        await openTab(page, tab);
        expect((await documentBox(page)).scrollWidth, `${name(size)} ${tab}`).toBeLessThanOrEqual(box.clientWidth);
      }
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });

  it('Ctrl+P on the dashboard prints a summary of at most three A4 pages, in English and in Spanish', async () => {
    // Two sectors: with one chosen the list holds only its clusters and related ones (aerospace
    // ranks 9), and the summary is to hold a full top ten.
    for (const path of ['?s=aerospace,automotive', '?s=aerospace,automotive&lang=es']) {
      const { page, context } = await openAt(browser, { width: 1366, height: 768 }, path);
      // Ctrl+P fires `beforeprint` before the print layout: the summary must exist when it returns.
      const built = await page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        return document.querySelectorAll('article tbody tr').length;
      });
      expect(built).toBeGreaterThanOrEqual(10);
      await page.emulateMedia({ media: 'print' });
      // On paper the summary shows and the interactive dashboard does not.
      const summary = page.getByRole('article', { name: ui('EU–Mexico Cluster Matchmaking: summary') });
      await summary.getByRole('table').locator('tbody tr').nth(9).waitFor();
      await summary.locator('.leaflet-container svg path').first().waitFor();
      expect(await page.getByRole('main').isVisible()).toBe(false);
      const pages = await printedPages(page);
      expect(pages, path).toBeGreaterThanOrEqual(1);
      expect(pages, path).toBeLessThanOrEqual(3);
      console.log(`dashboard print ${path}: ${pages} A4 pages`);
      const texts = await summary
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.getBoundingClientRect())));
      // No score printed over a name: the cells of each row sit side by side.
      for (const cells of texts)
        for (let i = 1; i < cells.length; i += 1)
          expect(cells[i]?.left ?? 0).toBeGreaterThanOrEqual((cells[i - 1]?.right ?? 0) - 0.5);
      await page.setViewportSize({ width: 700, height: 1000 });
      await page.screenshot({ path: shotPath(`print-summary${path.includes('es') ? '-es' : ''}`), fullPage: true });
      await context.close();
    }
  });
});
