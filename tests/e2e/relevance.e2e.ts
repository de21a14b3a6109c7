import type { Browser } from 'playwright-core';
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

describe('relevance first (production build, Chromium)', () => {
  it('Aerospace: lists the aerospace and related clusters with their counts, and the others on request', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await matchItems(page).first().waitFor();
    const all = await matchItems(page).count();
    await chooseSector(page, 'Aerospace');
    const line = page.getByTestId('relevance-counts');
    await line.waitFor();
    const text = (await line.innerText()).trim();
    const counts = /^(\d+) aerospace · (\d+) in related sectors · (\d+) others$/.exec(text);
    expect(counts, text).not.toBeNull();
    const [exact, related, others] = counts!.slice(1).map(Number) as [number, number, number];
    expect(exact).toBe(6);
    expect(exact + related + others).toBe(all);
    await expect.poll(() => matchItems(page).count()).toBe(exact + related);
    await page.getByRole('heading', { name: `${exact + related} matches` }).waitFor();

    const include = page.getByRole('checkbox', {
      name: new RegExp(`^Also list the ${others} clusters of other sectors`),
    });
    await include.check();
    await expect.poll(() => matchItems(page).count()).toBe(all);
    // The others follow every cluster with fit and score 0 for aerospace.
    const last = matchItems(page).last();
    await expect
      .poll(async () => last.getByRole('img').first().getAttribute('aria-label'))
      .toMatch(/^Score 0(\.0)? of 100/);
    await page.screenshot({ path: artifactPath('relevance-include-others.png') });
    await include.uncheck();
    await expect.poll(() => matchItems(page).count()).toBe(exact + related);

    // What would move the second match up, in its detail.
    await matchItems(page).nth(1).getByRole('button').first().click();
    const moveUp = page.getByRole('heading', { name: 'What would move it up' });
    await moveUp.waitFor();
    await page.screenshot({ path: artifactPath('relevance-move-up.png') });

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
