import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit as auditPage, type Finding } from './axe';
import { artifactPath, launch, openPage } from './browser';
import { chooseSector, matchItems, toFirstMatch } from './helpers';

const moderate: Finding[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  // The brief asks for moderate/minor findings to be reported, not to fail the run.
  writeFileSync(artifactPath('axe-moderate.json'), `${JSON.stringify(moderate, null, 2)}\n`);
  if (moderate.length) console.log(`axe moderate/minor findings:\n${JSON.stringify(moderate, null, 2)}`);
});

const audit = (page: Page, screen: string) => auditPage(page, screen, moderate);

async function shortlistTop(page: Page, n: number) {
  for (let i = 0; i < n; i += 1) {
    await matchItems(page)
      .nth(i)
      .getByRole('button', { name: /^Add .* to shortlist$/ })
      .click();
  }
}

describe('accessibility (axe-core on the production build)', () => {
  it('main screen, cluster detail, meeting list and presentation mode have no serious or critical violations', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await chooseSector(page, 'Aerospace');
    await matchItems(page).first().waitFor();
    await page.getByRole('region', { name: 'Charts' }).getByRole('figure').first().waitFor({ timeout: 15_000 });
    expect(await audit(page, 'main screen')).toEqual([]);

    await matchItems(page).first().getByRole('button').first().click();
    await page
      .getByRole('dialog')
      .first()
      .getByText(/Sources/i)
      .first()
      .waitFor();
    expect(await audit(page, 'cluster detail')).toEqual([]);
    await page.getByRole('button', { name: 'Close detail' }).click();

    await shortlistTop(page, 2);
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Shortlist & meetings/ })
      .click();
    await page.getByRole('list', { name: 'Shortlisted clusters' }).locator(':scope > li').nth(1).waitFor();
    await page.getByRole('region', { name: 'Meeting list' }).getByRole('table').first().waitFor();
    expect(await audit(page, 'meeting list')).toEqual([]);

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dashboard' }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const slides = page.getByRole('dialog', { name: 'Presentation' });
    await slides.getByRole('heading', { level: 2 }).waitFor();
    expect(await audit(page, 'presentation mode')).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await audit(page, 'presentation mode, second slide')).toEqual([]);

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('colour is never the only carrier of meaning: badges, statuses and scores carry text', async () => {
    const { page, context } = await openPage(browser, '?s=ict');
    await matchItems(page).first().waitFor();
    const items = await matchItems(page).evaluateAll((els) =>
      els.slice(0, 10).map((li) => ({
        text: li.textContent ?? '',
        bar: li.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
      })),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      // Each score is printed as a number and its bar has a text alternative with the per-criterion points.
      expect(item.text).toMatch(/\d+(\.\d)?\s*\/ 100/);
      expect(item.bar).toMatch(/^Score \d+(\.\d)? of 100/);
    }
    // Label badges spell out level and validity, not only a metal colour.
    const labelled = items.filter((i) => /ESCA label/.test(i.text));
    expect(labelled.length).toBeGreaterThan(0);
    for (const item of labelled)
      expect(item.text).toMatch(/(Gold|Silver|Bronze) ESCA label, (valid until|expired|no validity date stated)/);

    // Policy status badges are words; no empty coloured chips anywhere on the screen.
    const emptyChips = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main span[class*="bg-"], main span[class*="border"]')]
        .filter((el) => el.getClientRects().length > 0 && el.closest('[role="img"],[aria-hidden="true"]') === null)
        .filter((el) => (el.textContent ?? '').trim() === '' && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(emptyChips).toEqual([]);
    await context.close();
  });

  it('keyboard only: pick a sector, open a match, shortlist it, open the meeting list, focus always visible', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await page.getByRole('group', { name: 'Sector' }).waitFor();
    const walk = keyboardWalk(page);

    await walk.tabUntil(isCheckbox('Aerospace'));
    await page.keyboard.press('Space');
    await matchItems(page).first().waitFor();
    expect(
      await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Aerospace' }).isChecked(),
    ).toBe(true);

    await walk.tabUntil(isFirstMatch);
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('dialog', { name: first });
    await detail.waitFor();
    // Opening moves focus into the detail, visibly.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    await walk.check();

    await walk.tabUntil(isButton('Add to shortlist'));
    await page.keyboard.press('Enter');
    await detail.getByRole('button', { name: 'Remove from shortlist' }).waitFor();

    // Escape closes the detail and returns focus to the match it came from.
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(first);
    await walk.check();

    await walk.tabUntil(isButton('Shortlist & meetings (1)'), 'backward');
    await page.keyboard.press('Enter');
    const shortlisted = page.getByRole('list', { name: 'Shortlisted clusters' });
    await shortlisted.getByText(first).first().waitFor();
    await page.getByRole('region', { name: 'Meeting list' }).waitFor();
    // The meeting list itself is reachable by keyboard too.
    await walk.tabUntil(() => Boolean(document.activeElement?.closest('section[aria-label="Meeting list"]')));
    // Every control of the meeting list shows its focus, up to the end of the page.
    await walk.tabUntil(() => !document.activeElement?.closest('section[aria-label="Meeting list"]'), 'forward', true);

    // Presentation mode: arrows move between slides, Tab stays inside, Esc leaves and restores focus.
    await walk.tabUntil(isButton('Present'), 'backward');
    await page.keyboard.press('Enter');
    const slides = page.getByRole('dialog', { name: 'Presentation' });
    await toFirstMatch(page, slides);
    await page.keyboard.press('ArrowRight');
    await slides.getByText(/^Match 2 \/ \d+$/).waitFor();
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      await walk.check();
      expect(await page.evaluate(() => document.activeElement?.closest('[aria-label="Presentation"]') !== null)).toBe(
        true,
      );
    }
    await page.keyboard.press('Escape');
    await slides.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Present');

    expect(walk.unseen()).toEqual([]);
    expect(walk.steps()).toBeGreaterThan(5);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

type FocusTest = (arg: string) => boolean;

const isCheckbox = (name: string) =>
  [
    (n: string) => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === 'checkbox' && el.labels?.[0]?.textContent?.trim() === n;
    },
    name,
  ] as const;
