// Issue 18, part A in real Chromium: the user adds an organisation with a contact, finds it ranked and
// marked as theirs, keeps it over a reload, takes it to a fresh browser in the workspace file; corrects
// a sourced website, sees both values, and reverts. Screenshots of the journey go to tmp-shots/.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { chooseSector, download, fromYourData, matchItemNamed, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NAME = 'Clúster Aeroespacial del Bajío Norte';
const SHOTS = 'tmp-shots';

async function addOrganisation(page: Page) {
  await fromYourData(page, 'Add an organisation');
  const dialog = page.getByRole('dialog', { name: 'Add an organisation' });
  await dialog.getByLabel('Name', { exact: true }).fill(NAME);
  await dialog.getByRole('combobox', { name: /^State/ }).selectOption({ label: 'Guanajuato' });
  await dialog.getByRole('group', { name: 'Sectors' }).getByRole('checkbox', { name: 'Aerospace' }).check();
  await dialog.getByRole('button', { name: 'Add to Contact persons' }).click();
  await dialog.getByLabel('First name').fill('Ana');
  await dialog.getByLabel('Last name').fill('López');
  await dialog.getByLabel('E-mail').fill('ana.lopez-example.org');
  await dialog.getByRole('button', { name: 'Add to ESCA labels' }).click();
  await dialog.getByRole('combobox', { name: /^Level/ }).selectOption({ label: 'Gold' });
  await dialog.getByLabel('Valid until').fill('2027-02-30');
  await dialog.getByRole('button', { name: 'Add organisation' }).click();
  // Nothing is saved while a value is wrong; each message stands under its field.
  await expect.poll(() => dialog.getByText('This is not an e-mail address (name@example.org).').count()).toBe(1);
  await expect.poll(() => dialog.getByText('This date does not exist on the calendar.').count()).toBe(1);
  await dialog.getByLabel('E-mail').fill('ana.lopez@example.org');
  await dialog.getByLabel('Valid until').fill('2027-12-31');
  await dialog.getByLabel('Note (optional)').fill('Met at the Querétaro aerospace fair');
  await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
  await dialog.getByRole('group', { name: 'Contact persons', exact: true }).scrollIntoViewIfNeeded();
  await shot(page, 'own-add.png');
  await dialog.getByRole('button', { name: 'Add organisation' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const ownItem = (page: Page) => matchItemNamed(page, NAME);

describe('own facts', () => {
  it("adds an organisation that is ranked, marked as the user's, kept over a reload and carried in the workspace file", async () => {
    const { context, page, consoleErrors, foreignRequests } = await openPage(browser);
    await addOrganisation(page);
    await chooseSector(page, 'Aerospace');
    const item = await ownItem(page);
    expect(await item.getByText('Added by you').count()).toBe(1);
    const rank = Number(await item.getAttribute('aria-posinset'));
    // A valid gold label and the exact sector put it among the first aerospace matches.
    expect(rank).toBeLessThanOrEqual(5);
    // The detail opened on the new organisation, its values marked as the user's entry.
    const detail = page.getByRole('dialog', { name: NAME });
    await expect.poll(() => detail.getByText('Your organisation').count()).toBe(1);
    expect(await detail.getByText(/Ana López, ana\.lopez@example\.org/).count()).toBe(1);
    expect(await detail.getByText(/Gold ESCA label.*\(your entry\)/).count()).toBeGreaterThan(0);

    await page.reload();
    await chooseSector(page, 'Aerospace');
    expect(await (await ownItem(page)).getByText('Added by you').count()).toBe(1);

    await fromYourData(page, 'Saved data');
    const file = await download(page, 'Download the workspace');
    const parsed = JSON.parse(file.bytes.toString('utf8'));
    expect(parsed.ownFacts.organisations[0].values.contacts.value[0]).toMatchObject({ email: 'ana.lopez@example.org' });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();

    const fresh = await openPage(browser);
    await fromYourData(fresh.page, 'Saved data');
    // A real file on disk, as the user picks it.
    const path = `${SHOTS}/workspace.json`;
    writeFileSync(path, file.bytes);
    await fresh.page.getByLabel('Import a workspace file:').setInputFiles(path);
    await expect
      .poll(() =>
        fresh.page
          .getByRole('dialog', { name: 'Saved data' })
          .getByRole('status')
          .filter({ hasText: 'Your own facts were merged in: 1 organisation' })
          .count(),
      )
      .toBe(1);
    await fresh.page.getByRole('button', { name: 'Close' }).first().click();
    await chooseSector(fresh.page, 'Aerospace');
    expect(await (await ownItem(fresh.page)).getByText('Added by you').count()).toBe(1);
    expect(fresh.consoleErrors).toEqual([]);
    await fresh.context.close();
  });

  it('corrects a sourced website, shows both values, and reverts', async () => {
    const { context, page, consoleErrors } = await openPage(browser, '?sel=it-baja');
    const detail = page.getByRole('dialog', { name: 'IT@Baja' });
    const row = detail.locator('[data-own-field="website"]');
    await row.getByRole('button', { name: 'Correct Website' }).click();
    await row.getByLabel('Website').fill('https://www.itbaja.mx/');
    await row.getByLabel('Your source (link, optional)').fill('https://eccp.example.org/it-baja');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.locator('[data-value="yours"]').count()).toBe(1);
    expect(await row.locator('[data-value="sourced"]').innerText()).toContain('https://itbaja.org/');
    expect(await row.locator('[data-value="yours"]').innerText()).toMatch(
      /https:\/\/www\.itbaja\.mx\/.*corrected by you/,
    );
    // The facts above show the user's website now.
    expect(await detail.getByRole('link', { name: /www\.itbaja\.mx/ }).count()).toBeGreaterThan(0);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'own-correct.png');
    await row.getByRole('button', { name: 'Revert Website to the sources' }).click();
    await expect.poll(() => row.locator('[data-value="yours"]').count()).toBe(0);
    expect(await detail.getByRole('link', { name: /www\.itbaja\.mx/ }).count()).toBe(0);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'own-revert.png');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
