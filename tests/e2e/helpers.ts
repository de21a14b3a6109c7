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