const isButton = (name: string) =>
  [
    (n: string) =>
      document.activeElement instanceof HTMLButtonElement && document.activeElement.textContent?.trim() === n,
    name,
  ] as const;
const isFirstMatch = [
  () => document.activeElement === document.querySelector('ol[aria-label="Matches"] > li button'),
  '',
] as const;

/** Moves focus with Tab / Shift+Tab only and records every focused element that shows no focus indicator. */
function keyboardWalk(page: Page) {
  const invisible: string[] = [];
  let steps = 0;
  const check = async (mayLeavePage = false) => {
    const result = await page.evaluate((atEnd) => {
      const el = document.activeElement;
      // Tab after the last control leaves the page (to the browser's own UI in a real window).
      if (!el || el === document.body) return { ok: atEnd, what: 'focus on <body>' };
      const shows = (node: Element) => {
        const cs = getComputedStyle(node);
        const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
        return outline || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
      };
      // Visually hidden inputs (file picker, styled toggles) show their focus on the wrapping label.
      const ok = shows(el) || (el instanceof HTMLInputElement && el.labels?.[0] !== undefined && shows(el.labels[0]));
      const name =
        el.getAttribute('aria-label') ??
        (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent);
      const type = el.getAttribute('type') ?? el.getAttribute('role') ?? '';
      return { ok, what: `${el.tagName.toLowerCase()}[${type}] "${(name ?? '').trim().slice(0, 50)}"` };
    }, mayLeavePage);
    if (!result.ok) invisible.push(result.what);
  };
  const tabUntil = async (
    test: FocusTest | readonly [FocusTest, string],
    direction: 'forward' | 'backward' = 'forward',
    mayLeavePage = false,
  ) => {
    const [fn, arg] = typeof test === 'function' ? [test, ''] : test;
    for (let i = 0; i < 400; i += 1) {
      await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
      steps += 1;
      await check(mayLeavePage);
      if (await page.evaluate(fn, arg)) return;
    }
    throw new Error(`focus never reached the target (${arg || fn.toString().slice(0, 80)})`);
  };
  return { check, tabUntil, unseen: () => invisible, steps: () => steps };
}
