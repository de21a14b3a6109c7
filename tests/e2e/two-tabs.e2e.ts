// Issue 14, items 1, 3 and 7 in real Chromium: two tabs of one browser never overwrite each other,
// full storage never costs the original saved data, and set-aside backups can be restored.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KEY, STORE_VERSION, newShortlist } from '@/stores/saved-shortlists';
import { BASE_URL, launch, openPage } from './browser';
import { chooseSector, fromYourData, matchItems, scrollToMatch } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CLAUT = 'Cluster Automotriz de Nuevo León, A.C.';
const QRO = 'Cluster Automotriz de Querétaro';
const PUEBLA = 'Cluster Automotriz de Puebla';

/** A second tab in the same browser context (same localStorage), recording its console errors. */
async function secondTab(context: BrowserContext, errors: string[], path = '') {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(new URL(path, BASE_URL).toString());
  return page;
}

/** A tab that never hears the other tabs (its `storage` events are swallowed): the stalest tab there is. */
async function deafen(page: Page) {
  await page.addInitScript(() =>
    window.addEventListener('storage', (e) => e.stopImmediatePropagation(), { capture: true }),
  );
}

async function addCluster(page: Page, name: string) {
  const automotive = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Automotive' });
  if (!(await automotive.isChecked())) await chooseSector(page, 'Automotive');
  // The list is virtualised: scroll until the cluster's item is drawn.
  const add = await scrollToMatch(page, (list) => list.getByRole('button', { name: `Add ${name} to shortlist` }));
  await add.click();
  await page
    .getByRole('button', { name: `Remove ${name} from shortlist` })
    .first()
    .waitFor();
}

async function view(page: Page, name: 'Dashboard' | RegExp) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

async function writeNote(page: Page, name: string, note: string) {
  await view(page, /Shortlist & meetings/);
  await page.getByLabel(`Note for ${name}`).fill(note);
}

/** A shortlist as the meeting view shows it: name and note per entry, sorted by name. */
async function shortlisted(page: Page, list = 'My shortlist'): Promise<string[]> {
  await view(page, /Shortlist & meetings/);
  await page.getByRole('combobox', { name: 'Shortlist' }).selectOption({ label: list });
  const items = page.getByRole('list', { name: 'Shortlisted clusters' }).locator(':scope > li');
  await items.first().waitFor();
  const rows = await items.evaluateAll((lis) =>
    lis.map((li) => `${li.querySelector('button')?.textContent?.trim()}: ${li.querySelector('textarea')?.value}`),
  );
  return rows.map((r) => r.normalize('NFC')).sort();
}

const ALL_THREE = [`${QRO}: From tab B`, `${CLAUT}: From tab A`, `${PUEBLA}: `].sort();

describe('two tabs of one browser (production build, Chromium)', () => {
  it('keeps what each tab shortlisted and noted, and shows one tab’s change in the other', async () => {
    const a = await openPage(browser);
    const errors = a.consoleErrors;
    await addCluster(a.page, CLAUT);
    await writeNote(a.page, CLAUT, 'From tab A');

    const b = await secondTab(a.context, errors);
    await addCluster(b, QRO);
    await writeNote(b, QRO, 'From tab B');
    // Tab A hears of it without a reload.
    await a.page.getByRole('button', { name: 'Shortlist & meetings (2)' }).waitFor();

    await view(a.page, 'Dashboard');
    await addCluster(a.page, PUEBLA);
    for (const page of [a.page, b]) {
      await page.reload();
      expect(await shortlisted(page)).toEqual(ALL_THREE);
    }
    expect(errors).toEqual([]);
    await a.context.close();
  });

  it('a stale tab that ticks a sector, changes the view or adds a cluster erases nothing', async () => {
    const a = await openPage(browser, '', undefined, { beforeGoto: deafen });
    const errors = a.consoleErrors;
    await addCluster(a.page, CLAUT);
    await writeNote(a.page, CLAUT, 'From tab A');

    const b = await secondTab(a.context, errors);
    await addCluster(b, QRO);
    await writeNote(b, QRO, 'From tab B');
    // A colleague's link opened in a third tab makes a "Shared shortlist".
    await view(b, 'Dashboard');
    const shared = await secondTab(
      a.context,
      errors,
      `?s=automotive&sl=${encodeURIComponent('claut,automotriz-puebla')}`,
    );
    await shared.getByText('Opened a shared shortlist with 2 clusters.').waitFor();
    await shared.close();

    // Tab A has heard of none of it.
    expect(await a.page.getByRole('navigation', { name: 'Views' }).innerText()).toContain('(1)');
    const before = await a.page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
    await view(a.page, 'Dashboard');
    await chooseSector(a.page, 'Aerospace');
    await view(a.page, /Shortlist & meetings/);
    await view(a.page, 'Dashboard');
    expect(await a.page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
    await addCluster(a.page, PUEBLA);

    await b.reload();
    expect(await shortlisted(b)).toEqual(ALL_THREE);
    const lists = b.getByRole('combobox', { name: 'Shortlist' }).locator('option');
    expect(await lists.allInnerTexts()).toEqual(['My shortlist', 'Shared shortlist']);
    await a.page.reload();
    expect(await shortlisted(a.page)).toEqual(ALL_THREE);
    expect(errors).toEqual([]);
    await a.context.close();
  });
});

/** Fills this origin's localStorage with junk until the browser refuses more. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`junk-${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
    return n;
  });
}

/** A list with one noted cluster, as a saved state holds it. */
const tripList = (name: string) => ({ ...newShortlist(name, 'trip'), entries: [{ clusterId: 'claut', note: 'Ana' }] });

/** A fresh page whose saved data is `raw` when the app (re)loads; `prepare` runs just before. */
async function openWithSaved(raw: string, prepare?: (page: Page) => Promise<unknown>) {
  const opened = await openPage(browser);
  await matchItems(opened.page).first().waitFor();
  await opened.page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, raw]);
  await prepare?.(opened.page);
  await opened.page.reload();
  return opened;
}

