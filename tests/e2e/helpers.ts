import type { Page } from 'playwright-core';
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

/** Presentation opens on the plan's title slide: steps on to the first match slide. */
export async function toFirstMatch(page: Page, slides: ReturnType<Page['getByRole']>) {
  const first = slides.getByText(/^Match 1 \/ \d+$/);
  for (let i = 0; i < 12 && !(await first.isVisible()); i += 1) await page.keyboard.press('ArrowRight');
  await first.waitFor();
}
