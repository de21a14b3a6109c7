// Issue 12: the whole journey in Spanish at 1366×768 (dashboard, cluster detail, compare, meeting
// list, print view, presentation) shows no English UI text and passes axe, as the same views do in
// English; the CSV and iCalendar files read in Spanish; a language switch loses nothing.
// Controls are found by structure or by names read from the catalogs (ui(), sectorName()), so the
// test follows the Spanish wording of src/locales/es whatever it becomes.
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, type Finding } from './axe';
import { artifactPath, launch, openPage } from './browser';
import { ENGLISH, SPANISH, sectorName, spanishFor, ui } from './catalog-names';
import { englishUiText } from './english-ui-text';
import { chooseSector, matchItems } from './helpers';
import { visibleText } from './page-text';
import { MEETING_SHEET_HEADER } from '@/domain/meeting-sheet';

let browser: Browser;
const moderate: Finding[] = [];
const englishFound: Record<string, string[]> = {};
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  writeFileSync(artifactPath('axe-moderate-spanish.json'), `${JSON.stringify(moderate, null, 2)}\n`);
  writeFileSync(artifactPath('spanish-english-text.json'), `${JSON.stringify(englishFound, null, 2)}\n`);
});

type Lang = 'en' | 'es';
const JOURNEY_TIMEOUT = 240_000;
// The export's English header: none of it may remain in Spanish.
const ENGLISH_CSV_HEADER: readonly string[] = MEETING_SHEET_HEADER;
const NOTES = ['Preguntar por la Ing. Pérez', 'Día de proveedores «Chihuahua 2026»', 'Formación dual con la UNAQ'];
const EVENT_NAME = 'Rueda de negocios aeroespacial — Querétaro';
const nfc = (text: string) => text.normalize('NFC').trim();

const header = (page: Page) => page.getByRole('banner');
const views = (page: Page) => header(page).getByRole('navigation').getByRole('button');
const shortlisted = (page: Page) => page.getByRole('list', { name: ui('Shortlisted clusters') }).locator(':scope > li');

/** The dashboard with Aerospace chosen through its checkbox (Aeroespacial in Spanish). */
async function openDashboard(lang: Lang): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage(browser, lang === 'es' ? '?lang=es' : '');
  await chooseSector(opened.page, sectorName('aerospace'));
  await matchItems(opened.page).first().waitFor();
  return opened;
}

async function matchName(page: Page, n: number): Promise<string> {
  return nfc(await matchItems(page).nth(n).getByRole('button').first().innerText());
}

/** Shortlists the first three matches, opens the meeting view and writes a note for each. */
async function shortlistThree(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (let n = 0; n < 3; n += 1) {
    const name = await matchName(page, n);
    await matchItems(page)
      .nth(n)
      .getByRole('button', { name: ui(`Add ${name} to shortlist`) })
      .click();
    await page
      .getByRole('button', { name: ui(`Remove ${name} from shortlist`) })
      .first()
      .waitFor();
    names.push(name);
  }
  await views(page).nth(1).click();
  await shortlisted(page).nth(2).waitFor();
  for (const [n, name] of names.entries()) await page.getByLabel(ui(`Note for ${name}`)).fill(NOTES[n]);
  await page.getByLabel(ui('Event name')).fill(EVENT_NAME);
  await page.getByLabel(ui('Date')).fill('2026-11-05');
  await page
    .getByRole('table', { name: ui('Meeting schedule') })
    .locator('tbody tr')
    .nth(2)
    .waitFor();
  return names;
}

async function shortlistState(page: Page) {
  return shortlisted(page).evaluateAll((lis) =>
    lis.map((li) => ({
      name: (li.querySelector('button')?.textContent ?? '').normalize('NFC').trim(),
      note: li.querySelector('textarea')?.value ?? '',
    })),
  );
}

const REPORT_LINES = 80;

/** Keeps the English texts found for the artifact; the failure message lists the first REPORT_LINES. */
function englishReport(where: string, found: string[]): string {
  if (found.length) englishFound[where] = found;
  const more = found.length - REPORT_LINES;
  const tail = more > 0 ? [`…and ${more} more in ${artifactPath('spanish-english-text.json')}`] : [];
  return `${found.length} English UI texts on ${where}:\n  ${[...found.slice(0, REPORT_LINES), ...tail].join('\n  ')}\n`;
}

