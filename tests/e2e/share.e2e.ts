import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { chooseSector, matchItems } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PICKS = ['Monterrey Aerocluster', 'Aerocluster de Querétaro'];

describe('share link (production build, Chromium)', () => {
  it('carries profile, weights and the shortlist to a colleague with an empty browser', async () => {
    const sender = await openPage(browser);
    const { page } = sender;
    await chooseSector(page, 'Aerospace');
    await page.getByRole('checkbox', { name: 'Training, talent and skills', exact: true }).check();
    await page.getByRole('combobox', { name: 'Weight preset' }).selectOption({ label: 'Quality first' });
    for (const name of PICKS)
      await page
        .getByRole('list', { name: 'Matches' })
        .getByRole('button', { name: `Add ${name} to shortlist` })
        .click();

    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByRole('status').filter({ hasText: 'with the 2 shortlisted clusters' }).waitFor();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/[?&]s=aerospace/);
    expect(link).toMatch(/[?&]sl=/);
    const ranking = await matchItems(page).evaluateAll((lis) => lis.slice(0, 5).map((li) => li.textContent));
    expect(sender.consoleErrors).toEqual([]);
    await sender.context.close();

    // A new context has no saved state: everything it shows comes from the link.
    const receiver = await openPage(browser, link.slice(link.indexOf('?')));
    const other = receiver.page;
    await other.getByText('Opened a shared shortlist with 2 clusters.').waitFor();
    expect(await other.getByRole('checkbox', { name: 'Aerospace', exact: true }).isChecked()).toBe(true);
    expect(await other.getByRole('checkbox', { name: 'Training, talent and skills', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await other.getByRole('combobox', { name: 'Weight preset' }).inputValue()).toBe('quality-first');
    await expect
      .poll(() => matchItems(other).evaluateAll((lis) => lis.slice(0, 5).map((li) => li.textContent)))
      .toEqual(ranking);
    await other.getByRole('button', { name: 'Shortlist & meetings (2)' }).click();
    const shortlisted = other.getByRole('list', { name: 'Shortlisted clusters' }).locator(':scope > li');
    await shortlisted.first().waitFor();
    expect((await shortlisted.allInnerTexts()).map((t) => t.normalize('NFC'))).toEqual([
      expect.stringContaining(PICKS[0]),
      expect.stringContaining(PICKS[1]),
    ]);
    expect(receiver.consoleErrors).toEqual([]);
    expect(receiver.foreignRequests).toEqual([]);
    await receiver.context.close();
  });
});
