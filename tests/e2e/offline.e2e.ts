import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { matchCount, matchItems, toFirstMatch } from './helpers';
import { untilControlled } from './service-worker';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('venue network drops (production build, Chromium)', () => {
  it('after one visit the dashboard reloads offline, and the meeting view, print map and presentation open', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, '?s=aerospace', undefined, {
      serviceWorkers: 'allow',
    });
    await matchItems(page).first().waitFor();
    // The service worker has stored the app and its dataset once it controls the page.
    await untilControlled(page);
    await context.setOffline(true);
    await page.reload();
    await matchItems(page).first().waitFor();
    expect(await page.getByRole('checkbox', { name: 'Aerospace', exact: true }).isChecked()).toBe(true);
    // The presentation shows the top ten, or fewer: other sectors' clusters are left out by default.
    const presented = Math.min(10, await matchCount(page));
    expect(await page.getByRole('alert').count()).toBe(0);

    await page
      .getByRole('list', { name: 'Matches' })
      .getByRole('button', { name: /^Add .* to shortlist$/ })
      .first()
      .click();
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Shortlist & meetings/ })
      .click();
    await page.getByRole('region', { name: 'Meeting list' }).getByRole('heading', { name: 'Meeting list' }).waitFor();
    await page.getByRole('checkbox', { name: 'Include map in print' }).check();
    await page.getByRole('button', { name: 'Print meeting list' }).click();
    const printView = page.getByRole('dialog', { name: 'Print view' });
    await printView.locator('.leaflet-container .schedule-map-number').first().waitFor();
    await page.getByRole('button', { name: 'Close print view' }).click();

    await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
    const slides = page.getByRole('dialog', { name: 'Presentation' });
    // The plan's overview slide draws the state outlines, fetched as data and kept offline too.
    await slides.getByText('Next: Overview map', { exact: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await slides.getByRole('img', { name: /^Querétaro: / }).waitFor();
    await toFirstMatch(page, slides);
    await slides.getByText(`Match 1 / ${presented}`, { exact: true }).waitFor();
    await slides.locator('.leaflet-container').waitFor();
    await page.keyboard.press('Escape');
    await slides.waitFor({ state: 'detached' });

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
