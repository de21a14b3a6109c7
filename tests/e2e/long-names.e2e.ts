import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';
import { gotoMeetings } from './bad-input-helpers';
import { elementOverflow, pageOverflow, rewriteServed, tableRows, textOverflow } from './data-integrity-helpers';
import { matchItems, toFirstMatch } from './helpers';

// Issue 14, item 9: a name from the data can be one unbroken word of any length. It is reported
// (Data quality) and wraps wherever it is shown; nothing becomes wider than the window.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ID = 'monterrey-aerocluster';
const LONG_NAME = `M${'x'.repeat(49_999)}`;
const START = LONG_NAME.slice(0, 60);

/**
 * Nothing is wider than the window, none of `elements` scrolls sideways, and the name, shown in the
 * first of them (unless `mayLack`), fits it; returns how many times the name is shown there.
 */
async function expectNoOverflow(page: Page, where: string, elements: Locator[], mayLack = false): Promise<number> {
  expect(await pageOverflow(page), `${where}: page`).toBe(0);
  for (const [i, element] of elements.entries()) expect(await elementOverflow(element), `${where}: ${i}`).toBe(0);
  const { overflow, shown } = await textOverflow(elements[0] as Locator, START);
  expect(overflow, `${where}: the name`).toBe(0);
  if (!mayLack) expect(shown, `${where}: the name is shown`).toBeGreaterThan(0);
  return shown;
}

describe('a 50,000-character name (production build, Chromium)', () => {
  it('is reported and wraps in the list, detail, compare, shortlist, meeting table, print view and slides', async () => {
    let index = -1;
    const { page, context, consoleErrors } = await openPage(browser, '?s=aerospace', undefined, {
      beforeGoto: (p) =>
        rewriteServed(p, 'clusters.json', (served) => {
          index = served.records?.findIndex((r) => r.id === ID) ?? -1;
          const record = served.records?.[index];
          if (record) record.name = LONG_NAME;
        }),
    });
    const list = page.getByRole('list', { name: 'Matches' });
    const item = matchItems(page).filter({ hasText: START });
    await item.waitFor();
    expect(index).toBeGreaterThanOrEqual(0);
    expect((await item.getByRole('button').first().innerText()).length).toBeGreaterThanOrEqual(50_000);
    await expectNoOverflow(page, 'matches', [list, page.getByRole('region', { name: 'Matches', exact: true })]);

    await page.getByText(/^Data quality:/).click();
    expect(await tableRows(page, 'Data quality problems')).toEqual([
      [
        'clusters.json',
        ID,
        `[${index}].name`,
        'is 50,000 characters long; names over 300 characters are probably a data error',
      ],
    ]);

    await item.getByRole('button').first().click();
    const detail = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: START }) });
    await detail.waitFor();
    await expectNoOverflow(page, 'detail', [detail]);

    await item.getByRole('button', { name: /^Compare / }).click();
    await matchItems(page)
      .filter({ hasNotText: START })
      .first()
      .getByRole('button', { name: /^Compare / })
      .click();
    const compare = page.getByRole('region', { name: 'Compare', exact: true });
    await compare.getByRole('table', { name: 'Compare clusters' }).waitFor();
    await expectNoOverflow(page, 'compare', [compare, compare.getByRole('table', { name: 'Compare clusters' })]);

    await item.getByRole('button', { name: /^Add .* to shortlist$/ }).click();
    await gotoMeetings(page);
    const shortlist = page.getByRole('region', { name: 'Shortlist', exact: true });
    const meetings = page.getByRole('region', { name: 'Meeting list', exact: true });
    await meetings.getByText(START).first().waitFor();
    await expectNoOverflow(page, 'shortlist', [shortlist]);
    await expectNoOverflow(page, 'meeting list', [meetings, meetings.locator('table').first()]);

    await page.getByRole('button', { name: 'Print meeting list' }).click();
    const printView = page.getByRole('dialog', { name: 'Print view' });
    await printView.getByText(START).first().waitFor();
    await expectNoOverflow(page, 'print view', [printView, printView.locator('table').first()]);
    await page.getByRole('button', { name: 'Close print view' }).click();

    await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
    const slides = page.getByRole('dialog', { name: 'Presentation' });
    await toFirstMatch(page, slides);
    // Up to ten match slides: Aerospace lists its own and related clusters (9), the others on request.
    const position = await slides.getByText(/^Match 1 \/ \d+$/).innerText();
    const count = Number(/(\d+)$/.exec(position.trim())?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThanOrEqual(10);
    let shown = 0;
    for (let slide = 1; slide <= count; slide += 1) {
      await slides.getByText(`Match ${slide} / ${count}`, { exact: true }).waitFor();
      shown += await expectNoOverflow(page, `slide ${slide}`, [slides], true);
      await page.keyboard.press('ArrowRight');
    }
    expect(shown).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
