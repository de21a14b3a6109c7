// Issue 19, keyboard and contrast: skip links, tabs, focus after a shortlist move, forced colours, axe.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, type Finding } from './axe';
import { artifactPath, launch } from './browser';
import { matchItems, openTab } from './helpers';
import { openAt, shotPath } from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Moderate and minor axe findings: written to an artifact, not failed.
const moderate: Finding[] = [];

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      role: el?.getAttribute('role') ?? el?.tagName,
    };
  });

describe('keyboard and contrast (production build, Chromium)', () => {
  it('a skip link is the first Tab stop and leads to the matches: the first Shortlist button is four Tabs away (past the other-sectors control)', async () => {
    const { page, context } = await openAt(browser, { width: 1366, height: 768 });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the matches' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // Shown once focused, over the page.
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    await page.screenshot({ path: shotPath('skip-link-1366x768') });
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe('Matches');
    // With a sector chosen, the control that also lists the other sectors' clusters comes first.
    await page.keyboard.press('Tab');
    const others = page.getByRole('checkbox', { name: /^Also list the \d+ clusters of other sectors/ });
    expect(await others.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    const first = await matchItems(page).first().getByRole('button').first().innerText();
    expect((await focused(page)).name).toBe(first.trim());
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toMatch(/^Add .* to shortlist$/);

    // The tab list: the skip link lands on the open tab, arrows move between tabs.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.getByRole('link', { name: 'Skip to detail, charts and policies' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toEqual({ name: 'Charts', role: 'tab' });
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toEqual({ name: 'Policies', role: 'tab' });
    await page.getByRole('region', { name: 'Relevant policies', exact: true }).waitFor();
    expect(await page.getByRole('tab', { name: 'Policies' }).getAttribute('aria-selected')).toBe('true');
    await context.close();
  });

  it('moving a shortlist entry to the first or last place keeps focus on it and announces the new place', async () => {
    const { page, context } = await openAt(browser, { width: 1366, height: 768 });
    const names: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const item = matchItems(page).nth(i);
      names.push((await item.getByRole('button').first().innerText()).trim());
      await item.getByRole('button', { name: /^Add .* to shortlist$/ }).click();
    }
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Shortlist & meetings/ })
      .click();
    const second = names[1] ?? '';
    await page.getByRole('button', { name: `Move ${second} up` }).focus();
    await page.keyboard.press('Enter');
    // First place: "up" is disabled, so focus is on the same entry's "down".
    expect((await focused(page)).name).toBe(`Move ${second} down`);
    const status = page.getByRole('region', { name: 'Shortlist', exact: true }).getByRole('status');
    await expect.poll(() => status.innerText()).toBe(`${second} moved to position 1 of 3.`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect((await focused(page)).name).toBe(`Move ${second} up`);
    await expect.poll(() => status.innerText()).toBe(`${second} moved to position 3 of 3.`);
    await context.close();
  });

  it('forced colours keep the score bars and colour keys visible with a system-colour frame', async () => {
    const { page, context } = await openAt(browser, { width: 1366, height: 768 });
    await page.emulateMedia({ forcedColors: 'active' });
    const bar = matchItems(page).first().getByRole('img').first();
    const style = await bar.evaluate((el) => {
      const cs = getComputedStyle(el);
      const segment = el.firstElementChild ? getComputedStyle(el.firstElementChild) : null;
      return { outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), segment: segment?.backgroundColor ?? '' };
    });
    expect(style.outline).toBe('solid');
    expect(style.width).toBeGreaterThan(0);
    // The criterion colour survives (forced-color-adjust: none), so the key still explains it.
    expect(style.segment).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    const swatch = await page
      .locator('[data-swatch]')
      .first()
      .evaluate((el) => getComputedStyle(el).borderStyle);
    expect(swatch).toBe('solid');
    await page.screenshot({ path: shotPath('forced-colors-1366x768') });
    await context.close();
  });

  it('axe finds no serious or critical violation on the tabs, at 1366×768 and at 200 % zoom', async () => {
    for (const size of [
      { width: 1366, height: 768 },
      { width: 640, height: 720 },
    ]) {
      const { page, context } = await openAt(browser, size);
      const at = `${size.width}x${size.height}`;
      expect(await audit(page, `dashboard ${at}`, moderate)).toEqual([]);
      await openTab(page, 'Policies');
      expect(await audit(page, `policies tab ${at}`, moderate)).toEqual([]);
      await matchItems(page)
        .first()
        .getByRole('button', { name: /^Compare / })
        .click();
      await matchItems(page)
        .nth(1)
        .getByRole('button', { name: /^Compare / })
        .click();
      await page.getByRole('region', { name: 'Compare', exact: true }).getByRole('table').waitFor();
      expect(await audit(page, `compare tab ${at}`, moderate)).toEqual([]);
      await matchItems(page).first().getByRole('button').first().click();
      // The detail's tab opens on the selection; its sources are its last part to render.
      await page.getByRole('tabpanel', { name: 'Detail' }).getByRole('heading', { name: 'Sources' }).waitFor();
      expect(await audit(page, `detail tab ${at}`, moderate)).toEqual([]);
      await context.close();
    }
    // Moderate and minor findings are reported, not failed (as in a11y.e2e.ts).
    writeFileSync(artifactPath('axe-moderate-layout.json'), `${JSON.stringify(moderate, null, 2)}\n`);
    // Eight full axe runs on a shared 2-core machine.
  }, 240_000);
});