/** What each view is checked for: axe in both languages, English text and a screenshot in Spanish. */
function checker(page: Page, lang: Lang) {
  return async (view: string, scope: Locator, screenshot?: { name: string; english?: boolean }) => {
    expect.soft(await audit(page, `${view} (${lang})`, moderate), `axe, ${view} (${lang})`).toEqual([]);
    if (lang === 'es') {
      const found = englishUiText(await visibleText(scope));
      expect.soft(found.length, englishReport(`the Spanish ${view}`, found)).toBe(0);
    }
    if (screenshot && (lang === 'es' || screenshot.english)) {
      const name = `${screenshot.name}${lang === 'es' ? '-es' : ''}-1366x768.png`;
      await page.screenshot({ path: artifactPath(name) });
    }
  };
}

async function journey(lang: Lang) {
  const { page, context, consoleErrors } = await openDashboard(lang);
  const check = checker(page, lang);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await page
    .getByRole('region', { name: ui('Charts') })
    .getByRole('figure')
    .first()
    .waitFor({ timeout: 30_000 });
  await check('dashboard', page.locator('body'), { name: 'dashboard' });

  const first = await matchName(page, 0);
  await matchItems(page).first().getByRole('button').first().click();
  const detail = page.getByRole('dialog', { name: first });
  await detail.getByRole('heading').nth(1).waitFor();
  await check('cluster detail', detail, { name: 'cluster-detail', english: true });
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached' });

  for (const n of [0, 1]) {
    const name = await matchName(page, n);
    await matchItems(page)
      .nth(n)
      .getByRole('button', { name: ui(`Compare ${name}`) })
      .click();
  }
  const compare = page.getByRole('region', { name: ui('Compare') });
  await compare.getByRole('table').locator('thead th').nth(1).waitFor();
  await check('compare', compare, { name: 'compare', english: true });

  await shortlistThree(page);
  await check('meeting list', page.locator('body'), { name: 'meeting-list' });

  await page.getByRole('button', { name: ui('Print meeting list') }).click();
  const printView = page.getByRole('dialog', { name: ui('Print view') });
  await printView.locator('tbody tr').nth(2).waitFor();
  if (lang === 'es') expect(nfc(await printView.innerText())).toContain('5 de noviembre de 2026');
  await check('print view', printView);
  await page.emulateMedia({ media: 'print' });
  if (lang === 'es') await page.screenshot({ path: artifactPath('meeting-list-print-es.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await printView.waitFor({ state: 'detached' });

  await views(page).nth(0).click();
  await header(page)
    .getByRole('button', { name: ui('Present') })
    .click();
  const slides = page.getByRole('dialog', { name: ui('Presentation') });
  await slides.getByRole('heading', { level: 2 }).waitFor();
  await check('presentation', slides, { name: 'presentation' });
  await page.keyboard.press('ArrowRight');
  await check('presentation, second slide', slides);
  await page.keyboard.press('Escape');
  await slides.waitFor({ state: 'detached' });

  expect(consoleErrors).toEqual([]);
  await context.close();
}

async function download(page: Page, english: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: ui(english) }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '') };
}

