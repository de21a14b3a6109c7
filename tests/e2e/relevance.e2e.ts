import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';
import { chooseSector, matchItems } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The match list is virtualised: only items near the view are in the DOM, each says the list's
// real length (aria-setsize) and its place in it (aria-posinset).
async function listSize(page: Page): Promise<number> {
  const first = matchItems(page).first();
  await first.waitFor();
  return Number(await first.getAttribute('aria-setsize'));
}

/** Scrolls the list until the item at position pos (1-based) is drawn, and returns it. */
async function itemAt(page: Page, pos: number) {
  const items = matchItems(page);
  const item = items.locator(`xpath=self::*[@aria-posinset="${pos}"]`);
  for (let i = 0; i < 100 && (await item.count()) === 0; i += 1) {
    const first = Number(await items.first().getAttribute('aria-posinset'));
    await (pos < first ? items.first() : items.last()).scrollIntoViewIfNeeded();
  }
  await item.waitFor();
  return item;
}

describe('relevance first (production build, Chromium)', () => {
  it('Aerospace: lists the aerospace and related clusters with their counts, and the others on request', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    const all = await listSize(page);
    await chooseSector(page, 'Aerospace');
    const line = page.getByTestId('relevance-counts');
    await line.waitFor();
    const text = (await line.innerText()).trim();
    const counts = /^(\d+) aerospace · (\d+) in related sectors · (\d+) others$/.exec(text);
    expect(counts, text).not.toBeNull();
    const [exact, related, others] = counts!.slice(1).map(Number) as [number, number, number];
    expect(exact).toBe(6);
    expect(exact + related + others).toBe(all);
    await expect.poll(() => listSize(page)).toBe(exact + related);
    await page.getByRole('heading', { name: `${exact + related} matches` }).waitFor();

    const include = page.getByRole('checkbox', {
      name: new RegExp(`^Also list the ${others} clusters of other sectors`),
    });
    await include.check();
    await expect.poll(() => listSize(page)).toBe(all);
    // The others follow every cluster with fit and score 0 for aerospace.
    const last = await itemAt(page, all);
    await expect
      .poll(async () => last.getByRole('img').first().getAttribute('aria-label'))
      .toMatch(/^Score 0(\.0)? of 100/);
    await page.screenshot({ path: artifactPath('relevance-include-others.png') });
    await include.scrollIntoViewIfNeeded();
    await include.uncheck();
    await expect.poll(() => listSize(page)).toBe(exact + related);

    // What would move the second match up, in its detail.
    await (await itemAt(page, 2)).getByRole('button').first().click();
    const moveUp = page.getByRole('heading', { name: 'What would move it up' });
    await moveUp.waitFor();
    await page.screenshot({ path: artifactPath('relevance-move-up.png') });

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
