// A saved list keeps the profile it was built for, on screen, on paper and in what is handed over:
// the share link (with notes and event settings) and the shortlist file, each opened in a fresh browser.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';
import { chooseSector, matchItems } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PICKS = [
  { name: 'Monterrey Aerocluster', note: 'MRO y compuestos; preguntar por el Ing. Pérez\n+52 81 1234 5678' },
  { name: 'Aerocluster de Querétaro', note: 'Formación dual con la UNAQ' },
  { name: "Chihuahua's Aerospace Cluster", note: '' },
] as const;
const HEGAN = 'HEGAN - Basque Aerospace Cluster';
const AERTIC = 'Agrupación Empresarial Innovadora del sector TIC de La Rioja';
const nfc = (text: string) => text.normalize('NFC').trim();

const view = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();

/** The aerospace event: "we are HEGAN" (which picks the aerospace sector), three partners with notes. */
async function buildAerospaceList(page: Page) {
  await page.getByRole('combobox', { name: 'We are…' }).selectOption({ value: 'hegan' });
  await matchItems(page).first().waitFor();
  for (const { name } of PICKS) {
    await page
      .getByRole('list', { name: 'Matches' })
      .getByRole('button', { name: `Add ${name} to shortlist` })
      .click();
  }
  await view(page, /Shortlist & meetings/);
  for (const { name, note } of PICKS) if (note) await page.getByLabel(`Note for ${name}`).fill(note);
  await page.getByLabel('Event name').fill('Aerospace week Querétaro');
  await page.getByLabel('Date', { exact: true }).fill('2027-03-16');
  await page.getByLabel('Meeting length').selectOption('30');
}

/** Each shortlisted partner with its score and note, as the shortlist panel shows them. */
async function shortlisted(page: Page) {
  const items = page.getByRole('list', { name: 'Shortlisted clusters' }).locator(':scope > li');
  await items.first().waitFor();
  return items.evaluateAll((lis) =>
    lis.map((li) => ({
      name: (li.querySelector('button')?.textContent ?? '').normalize('NFC').trim(),
      score: /Score ([\d.]+|—) of 100/.exec(li.textContent ?? '')?.[1] ?? null,
      note: li.querySelector('textarea')?.value ?? '',
    })),
  );
}

async function printText(page: Page) {
  await page.getByRole('button', { name: 'Print meeting list' }).click();
  const print = page.getByRole('dialog', { name: 'Print view' });
  await print.waitFor();
  const text = nfc(await print.innerText());
  const scores = await print
    .locator('tbody tr:first-child')
    .evaluateAll((trs) => trs.map((tr) => tr.children[6]?.textContent ?? ''));
  await page.getByRole('button', { name: 'Close print view' }).click();
  return { text, scores };
}

describe('workspaces (production build, Chromium)', () => {
  it('keeps the aerospace list aerospace after the dashboard moved to ICT, on screen and in print', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await buildAerospaceList(page);
    const before = await shortlisted(page);
    expect(before.map((e) => e.score).every((s) => s && /^\d/.test(s))).toBe(true);
    const printedBefore = await printText(page);
    expect(printedBefore.text).toContain(`EU cluster: ${HEGAN}`);

    await view(page, /Dashboard/);
    await page.getByRole('combobox', { name: 'We are…' }).selectOption({ value: 'aertic' });
    await page
      .getByRole('group', { name: 'Sector' })
      .getByRole('checkbox', { name: 'Aerospace', exact: true })
      .uncheck();
    await chooseSector(page, 'ICT and software');
    await view(page, /Shortlist & meetings/);

    const line = page.getByRole('group', { name: "The list's profile" });
    expect(nfc(await line.innerText())).toMatch(/Scored for: Aerospace · we are HEGAN/);
    expect(nfc(await line.innerText())).toContain('The dashboard now shows another profile');
    await page.screenshot({ path: artifactPath('workspace-profile-line.png') });
    expect(await shortlisted(page)).toEqual(before);
    const printed = await printText(page);
    expect(printed.text).toContain(`EU cluster: ${HEGAN}`);
    expect(printed.text).not.toContain(AERTIC);
    expect(printed.scores).toEqual(printedBefore.scores);

    // One click: the dashboard shows the list's profile again.
    await line.getByRole('button', { name: 'Open on the dashboard' }).click();
    await page.getByRole('list', { name: 'Matches' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'We are…' }).inputValue()).toBe('hegan');
    expect(await page.getByRole('checkbox', { name: 'Aerospace', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'ICT and software', exact: true }).isChecked()).toBe(false);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('hands the list over by share link, notes and event settings included, into a fresh browser', async () => {
    const sender = await openPage(browser);
    await buildAerospaceList(sender.page);
    const sent = await shortlisted(sender.page);
    await sender.page.getByRole('button', { name: 'Copy share link' }).click();
    const status = sender.page.getByRole('dialog').filter({ hasText: 'Share this view' });
    await status.getByText('It also carries the list "My shortlist": its event settings, its notes').waitFor();
    const link = await sender.page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link.length).toBeLessThan(6000);
    await sender.context.close();

    const receiver = await openPage(browser, link.slice(link.indexOf('?')));
    const { page } = receiver;
    await page.getByText('Opened a shared shortlist with 3 clusters.').waitFor();
    await view(page, /Shortlist & meetings/);
    expect(await shortlisted(page)).toEqual(sent);
    expect(await page.getByLabel('Event name').inputValue()).toBe('Aerospace week Querétaro');
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2027-03-16');
    expect(await page.getByLabel('Meeting length').inputValue()).toBe('30');
    expect(receiver.consoleErrors).toEqual([]);
    expect(receiver.foreignRequests).toEqual([]);
    await receiver.context.close();
  });

  it('hands the list over as a shortlist file: a colleague with another dashboard sees the same scores', async () => {
    const sender = await openPage(browser);
    await buildAerospaceList(sender.page);
    const sent = await shortlisted(sender.page);
    const [file] = await Promise.all([
      sender.page.waitForEvent('download'),
      sender.page.getByRole('button', { name: 'Export shortlist (JSON)' }).click(),
    ]);
    const bytes = readFileSync(await file.path());
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({
      version: 3,
      shortlist: { profile: { presetId: 'balanced' } },
    });
    await sender.context.close();

    const colleague = await openPage(browser);
    const { page } = colleague;
    await chooseSector(page, 'ICT and software');
    await view(page, /Shortlist & meetings/);
    for (let round = 0; round < 2; round += 1) {
      await page
        .getByLabel('Import shortlist file')
        .setInputFiles({ name: 'aero.json', mimeType: 'application/json', buffer: bytes });
    }
    await page.getByText('Imported the shortlist "My shortlist" as "My shortlist (2)"', { exact: false }).waitFor();
    expect(await shortlisted(page)).toEqual(sent);
    expect(nfc(await page.getByRole('group', { name: "The list's profile" }).innerText())).toMatch(/we are HEGAN/);
    expect(colleague.consoleErrors).toEqual([]);
    await colleague.context.close();
  });
});
