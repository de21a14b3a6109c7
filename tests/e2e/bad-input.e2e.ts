import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { allMatchNames, chooseSector, matchCount, matchItems, openTab } from './helpers';
import { gotoMeetings, hostileShortlistFile, HOSTILE, pageHasInjectedMarkup } from './bad-input-helpers';
import { tableRows } from './data-integrity-helpers';

// Issue 7 "Bad input": broken data files, garbage links and hostile imports never take the app down.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const REAL_CLUSTERS = 116;
const BROKEN_ID = 'monterrey-aerocluster';
const notFoundLog = /^Failed to load resource: the server responded with a status of 404/;

const serve =
  (file: string, body: string, status = 200) =>
  async (page: Page) => {
    await page.route(`**/data/${file}`, (route) => route.fulfill({ status, contentType: 'application/json', body }));
  };

describe('bad input (production build, Chromium)', () => {
  it('one invalid cluster record: the other 115 still rank, and Data quality names the record and field', async () => {
    let index = -1;
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, '', undefined, {
      beforeGoto: (p) =>
        p.route('**/data/clusters.json', async (route) => {
          // The file as served: its records beside the dataset version (src/data/dataset-version.ts).
          const served = (await (await route.fetch()).json()) as { records: Array<Record<string, unknown>> };
          const clusters = served.records;
          index = clusters.findIndex((c) => c.id === BROKEN_ID);
          clusters[index] = { ...clusters[index], website: HOSTILE.url };
          await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(served) });
        }),
    });
    // The list is virtualised: its length is the items' aria-setsize, its names read by scrolling.
    await page.getByRole('heading', { name: `${REAL_CLUSTERS - 1} matches` }).waitFor();
    expect(await matchCount(page)).toBe(REAL_CLUSTERS - 1);
    const names = await allMatchNames(page);
    expect(names).toHaveLength(REAL_CLUSTERS - 1);
    expect(names.filter((n) => n.includes('Monterrey Aerocluster'))).toEqual([]);

    await page.getByText(/^Data quality:/).click();
    const rows = (await tableRows(page, 'Data quality problems')).filter((r) => r[0] === 'clusters.json');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 3)).toEqual(['clusters.json', BROKEN_ID, `[${index}].website`]);
    expect(rows[0][3]).toMatch(/\S/);
    expect(await pageHasInjectedMarkup(page)).toEqual({ xss: false, imgs: 0, scriptLinks: 0 });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  // Policies and context figures load after the first render (they are not on the first screen):
  // when they fail, the matches, map and charts stay, and the alert says what is missing.
  it('policies.json answering 404: the matches stay, an alert names the file with Retry, which loads the policies once it is back', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, {
      beforeGoto: serve('policies.json', 'Not Found', 404),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Policies and context figures could not be loaded');
    expect(text).toContain('policies.json');
    expect(text).toMatch(/HTTP 404/);
    expect(await matchCount(page)).toBe(REAL_CLUSTERS);
    await openTab(page, 'Policies');
    const policies = page.getByRole('region', { name: 'Relevant policies', exact: true });
    await policies.getByText('The policies could not be loaded').waitFor();

    await page.unroute('**/data/policies.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await alert.waitFor({ state: 'detached' });
    await policies.getByRole('heading', { name: /Federal and sectoral/ }).waitFor();
    expect(await policies.getByText('The policies could not be loaded').count()).toBe(0);
    // The browser logs the failed request itself; nothing else may be logged.
    expect(consoleErrors.filter((e) => !notFoundLog.test(e))).toEqual([]);
    await context.close();
  });

  it('a data file that is not JSON: an alert with the file name and the parse problem', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, {
      beforeGoto: serve('states.json', '{"oops'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('states.json');
    expect(text).toMatch(/is not valid JSON: \S+/);
    await alert.getByRole('button', { name: 'Retry' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('garbage in the URL: a quiet notice, the app still ranks and the address bar is cleaned', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/?w=abc&s=%E0%A4%A&zzz=1');
    const notice = page.getByRole('status').filter({ hasText: 'link were ignored' });
    await notice.waitFor();
    const message = await notice.innerText();
    expect(message).toContain('Weights "abc" were ignored');
    expect(message).toMatch(/Unknown sector ".+" was ignored/);
    expect(message).toContain('Unknown link parameter "zzz" was ignored');

    // The list is virtualised: its length is the items' aria-setsize.
    await page.getByRole('heading', { name: `${REAL_CLUSTERS} matches` }).waitFor();
    expect(await matchCount(page)).toBe(REAL_CLUSTERS);
    const sectors = page.getByRole('group', { name: 'Sector' }).getByRole('checkbox');
    expect(await sectors.evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length)).toBe(0);
    expect(await page.getByLabel('Weight preset').inputValue()).toBe('balanced');
    // The address bar is written when the page is idle, so it is polled.
    const kept = () => [...new URL(page.url()).searchParams.keys()];
    await expect.poll(() => ['w', 's', 'zzz'].filter((key) => kept().includes(key))).toEqual([]);

    await chooseSector(page, 'Aerospace');
    await page.waitForURL(/[?&]s=aerospace/);
    expect(await matchItems(page).first().innerText()).toMatch(/Aero/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('an imported shortlist with hostile text shows it literally; an oversized file is refused and changes nothing', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await matchItems(page).first().waitFor();
    await gotoMeetings(page);
    const input = page.getByLabel('Import shortlist file');
    await input.setInputFiles(hostileShortlistFile());
    await page.getByRole('status').filter({ hasText: 'Imported the shortlist' }).waitFor();

    const notice = await page.getByRole('status').filter({ hasText: 'Imported the shortlist' }).innerText();
    expect(notice).toContain(`"${HOSTILE.img}"`);
    expect(
      await page.getByRole('combobox', { name: 'Shortlist', exact: true }).locator('option:checked').innerText(),
    ).toBe(HOSTILE.img);
    const meetingList = page.getByRole('region', { name: 'Meeting list' });
    await meetingList.getByText(`${HOSTILE.img}: 2 clusters`).waitFor();
    expect(await page.getByLabel('Note for Monterrey Aerocluster').inputValue()).toBe(HOSTILE.note);
    expect(await page.getByLabel('Event name').inputValue()).toBe(HOSTILE.script);
    expect(await page.getByLabel('Place', { exact: true }).inputValue()).toBe(HOSTILE.url);
    const notes = (await tableRows(page, 'Meeting schedule')).map((r) => r.join(' | '));
    expect(notes.some((r) => r.includes(HOSTILE.note))).toBe(true);
    expect(notes.some((r) => r.includes(HOSTILE.url))).toBe(true);

    await page.getByRole('button', { name: 'Print meeting list' }).click();
    const printView = page.getByRole('dialog', { name: 'Print view' });
    await printView.getByText(HOSTILE.script, { exact: true }).waitFor();
    await printView.getByText(`Note: ${HOSTILE.note}`).waitFor();
    expect(await pageHasInjectedMarkup(page)).toEqual({ xss: false, imgs: 0, scriptLinks: 0 });
    await page.getByRole('button', { name: 'Close print view' }).click();

    // Over 5 MB: refused before reading, with a message; the lists, the view and storage stay as they were.
    const saved = await page.evaluate(() => localStorage.getItem('eu-mx-matchmaking'));
    const options = await page
      .getByRole('combobox', { name: 'Shortlist', exact: true })
      .locator('option')
      .allInnerTexts();
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
    const refusal = page.getByRole('alert').filter({ hasText: '"huge.json" was not imported; nothing was changed.' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/\(file\): The file is 5\.0 MB; shortlist files may be at most 5 MB/);
    expect(
      await page.getByRole('combobox', { name: 'Shortlist', exact: true }).locator('option').allInnerTexts(),
    ).toEqual(options);
    expect(await page.evaluate(() => localStorage.getItem('eu-mx-matchmaking'))).toBe(saved);
    expect(await page.getByLabel('Note for Monterrey Aerocluster').inputValue()).toBe(HOSTILE.note);
    expect(await pageHasInjectedMarkup(page)).toEqual({ xss: false, imgs: 0, scriptLinks: 0 });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
