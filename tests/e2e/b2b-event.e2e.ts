// Issue 17 part A: a B2B event built from two shortlists, scheduled, with an unplaced meeting
// explained; a meeting moved with the keyboard, the move undone and made again; the schedule is
// still there after a reload. Screenshots of the grid at 1366×768 go to test-results/e2e. A long
// import report scrolls between the dialog's title and its buttons, which stay on screen.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell } from './b2b-helpers';
import { artifactPath, launch, openPage } from './browser';
import { shortlistFromMatches } from './helpers';
import { openAt, shotPath } from './layout-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PARTNERS = ['Monterrey Aerocluster', 'Aerocluster de Querétaro', "Chihuahua's Aerospace Cluster"] as const;
const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function secondList(page: Page) {
  await page.getByRole('button', { name: 'New shortlist' }).click();
  await page.getByLabel('Name of the new shortlist').fill('Bavaria delegation');
  await page.getByRole('button', { name: 'Create shortlist' }).click();
  await views(page)
    .getByRole('button', { name: /Dashboard/ })
    .click();
  for (const name of PARTNERS) {
    await page
      .getByRole('list', { name: 'Matches' })
      .getByRole('button', { name: `Add ${name} to shortlist` })
      .click();
    await page
      .getByRole('button', { name: `Remove ${name} from shortlist` })
      .first()
      .waitFor();
  }
}

const cellText = async (page: Page, slot: number, table: number) =>
  (await cell(page, slot, table).innerText()).normalize('NFC');

describe('B2B event', () => {
  it('builds an event from two shortlists, schedules, explains, moves by keyboard, undoes and keeps it after a reload', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser);
    await shortlistFromMatches(page, 'Aerospace', PARTNERS);
    await secondList(page);
    await views(page).getByRole('button', { name: 'B2B event' }).click();

    await page.getByText('Participants (0)').waitFor();
    for (const box of await page
      .getByRole('group', { name: /From your shortlists/ })
      .getByRole('checkbox')
      .all())
      await box.check();
    await page.getByRole('button', { name: 'Add participants from shortlists' }).click();
    await page.getByText('Added 6 requested meetings.').waitFor();

    // 09:00–10:30 (3 slots), 2 tables, at most 2 meetings each: 4 of the 6 fit.
    await page.getByText('Event', { exact: true }).click();
    await page.getByLabel('End').first().fill('10:30');
    await page.getByLabel('Tables', { exact: true }).fill('2');
    await page.getByLabel('Most meetings per participant').fill('2');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByText(/Scheduled 4 of 6 · at most 4 can be placed with this availability \(proven\)/).waitFor();
    await page.getByText('2 meetings not placed').waitFor();
    await page
      .getByText(/already has its maximum of 2 meetings/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: '2 meetings not placed' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('b2b-unplaced')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: artifactPath('b2b-grid-1366.png') });

    // Pick a meeting up with Enter and put it down on a free (green) cell with Enter.
    const cells = [...Array(6).keys()].map((i) => [Math.floor(i / 2), i % 2] as const);
    const titles = () => Promise.all(cells.map(([s, t]) => cell(page, s, t).getAttribute('title')));
    const from = cells[(await titles()).findIndex((x) => x?.includes('×'))];
    const before = await cellText(page, ...from);
    await cell(page, ...from).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/picked up: choose a green cell/).waitFor();
    const target = cells[(await titles()).findIndex((x) => x?.endsWith(': free'))];
    await page.screenshot({ path: artifactPath('b2b-grid-picked.png') });
    await cell(page, ...target).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/it is now locked|both are now locked/).waitFor();
    expect(await cellText(page, ...target)).toContain(before.split('\n')[0]);
    expect(await cellText(page, ...target)).toContain('Locked');

    await page.keyboard.press('Control+z');
    await expect.poll(() => cellText(page, ...from)).toBe(before);

    await cell(page, ...from).focus();
    await page.keyboard.press('Enter');
    await cell(page, ...target).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/it is now locked|both are now locked/).waitFor();
    const moved = await cellText(page, ...target);

    await page.reload();
    await views(page).getByRole('button', { name: 'B2B event' }).click();
    await page.getByText(/Scheduled 4 of 6/).waitFor();
    expect(await cellText(page, ...target)).toBe(moved);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('a 40-row import report keeps the title, Cancel and Apply on screen at 1366×768', async () => {
    const size = { width: 1366, height: 768 };
    const { page, context, consoleErrors } = await openAt(browser, size);
    await views(page).getByRole('button', { name: 'B2B event' }).click();
    await page.getByRole('button', { name: 'Import from a spreadsheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import participants, availability and requests' });
    // Every row has a side that is neither eu nor mx: one problem a row, 40 rows in the report.
    const csv = ['name,side', ...Array.from({ length: 40 }, (_, i) => `Cluster ${i + 1},north`)].join('\n');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'participants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const problems = dialog.getByRole('table', { name: 'Problems in participants.csv' });
    await problems.waitFor();
    expect(await problems.locator('tbody tr').count()).toBe(40);
    const onScreen = async (locator: Locator) => {
      const b = await locator.boundingBox();
      expect(b).not.toBeNull();
      expect(b!.y).toBeGreaterThanOrEqual(0);
      expect(b!.y + b!.height).toBeLessThanOrEqual(size.height);
    };
    await onScreen(dialog);
    await onScreen(dialog.getByRole('heading', { name: 'Import participants, availability and requests' }));
    for (const button of await dialog.getByRole('button', { name: 'Cancel' }).all()) await onScreen(button);
    await onScreen(dialog.getByRole('button', { name: 'Apply' }));
    // Only the body scrolls: the report is taller than the window, the dialog itself is not.
    expect(await dialog.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    expect(await problems.evaluate((el) => el.getBoundingClientRect().bottom > window.innerHeight)).toBe(true);
    await page.screenshot({ path: shotPath('b2b-import-768') });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
