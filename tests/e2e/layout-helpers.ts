import { mkdirSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL } from './browser';
import { ui } from './catalog-names';
import { matchItems } from './helpers';

/** Screenshots to look at while working (not committed). */
export function shotPath(name: string): string {
  mkdirSync('tmp-shots', { recursive: true });
  return `tmp-shots/${name}.png`;
}

export interface Size {
  width: number;
  height: number;
  scale?: number;
}

/** The aerospace dashboard at a window size (and zoom), once the list, the map and the charts are drawn. */
export async function openAt(browser: Browser, size: Size, path = '?s=aerospace') {
  const { width, height, scale = 1 } = size;
  // A 200 % zoom is a window of half the CSS pixels at twice the device pixels.
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: scale,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(new URL(path, BASE_URL).toString());
  await settle(page);
  return { context, page, consoleErrors };
}

async function settle(page: Page) {
  await matchItems(page).first().waitFor();
  await page
    .getByRole('region', { name: ui('Map of matches') })
    .getByRole('img')
    .first()
    .waitFor({ state: 'attached' });
  await page
    .getByRole('region', { name: ui('Charts') })
    .getByRole('figure')
    .first()
    .waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

/** The document's scroll size against the window's. */
export function documentBox(page: Page) {
  return page.evaluate(() => {
    const { scrollWidth, clientWidth, scrollHeight, clientHeight } = document.documentElement;
    return { scrollWidth, clientWidth, scrollHeight, clientHeight };
  });
}

/** Match items (of the first `n`) whose name shares a line box with its score. */
export function scoreOverNames(page: Page, n = 12) {
  return matchItems(page).evaluateAll((items, count) => {
    const hits: string[] = [];
    for (const li of items.slice(0, count)) {
      const row = li.firstElementChild;
      const name = row?.querySelector('button');
      const score = row?.lastElementChild;
      if (!name || !score || score === name) continue;
      const range = document.createRange();
      range.selectNodeContents(name);
      const s = score.getBoundingClientRect();
      const overlaps = [...range.getClientRects()].some(
        (r) => r.width > 0 && r.left < s.right && r.right > s.left && r.top < s.bottom && r.bottom > s.top,
      );
      if (overlaps) hits.push(name.textContent ?? '');
    }
    return hits;
  }, n);
}

/** Pages of the dashboard printed on A4 (print media), counted by a PDF parser. */
export async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}