describe('saved data that cannot be loaded whole (production build, Chromium)', () => {
  it('with the storage full and a corrupt saved state: the original stays, saving says it is off', async () => {
    const corrupt = '{"state": {"shortlists": [{"id": "trip", "name": "Tr';
    const { page, context, consoleErrors } = await openWithSaved(corrupt, async (p) =>
      expect(await fillStorage(p)).toBeGreaterThan(0),
    );

    const notice = page.getByRole('status').filter({ hasText: 'nothing was overwritten' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/corrupt.*no room.*saving is off and nothing was overwritten/s);
    await addCluster(page, CLAUT);
    await view(page, /Shortlist & meetings/);
    await page.getByText(/^Saving is off: changes last only while this tab is open/).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(corrupt);

    // Space freed: "Try saving again" backs the original up first, then saves.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('junk-')) localStorage.removeItem(key);
    });
    await fromYourData(page, 'Saved data');
    const dialog = page.getByRole('dialog', { name: 'Saved data' });
    await dialog.getByText(/^Saving is off/).waitFor();
    await dialog.getByRole('button', { name: 'Try saving again' }).click();
    await dialog.getByText(/^Saving is on\./).waitFor();
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const backups = Object.keys(stored).filter((k) => k.startsWith(`${STORE_KEY}:set-aside:`));
    expect(backups.map((k) => stored[k])).toEqual([corrupt]);
    expect(JSON.parse(stored[STORE_KEY] ?? '').state.shortlists[0].entries).toEqual([{ clusterId: 'claut', note: '' }]);
    await dialog.getByRole('listitem').filter({ hasText: 'not valid JSON' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('lists a set-aside backup in the Saved data dialog and restores its lists next to the current ones', async () => {
    const future = { state: { shortlists: [tripList('Trip to Monterrey')], activeShortlistId: 'trip' }, version: 99 };
    const { page, context, consoleErrors } = await openWithSaved(JSON.stringify(future));
    // A list made after the backup was set aside: restoring must keep it.
    await addCluster(page, QRO);

    await page
      .getByRole('status')
      .filter({ hasText: 'unknown version (99)' })
      .getByRole('button', { name: 'Open Saved data' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Saved data' });
    const backup = dialog.getByRole('list', { name: 'Backups of saved data' }).getByRole('listitem');
    // The dialog is a lazy chunk: it may take a moment to appear.
    await backup.first().waitFor();
    expect(await backup.count()).toBe(1);
    expect(await backup.innerText()).toContain(
      'Holds 1 shortlist this version can read: "Trip to Monterrey" (1 cluster).',
    );
    await backup.getByRole('button', { name: /^Restore backup of/ }).click();
    await dialog.getByRole('status').filter({ hasText: 'Added 1 list: "Trip to Monterrey".' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.reload();
    expect(await shortlisted(page, 'Trip to Monterrey')).toEqual([`${CLAUT}: Ana`]);
    expect(await shortlisted(page)).toEqual([`${QRO}: `]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps an unknown top-level field in storage and says so, loading every list', async () => {
    const state = { shortlists: [tripList('Trip')], activeShortlistId: 'trip', colour: 'teal' };
    const { page, context, consoleErrors } = await openWithSaved(JSON.stringify({ state, version: STORE_VERSION }));
    await page
      .getByRole('status')
      .filter({ hasText: 'a field this version of the app does not use: "colour"' })
      .waitFor();
    await addCluster(page, QRO);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)) ?? '');
    expect(saved.state.colour).toBe('teal');
    expect(saved.state.shortlists[0].entries.map((e: { clusterId: string }) => e.clusterId)).toEqual([
      'claut',
      'automotriz-queretaro',
    ]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
