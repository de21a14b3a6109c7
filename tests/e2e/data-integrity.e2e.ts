import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_FILES } from '@/data/dataset-files';
import { parseShortlistFile } from '@/data/parse-shortlist-file';
import { launch, openPage } from './browser';
import { gotoMeetings } from './bad-input-helpers';
import { rewriteServed, tableRows } from './data-integrity-helpers';
import { matchItems } from './helpers';

// Issue 14, items 8–10: data files of two versions are never mixed, integrity gaps are reported and
// long names wrap, and a broken data file never keeps the user from their saved shortlists.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const VERSION = (JSON.parse(readFileSync('public/data/meta.json', 'utf8')) as { version: string }).version;

async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('data integrity (production build, Chromium)', () => {
  it('a set with one file of another version is refused, naming the file and both versions; Retry loads it once fixed', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, {
      beforeGoto: (p) => rewriteServed(p, 'eu.json', (eu) => ({ ...eu, datasetVersion: '0.9.0' })),
    });
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'The data files are of different versions' }).waitFor();
    expect(await alert.innerText()).toContain(`meta.json names version ${VERSION}`);
    const rows = await tableRows(alert, 'Dataset version of each file');
    expect(rows).toContainEqual(['eu.json', '0.9.0', `different from ${VERSION}`]);
    expect(rows.filter((r) => r[2] !== 'matches')).toHaveLength(1);
    // The first screen's files: policies and context are checked when they load, after it.
    expect(rows).toHaveLength(CORE_FILES.length);
    // Nothing of the mix is shown: no matches, no Data quality rows, no version in the header.
    expect(await page.getByRole('region', { name: 'Matches', exact: true }).count()).toBe(0);
    expect(await page.getByText(/^Data quality:/).count()).toBe(0);
    // The header's dataset line names the version in its title (the line itself says the years).
    const datasetLine = page.getByRole('banner').locator('[title*="dataset version"]');
    expect(await datasetLine.count()).toBe(0);
    expect(await page.getByRole('banner').innerText()).not.toContain('Mexican clusters');

    await page.unroute('**/data/eu.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await matchItems(page).first().waitFor();
    expect(await datasetLine.getAttribute('title')).toContain(`dataset version ${VERSION},`);
    expect(await page.getByRole('banner').innerText()).toContain('Mexican clusters · sources from');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('policies.json of another version: the matches stay, the policies are refused with both annex files named; Retry loads them', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, {
      beforeGoto: (p) => rewriteServed(p, 'policies.json', (file) => ({ ...file, datasetVersion: '0.9.0' })),
    });
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Policies and context figures could not be loaded' }).waitFor();
    expect(await alert.innerText()).toContain(`must be of version ${VERSION}`);
    const rows = await tableRows(alert, 'Dataset version of each file');
    expect(rows).toEqual([
      ['policies.json', '0.9.0', `different from ${VERSION}`],
      ['context.json', VERSION, 'matches'],
    ]);
    // Nothing of the mix is shown, but the first screen is complete.
    await matchItems(page).first().waitFor();
    expect(await page.getByRole('region', { name: 'Matches', exact: true }).count()).toBe(1);

    await page.unroute('**/data/policies.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a cluster whose state is missing from states.json gets a Data quality row and shows the code as unknown', async () => {
    let cluster = { index: -1, id: '', name: '' };
    const { page, context, consoleErrors } = await openPage(browser, '', undefined, {
      beforeGoto: async (p) => {
        await rewriteServed(p, 'states.json', (s) => ({ ...s, records: s.records?.filter((r) => r.code !== 'ZAC') }));
        await rewriteServed(p, 'clusters.json', (c) => {
          const index = c.records?.findIndex((r) => r.state === 'ZAC') ?? -1;
          const record = c.records?.[index];
          cluster = { index, id: String(record?.id), name: String(record?.name) };
        });
      },
    });
    await page.getByRole('searchbox', { name: 'Search clusters' }).waitFor();
    expect(cluster.index).toBeGreaterThanOrEqual(0);
    await page.getByRole('searchbox', { name: 'Search clusters' }).fill(cluster.name);
    const item = matchItems(page).filter({ has: page.getByRole('button', { name: cluster.name, exact: true }) });
    await item.waitFor();
    expect(await item.innerText()).toContain('ZAC (unknown state)');

    await page.getByText(/^Data quality:/).click();
    const rows = await tableRows(page, 'Data quality problems');
    expect(rows).toEqual([
      [
        'clusters.json',
        cluster.id,
        `[${cluster.index}].state`,
        'state "ZAC" is not in states.json; shown as an unknown state',
      ],
    ]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a broken clusters.json still lets the user open and download their saved shortlists, changing nothing saved', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '?s=aerospace');
    for (const n of [0, 1])
      await matchItems(page)
        .nth(n)
        .getByRole('button', { name: /^Add .* to shortlist$/ })
        .click();
    await gotoMeetings(page);
    await page
      .getByRole('textbox', { name: /^Note for / })
      .first()
      .fill('Ask about MRO, "engines"');
    const storage = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    const before = await storage();
    const [list] = (
      JSON.parse(await page.evaluate(() => localStorage.getItem('eu-mx-matchmaking') ?? '{}')) as {
        state: { shortlists: Array<{ name: string; entries: Array<{ clusterId: string; note: string }> }> };
      }
    ).state.shortlists;
    expect(list.entries).toHaveLength(2);

    await page.route('**/data/clusters.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{ "datasetVersion": "1.0.0", "records": [',
      }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('clusters.json');
    await alert.getByRole('button', { name: 'Open my saved shortlists' }).click();
    const section = page.getByRole('region', { name: 'Your saved shortlists' });
    await section.getByRole('table', { name: `Entries of ${list.name}` }).waitFor();
    expect(await tableRows(section, `Entries of ${list.name}`)).toEqual(
      list.entries.map((e, i) => [String(i + 1), e.clusterId, e.note]),
    );

    const json = await download(page, section.getByRole('button', { name: /as a shortlist file \(JSON\)$/ }));
    expect(json.name).toMatch(/-shortlist\.json$/);
    const ids = new Set(list.entries.map((e) => e.clusterId));
    expect(parseShortlistFile(json.text, ids)).toEqual({ ok: true, shortlist: list, unknownClusterIds: [] });

    const csv = await download(page, section.getByRole('button', { name: 'Download all as CSV' }));
    const parsed = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1).map((r) => [r[0], r[6], r[7], r[8]])).toEqual(
      list.entries.map((e, i) => [list.name, String(i + 1), e.clusterId, e.note]),
    );
    expect(await storage()).toBe(before);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
