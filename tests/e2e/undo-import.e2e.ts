// Issue 14, items 4–6: re-imported lists survive the next load, a removal can be undone with its
// note, and the app's own backup loads back after a cluster has left the dataset.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVED_STATE_LIMITS } from '@/domain/saved-state-limits';
import { STORE_KEY } from '@/stores/saved-shortlists';
import { gotoMeetings } from './bad-input-helpers';
import { launch, openPage } from './browser';
import { chooseSector, matchItems } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MTY = 'Monterrey Aerocluster';
const QRO = 'Aerocluster de Querétaro';
const NOTE = 'MRO, composites; ask for Ing. Pérez';
/** The shortlist `shortlistTwo` makes, as the panel shows it. */
const BOTH = [
  { name: MTY, note: NOTE },
  { name: QRO, note: '' },
];

/** Two Aerospace clusters on the shortlist, a note on the first, and the meeting view open. */
async function shortlistTwo(page: Page) {
  await chooseSector(page, 'Aerospace');
  await matchItems(page).first().waitFor();
  for (const name of [MTY, QRO]) {
    await page
      .getByRole('list', { name: 'Matches' })
      .getByRole('button', { name: `Add ${name} to shortlist` })
      .click();
  }
  await page.getByRole('button', { name: 'Shortlist & meetings (2)' }).waitFor();
  await gotoMeetings(page);
  await page.getByLabel(`Note for ${MTY}`).fill(NOTE);
}

async function exportJson(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export shortlist (JSON)' }).click(),
  ]);
  return readFileSync(await file.path());
}

async function importJson(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Import shortlist file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

const listOptions = (page: Page) => page.getByRole('combobox', { name: 'Shortlist', exact: true }).locator('option');
const notices = (page: Page) => page.getByRole('status').filter({ has: page.locator('[data-notice]') });

async function shortlistState(page: Page) {
  return page
    .getByRole('list', { name: 'Shortlisted clusters' })
    .locator(':scope > li')
    .evaluateAll((lis) =>
      lis.map((li) => ({
        name: (li.querySelector('button')?.textContent ?? '').normalize('NFC').trim(),
        note: li.querySelector('textarea')?.value ?? '',
      })),
    );
}

describe('re-imports, undo and backups (production build, Chromium)', () => {
  it('six export → import round trips keep every list after a reload, each under its own name', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await shortlistTwo(page);
    for (let trip = 1; trip <= 6; trip += 1) {
      // Each time the list just imported goes out and comes back, as between two colleagues.
      await importJson(page, `trip-${trip}.json`, await exportJson(page));
      await expect.poll(() => listOptions(page).count()).toBe(trip + 1);
    }
    await notices(page).getByText('as "My shortlist (7)"').waitFor();

    await page.reload();
    await gotoMeetings(page);
    const names = await listOptions(page).allInnerTexts();
    expect(names).toEqual(['My shortlist', ...[2, 3, 4, 5, 6, 7].map((n) => `My shortlist (${n})`)]);
    // Nothing was set aside at load: every list passed the saved-state schema.
    expect(await page.getByText('set aside').count()).toBe(0);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORE_KEY);
    const ids: string[] = saved.state.shortlists.map((l: { id: string }) => l.id);
    expect(new Set(ids).size).toBe(7);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(SAVED_STATE_LIMITS.shortlist.id);
    for (const name of names) {
      await page.getByRole('combobox', { name: 'Shortlist', exact: true }).selectOption({ label: name });
      expect(await shortlistState(page)).toEqual(BOTH);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('removing an entry with a note offers Undo (keyboard, announced) that brings the note back', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await shortlistTwo(page);
    await page.getByRole('button', { name: `Remove ${MTY} from shortlist` }).click();
    expect(await shortlistState(page)).toEqual([{ name: QRO, note: '' }]);

    const region = notices(page);
    expect(await region.getAttribute('aria-live')).toBe('polite');
    await region.getByText(`Removed ${MTY} and its note from "My shortlist".`).waitFor();
    // Still there a while later: an Undo never times out.
    await page.waitForTimeout(6_000);
    const undo = region.getByRole('button', { name: `Undo: Removed ${MTY} and its note from "My shortlist".` });
    await undo.focus();
    await page.keyboard.press('Enter');
    await undo.waitFor({ state: 'detached' });
    expect(await shortlistState(page)).toEqual(BOTH);

    // A deleted list comes back the same way, and both survive a reload.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, delete My shortlist' }).click();
    await page.getByText('This shortlist is empty').waitFor();
    await region.getByRole('button', { name: 'Undo: Deleted the shortlist "My shortlist" with 2 clusters.' }).click();
    await page.reload();
    await gotoMeetings(page);
    expect(await shortlistState(page)).toEqual(BOTH);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('imports its own backup after a cluster left the dataset, keeping that entry marked', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await shortlistTwo(page);
    const file = JSON.parse((await exportJson(page)).toString('utf8'));
    file.shortlist.name = 'Backup from 2025';
    file.shortlist.entries[1] = { clusterId: 'cluster-gone-since', note: 'They merged with another cluster' };
    await importJson(page, 'backup.json', Buffer.from(JSON.stringify(file), 'utf8'));

    await notices(page)
      .getByText(
        'Imported the shortlist "Backup from 2025" with 2 clusters. 1 cluster is not in the current dataset; it stays on the list, marked "not in the current dataset".',
      )
      .waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'was not imported' }).count()).toBe(0);
    const entries = page.getByRole('list', { name: 'Shortlisted clusters' }).locator(':scope > li');
    expect(await entries.nth(1).innerText()).toContain('not in the current dataset');
    expect(await page.getByLabel('Note for cluster-gone-since').inputValue()).toBe('They merged with another cluster');
    const schedule = page.getByRole('table', { name: 'Meeting schedule' });
    await schedule.getByRole('rowheader', { name: 'cluster-gone-since (not in the current dataset)' }).waitFor();

    await page.reload();
    await gotoMeetings(page);
    expect(
      await page.getByRole('combobox', { name: 'Shortlist', exact: true }).locator('option:checked').innerText(),
    ).toBe('Backup from 2025');
    expect(await page.getByLabel('Note for cluster-gone-since').inputValue()).toBe('They merged with another cluster');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
