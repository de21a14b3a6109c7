// What is sourced, ours and inferred, and a policy's status at two as-of dates, in the production build.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { openTab } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PRO_AEREO = 'Aerospace Industry National Strategic Program 2012-2020 (Pro-Aéreo)';

async function proAereo(page: Page) {
  // Policies live in a tab under the map.
  await openTab(page, 'Policies');
  const policies = page.getByRole('region', { name: 'Relevant policies' });
  const card = policies.getByRole('article', { name: PRO_AEREO });
  await policies.getByRole('list', { name: 'Federal and sectoral', exact: true }).waitFor();
  // Ended items come after live ones, past the first five of the group.
  if ((await card.count()) === 0)
    await policies.getByRole('button', { name: /^Show all \d+: Federal and sectoral/ }).click();
  await card.waitFor();
  return card;
}

describe('provenance and time honesty (production build, Chromium)', () => {
  it('marks CTYL’s inferred state and our taxonomy and map position in the detail', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, '/?s=transport-logistics');
    await page.getByRole('button', { name: 'Cluster de Transporte y Logística', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Cluster de Transporte y Logística' });
    await dialog.waitFor();
    await expect(dialog.locator('[data-provenance="inferred"]').first().innerText()).resolves.toMatch(
      /^inferred by us: .*acronym spells that name/,
    );
    const editorial = await dialog.locator('[data-provenance="editorial"]').allInnerTexts();
    expect(editorial).toContain('related sector, our taxonomy');
    expect(editorial).toContain('map position, our approximate placement (not from the sources)');
    const stated = await dialog.getByRole('table').locator('[data-provenance="stated"]').allInnerTexts();
    expect(stated).toContain('stated in the 2019 briefing, Table 6 – Formally organised clusters by state');
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it.each([
    ['2026-01-10', 'Ended', 'Period ended 2020; described as in force in the 2019 briefing'],
    ['2019-03-01', 'In force', 'described as in force in the 2019 briefing'],
  ])('as of %s Pro-Aéreo reads "%s"', async (asOf, badge, note) => {
    const { page, context, consoleErrors } = await openPage(browser, `/?s=aerospace&d=${asOf}`);
    const card = await proAereo(page);
    await card.getByText(badge, { exact: true }).waitFor();
    await card.getByText(note, { exact: true }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
