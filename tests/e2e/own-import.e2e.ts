// Issue 18, the sheet import of organisations in real Chromium: a CSV picked from the header's Your data
// menu adds a new organisation with its contact person, offers a new website for a sourced cluster
// named with other accents and case, and leaves out a row with a bad website, naming row and column.
// The new organisation is then ranked and marked, and its contact person reaches the meeting list and
// its vCard and CRM CSV, parsed by ical.js and papaparse.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_CSV_HEADER } from '@/domain/crm-csv';
import { launch, openPage } from './browser';
import { gotoMeetings } from './bad-input-helpers';
import {
  chooseSector,
  download,
  fromYourData,
  matchItemNamed,
  readCsv,
  readVcards,
  shortlistMatch,
  shot,
} from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NEW_ORG = 'Red Aeroespacial del Valle del Yaqui';
const CLAUT = 'Cluster Automotriz de Nuevo León, A.C.';
const SHEET = [
  'Organisation,State,Sectors,Website,First name,Last name,E-mail,Phone',
  `${NEW_ORG},Sonora,Aerospace,https://yaqui-aero.example.org/,Lucía,Ramírez,lucia.ramirez@example.org,+52 644 123 4567`,
  'cluster automotriz de nuevo leon,,,https://www.claut.example.mx/,,,,',
  'Clúster Minero del Altiplano,Zacatecas,Mining,www.minero-altiplano.example,,,,',
].join('\n');

/** Opens the sheet import from the header's Your data menu and picks the CSV; the import dialog. */
async function pickSheet(page: Page, text: string) {
  await fromYourData(page, 'Import organisations from a sheet');
  const dialog = page.getByRole('dialog', { name: 'Import organisations from a sheet' });
  await dialog.getByLabel('Choose a CSV or .xlsx file').setInputFiles({
    name: 'partners.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  const report = dialog.getByRole('region', { name: 'What each row does' });
  await report.waitFor();
  const row = (n: number) => report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n) }) });
  return { dialog, report, row };
}

describe('sheet import of organisations (production build, Chromium)', () => {
  it('imports a new organisation with a contact and a correction, leaves out the bad row, and carries the contact out', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    const { dialog, report, row } = await pickSheet(page, SHEET);
    expect(await report.innerText()).toContain(
      '3 rows · 1 new organisation · 1 correction · 0 up to date · 1 with problems',
    );
    expect(await row(2).innerText()).toContain('New organisation');
    expect(await row(3).innerText()).toContain(`Correction of “${CLAUT}”: website`);
    // Rows keep the numbers the spreadsheet shows (the header is row 1); the bad one names its column.
    const bad = await row(4).innerText();
    expect(bad).toContain('Not imported');
    expect(bad).toContain('Column “Website”: Give a web address starting with http:// or https://.');
    const leftOut = dialog.getByRole('status').filter({ hasText: '1 row with problems will be left out.' });
    expect(await leftOut.count()).toBe(1);
    await report.scrollIntoViewIfNeeded();
    await shot(page, 'own-import-report.png');
    await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
    await dialog.waitFor({ state: 'detached' });

    await chooseSector(page, 'Aerospace');
    const item = await matchItemNamed(page, NEW_ORG);
    expect(await item.getByText('Added by you').count()).toBe(1);
    expect(Number(await item.getAttribute('aria-posinset'))).toBeGreaterThan(0);

    await shortlistMatch(page, NEW_ORG);
    await gotoMeetings(page);
    const schedule = page.getByRole('table', { name: 'Meeting schedule' });
    const contact = 'Lucía Ramírez · lucia.ramirez@example.org · +52 644 123 4567';
    await expect.poll(() => schedule.getByRole('rowheader').first().innerText()).toContain(contact);

    const cards = readVcards((await download(page, 'Partners as vCard')).bytes);
    expect(cards).toHaveLength(1);
    const card = cards[0];
    expect(card.getFirstPropertyValue('fn')).toBe('Lucía Ramírez');
    expect(card.getFirstPropertyValue('n')).toEqual(['Ramírez', 'Lucía', '', '', '']);
    expect(card.getFirstPropertyValue('org')).toBe(NEW_ORG);
    expect(card.getFirstPropertyValue('email')).toBe('lucia.ramirez@example.org');
    expect(card.getFirstPropertyValue('tel')).toBe('+52 644 123 4567');

    const [header, ...rows] = readCsv((await download(page, 'Contacts for CRM (CSV)')).bytes);
    expect(header).toEqual([...CRM_CSV_HEADER]);
    expect(rows).toHaveLength(1);
    const col = (name: (typeof CRM_CSV_HEADER)[number]) => rows[0][CRM_CSV_HEADER.indexOf(name)];
    expect([col('First Name'), col('Last Name'), col('Email'), col('Phone'), col('Company')]).toEqual([
      'Lucía',
      'Ramírez',
      'lucia.ramirez@example.org',
      '+52 644 123 4567',
      NEW_ORG,
    ]);

    // The left-out row was left out whole: fixed and imported again, it is new while the others are up to date.
    const again = await pickSheet(page, SHEET.replace('www.minero-altiplano', 'https://www.minero-altiplano'));
    expect(await again.report.innerText()).toContain(
      '3 rows · 1 new organisation · 0 corrections · 2 up to date · 0 with problems',
    );
    expect(await again.row(2).innerText()).toContain(`Already up to date: “${NEW_ORG}”`);
    expect(await again.row(3).innerText()).toContain(`Already up to date: “${CLAUT}”`);
    expect(await again.row(4).innerText()).toContain('New organisation');
    // The title bar and the foot of the dialog both offer Cancel.
    await again.dialog.getByRole('button', { name: 'Cancel' }).last().click();
    await again.dialog.waitFor({ state: 'detached' });

    // The correction: CLAUT's detail shows the sourced website and the one from the sheet.
    await page.goto(new URL('?sel=claut', page.url()).href);
    const website = page.getByRole('dialog', { name: CLAUT }).locator('[data-own-field="website"]');
    await expect.poll(() => website.locator('[data-value="yours"]').count()).toBe(1);
    expect(await website.locator('[data-value="sourced"]').innerText()).toContain('http://www.claut.com.mx/');
    expect(await website.locator('[data-value="yours"]').innerText()).toContain('https://www.claut.example.mx/');

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