/** iCalendar text unescaped, one logical line per property. */
function icsProperties(text: string, name: string): string[] {
  const logical = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return logical
    .filter((l) => l.startsWith(`${name}:`))
    .map((l) =>
      l
        .slice(name.length + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1'),
    );
}

const plain = (texts: string[], where: string) => texts.map((text) => ({ where, text }));

describe('Spanish journey (production build, Chromium, 1366×768)', () => {
  it('?lang=es opens in Spanish: <html lang="es">, lang=es stays in the address bar, nothing reported; an unknown value falls back with one notice', async () => {
    const { page, context, consoleErrors } = await openDashboard('es');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('es');
    // The address bar is written when the page is idle, so it is polled.
    await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('aerospace');
    expect(await page.locator('[data-notice]').allInnerTexts()).toEqual([]);
    expect(await header(page).getByRole('combobox').inputValue()).toBe('es');
    expect(consoleErrors).toEqual([]);
    await context.close();

    const other = await openPage(browser, '?lang=xx');
    await matchItems(other.page).first().waitFor({ state: 'attached' });
    const notices = await other.page.locator('[data-notice]').allInnerTexts();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('xx');
    expect(notices[0]).not.toMatch(/link parameter/i);
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => new URL(other.page.url()).searchParams.has('lang')).toBe(false);
    await other.context.close();
  });

  it(
    'English: the same views have no serious or critical axe violation',
    async () => {
      await journey('en');
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'Spanish: dashboard, detail, compare, meeting list, print view and presentation show no English UI text and pass axe',
    async () => {
      await journey('es');
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'Spanish: the CSV and the iCalendar file read in Spanish',
    async () => {
      const { page, context } = await openDashboard('es');
      const names = await shortlistThree(page);

      const csv = await download(page, 'Download CSV');
      const parsed = Papa.parse<string[]>(csv.text, { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const [head, ...rows] = parsed.data;
      expect(rows).toHaveLength(3);
      const englishLeft = head.filter((cell, i) => cell === ENGLISH_CSV_HEADER[i]);
      expect.soft(englishLeft, `English CSV columns: ${englishLeft.join(', ')}`).toEqual([]);
      // Each column reads as the catalog's Spanish for it.
      const expected = ENGLISH_CSV_HEADER.map((column) => spanishFor(column));
      const unmatched = head.filter((cell, i) => !expected[i]?.includes(cell));
      expect.soft(unmatched, `CSV header cells that are not the catalog's Spanish: ${head.join(' | ')}`).toEqual([]);
      const cells = englishUiText(plain(rows.flat(), 'CSV cell'));
      expect.soft(cells.length, englishReport('the CSV cells', cells)).toBe(0);
      expect.soft(csv.name, 'CSV file name').not.toMatch(/meetings|shortlist/i);
      expect(rows.map((r) => r.map(nfc))).toEqual(names.map((name, n) => expect.arrayContaining([name, NOTES[n]])));

      const ics = await download(page, 'Download calendar (.ics)');
      const summaries = icsProperties(ics.text, 'SUMMARY');
      const descriptions = icsProperties(ics.text, 'DESCRIPTION');
      expect(summaries).toHaveLength(3);
      const notSpanish = summaries.filter((summary) => !summary.includes('Reunión') || /Meeting/.test(summary));
      expect.soft(notSpanish, 'ICS SUMMARY lines without "Reunión" or with "Meeting"').toEqual([]);
      const english = englishUiText(plain([...summaries, ...descriptions.flatMap((d) => d.split('\n'))], 'ICS'));
      expect.soft(english.length, englishReport('the ICS SUMMARY/DESCRIPTION', english)).toBe(0);
      for (const [n, description] of descriptions.entries()) expect(description).toContain(NOTES[n]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'switching to English and back mid-journey keeps the shortlist, its notes, the event and the view',
    async () => {
      const { page, context, consoleErrors } = await openDashboard('es');
      await shortlistThree(page);
      const before = await shortlistState(page);
      expect(before.map((e) => e.note)).toEqual(NOTES);
      const language = header(page).getByRole('combobox');
      const lang = () => page.evaluate(() => document.documentElement.lang);
      const params = () => new URL(page.url()).searchParams;
      const same = async () => {
        await shortlisted(page).nth(2).waitFor();
        expect(await shortlistState(page)).toEqual(before);
        expect(await page.getByLabel(ui('Event name')).inputValue()).toBe(EVENT_NAME);
        expect(params().get('s')).toBe('aerospace');
      };

      await language.selectOption('en');
      await expect.poll(lang).toBe('en');
      await expect.poll(() => params().has('lang')).toBe(false);
      await header(page)
        .getByRole('combobox', { name: ENGLISH.get('common:language.label') })
        .waitFor();
      await same();

      await language.selectOption('es');
      await expect.poll(lang).toBe('es');
      await expect.poll(() => params().get('lang')).toBe('es');
      await header(page)
        .getByRole('combobox', { name: SPANISH.get('common:language.label') })
        .waitFor();
      await same();

      await page.reload();
      await expect.poll(lang).toBe('es');
      await views(page).nth(1).click();
      await same();
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
