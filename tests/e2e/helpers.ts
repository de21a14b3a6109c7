import { mkdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { gotoMeetings } from './bad-input-helpers';
import { ui } from './catalog-names';

// Names through ui(): the same helpers find their way in an English and in a Spanish page.
export async function chooseSector(page: Page, name: string | RegExp) {
  await page
    .getByRole('group', { name: ui('Sector') })
    .getByRole('checkbox', { name, exact: true })
    .check();
}

/** Names of the first n matches, in list order. */
export async function topMatchNames(page: Page, n: number): Promise<string[]> {
  const items = matchItems(page);
  await items.first().waitFor();
  const names: string[] = [];
  for (let i = 0; i < n; i += 1) {
    names.push((await items.nth(i).getByRole('button').first().innerText()).trim());
  }
  return names;
}

export function mapRegion(page: Page) {
  return page.getByRole('region', { name: 'Map of matches', exact: true });
}

/** The match items themselves, not the reason bullets nested inside them. */
export function matchItems(page: Page) {
  return page.getByRole('list', { name: ui('Matches') }).locator(':scope > li');
}

/**
 * Opens a tab of the pane under the map (detail, compare, charts, policies share it, one at a
 * time) and returns the tab's panel.
 */
export async function openTab(page: Page, name: string | RegExp) {
  const tab = page
    .getByRole('tablist', { name: ui('Detail, comparison, charts and policies') })
    .getByRole('tab', { name });
  await tab.click();
  return page.getByRole('tabpanel', { name });
}

/** Ticks a sector, adds the named matches to the shortlist in this order, and opens the meeting view. */
export async function shortlistFromMatches(page: Page, sector: string, names: readonly string[]) {
  await chooseSector(page, sector);
  await matchItems(page).first().waitFor();
  for (const name of names) await shortlistMatch(page, name);
  await gotoMeetings(page);
}

/** Adds a drawn match to the shortlist and waits until it is on it. */
export async function shortlistMatch(page: Page, name: string) {
  const list = page.getByRole('list', { name: ui('Matches') });
  await list.getByRole('button', { name: `Add ${name} to shortlist` }).click();
  await page
    .getByRole('button', { name: `Remove ${name} from shortlist` })
    .first()
    .waitFor();
}

/** Clicks a download button (by name, or the button itself); the file's suggested name and bytes. */
export async function download(page: Page, button: string | Locator): Promise<{ name: string; bytes: Buffer }> {
  const target = typeof button === 'string' ? page.getByRole('button', { name: button }) : button;
  const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** A downloaded CSV as rows, read by papaparse as a spreadsheet would (BOM dropped, no parse errors). */
export function readCsv(bytes: Buffer, delimiter = ','): string[][] {
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    delimiter,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** A downloaded .vcf as its cards, read by ical.js (vCard shares iCalendar's syntax). */
export function readVcards(bytes: Buffer): ICAL.Component[] {
  const parsed: unknown[] = ICAL.parse(bytes.toString('utf8'));
  // ical.js returns one jCard for a file of one card, and a list of jCards for more.
  const list = typeof parsed[0] === 'string' ? [parsed] : parsed;
  return list.map((c) => new ICAL.Component(c as never));
}

/** A screenshot under tmp-shots/ (looked at while working, not committed). */
export async function shot(page: Page, name: string) {
  mkdirSync('tmp-shots', { recursive: true });
  await page.screenshot({ path: `tmp-shots/${name}` });
}

/** Presentation opens on the plan's title slide: steps on to the first match slide. */
export async function toFirstMatch(page: Page, slides: ReturnType<Page['getByRole']>) {
  // The presentation is a lazy chunk: arrows pressed before it is drawn are lost.
  await slides.waitFor();
  const first = slides.getByText(/^Match 1 \/ \d+$/);
  const footer = slides.locator('footer').first();
  for (let i = 0; i < 12 && !(await first.isVisible()); i += 1) {
    const before = await footer.innerText();
    await page.keyboard.press('ArrowRight');
    // One slide per press: wait for it to be drawn (a press made before the keys are listened to is
    // lost, and is made again).
    for (let t = 0; t < 20 && (await footer.innerText()) === before; t += 1) await page.waitForTimeout(50);
  }
  await first.waitFor();
}

/**
 * How many matches the list holds. The list is virtualised (only items near the view are in the
 * DOM), so the count is the items' aria-setsize, not the number of <li>.
 */
export async function matchCount(page: Page): Promise<number> {
  const first = matchItems(page).first();
  await first.waitFor();
  return Number(await first.getAttribute('aria-setsize'));
}

/**
 * Every match's name in list order, scrolling the virtualised list through so each item is drawn
 * once; read by aria-posinset, so the result has exactly aria-setsize names.
 */
export async function allMatchNames(page: Page): Promise<string[]> {
  const items = matchItems(page);
  const size = await matchCount(page);
  const names = new Map<number, string>();
  for (let round = 0; round < size + 5 && names.size < size; round += 1) {
    const drawn = await items.evaluateAll((lis) =>
      lis.map((li) => [
        Number(li.getAttribute('aria-posinset')),
        li.querySelector('button')?.textContent?.trim() ?? '',
      ]),
    );
    for (const [pos, name] of drawn) names.set(pos as number, name as string);
    if (names.size >= size) break;
    await items.last().evaluate((li) => li.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(50);
  }
  await scrollMatchesToTop(page);
  return [...names.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/**
 * Scrolls the virtualised match list until an item matching `inner` (a locator inside the list,
 * e.g. its "Add … to shortlist" button) is drawn, and returns that locator. Throws if the whole list
 * was scrolled through without it.
 */
export async function scrollToMatch(page: Page, inner: (list: ReturnType<Page['getByRole']>) => Locator) {
  const list = page.getByRole('list', { name: ui('Matches') });
  const items = matchItems(page);
  await items.first().waitFor();
  const target = inner(list);
  const size = await matchCount(page);
  await scrollMatchesToTop(page);
  for (let round = 0; round <= size; round += 1) {
    if ((await target.count()) > 0) {
      // Items at the edge of the drawn range can be dropped once measured: centre it, then recheck.
      const centred = await target
        .first()
        .evaluate((el) => el.closest('li')?.scrollIntoView({ block: 'center' }), undefined, { timeout: 1_000 })
        .then(
          () => true,
          () => false,
        );
      await page.waitForTimeout(100);
      if (centred && (await target.count()) > 0) return target.first();
      continue;
    }
    const last = items.last();
    if (Number(await last.getAttribute('aria-posinset')) >= size) break;
    await last.evaluate((li) => li.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(50);
  }
  await target.first().waitFor({ timeout: 2_000 });
  return target.first();
}

/** The match list's item named `name`, once scrolled into view. */
export async function matchItemNamed(page: Page, name: string) {
  await scrollToMatch(page, (list) => list.getByRole('button', { name, exact: true }));
  return matchItems(page).filter({ has: page.getByRole('button', { name, exact: true }) });
}

/** Scrolls the virtualised match list back until its first item is drawn and in view. */
export async function scrollMatchesToTop(page: Page) {
  const items = matchItems(page);
  for (let round = 0; round < 50; round += 1) {
    const first = items.first();
    await first.evaluate((li) => li.scrollIntoView({ block: 'end' }));
    if (Number(await first.getAttribute('aria-posinset')) === 1) break;
    await page.waitForTimeout(50);
  }
  await items.first().evaluate((li) => li.scrollIntoView({ block: 'nearest' }));
}

/** Chooses an item of the header's Your data menu (Add an organisation, the sheet import, Saved data). */
export async function fromYourData(page: Page, item: string) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: ui('Your data') })
    .click();
  await page
    .getByRole('menu', { name: ui('Your data') })
    .getByRole('menuitem', { name: ui(item) })
    .click();
}
