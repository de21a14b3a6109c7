// The files a user downloads, opened as a spreadsheet or a calendar would open them: the CSV with
// ',' and ';' (papaparse), the .xlsx (exceljs: number, date and time cells), two calendar exports
// around a reorder and a rename (ical.js: same UIDs, higher SEQUENCE), and the printed agenda.
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_SHEET_HEADER } from '@/domain/meeting-sheet';
import { artifactPath, launch, openPage } from './browser';
import { download, shortlistFromMatches } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NAMES = ['Monterrey Aerocluster', "Chihuahua's Aerospace Cluster", 'Aerocluster de Querétaro'];
const col = (name: (typeof MEETING_SHEET_HEADER)[number]) => MEETING_SHEET_HEADER.indexOf(name);
const nfc = (text: string) => text.normalize('NFC');

/** Morning 09:00–10:00 with a coffee break 09:20–09:40, the afternoon as it is; tables from 7. */
async function setUpEvent(page: Page) {
  await page.getByLabel('Event name').fill('Aerospace B2B');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-05');
  await page.getByLabel('Meeting length').selectOption('20');
  await page.getByLabel('Gap between meetings').fill('5');
  await page.getByLabel('Morning end', { exact: true }).fill('10:00');
  await page.getByRole('button', { name: 'Add break' }).click();
  await page.getByLabel('Coffee break start', { exact: true }).fill('09:20');
  await page.getByLabel('Coffee break end', { exact: true }).fill('09:40');
  await page.getByRole('checkbox', { name: 'Table numbers' }).check();
  await page.getByLabel('First table').fill('7');
  await page.getByLabel('First table').blur();
  await page.getByLabel(`Note for ${NAMES[0]}`).fill('+52 81 1234 5678\nAsk for Ing. Pérez');
}

function csvRows(bytes: Buffer, delimiter: ',' | ';'): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    delimiter,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function calendar(bytes: Buffer) {
  const vevents = new ICAL.Component(ICAL.parse(bytes.toString('utf8'))).getAllSubcomponents('vevent');
  return vevents.map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, sequence: e.sequence, start: e.startDate.toString(), location: e.location };
  });
}

describe('files as users open them (production build, Chromium)', () => {
  it('downloads the CSV both ways, the .xlsx and two calendars, and prints the agenda by session', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await shortlistFromMatches(page, 'Aerospace', NAMES);
    await setUpEvent(page);

    // CSV with the browser's default (en-US: commas, decimal points).
    const comma = csvRows((await download(page, 'Download CSV')).bytes, ',');
    expect(comma[0]).toEqual([...MEETING_SHEET_HEADER]);
    const data = comma.slice(1);
    expect(
      data.map((r) => [r[col('Date')], r[col('Session')], r[col('Start')], r[col('End')], r[col('Table')]]),
    ).toEqual([
      ['2026-11-05', 'Morning', '09:00', '09:20', '7'],
      ['2026-11-05', 'Morning', '09:40', '10:00', '8'],
      ['2026-11-05', 'Afternoon', '14:30', '14:50', '9'],
    ]);
    expect(data.map((r) => nfc(r[col('Partner')]))).toEqual(NAMES);
    // The phone number is shown as typed: no apostrophe.
    expect(data[0][col('Notes')]).toBe('+52 81 1234 5678\nAsk for Ing. Pérez');
    for (const r of data) expect(r[col('Score')]).toMatch(/^\d+(\.\d)?$/);

    // The separator chosen for a Spanish, French or German Excel: semicolons and decimal commas.
    await page.getByLabel('CSV separator').selectOption({ label: 'Semicolon (;) with decimal comma' });
    const semicolon = csvRows((await download(page, 'Download CSV')).bytes, ';');
    expect(semicolon[0]).toEqual([...MEETING_SHEET_HEADER]);
    expect(semicolon.slice(1).map((r) => r[col('Score')])).toEqual(data.map((r) => r[col('Score')].replace('.', ',')));
    expect(semicolon.slice(1).map((r) => r[col('Sectors')])).toEqual(data.map((r) => r[col('Sectors')]));

    // .xlsx, read back: numbers, dates and times are typed cells.
    const xlsx = await download(page, 'Download Excel (.xlsx)');
    expect(xlsx.name).toBe('aerospace-b2b-20261105-meetings.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer,
    );
    const row = workbook.worksheets[0]!.getRow(2);
    const cell = (name: (typeof MEETING_SHEET_HEADER)[number]) => row.getCell(col(name) + 1);
    expect(cell('Date').type).toBe(ExcelJS.ValueType.Date);
    expect((cell('Date').value as Date).toISOString()).toBe('2026-11-05T00:00:00.000Z');
    expect(cell('Start').type).toBe(ExcelJS.ValueType.Date);
    expect((cell('Start').value as Date).toISOString()).toBe('1899-12-30T09:00:00.000Z');
    expect(cell('Score').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('Score').value).toBe(Number(data[0][col('Score')]));
    expect(cell('Table').value).toBe(7);
    expect(cell('Notes').value).toBe('+52 81 1234 5678\nAsk for Ing. Pérez');

    // Two calendars around a reorder, then a rename: the same UIDs, a higher SEQUENCE each time.
    const first = calendar((await download(page, 'Download calendar (.ics)')).bytes);
    expect(first).toHaveLength(3);
    expect(first[0].location).toBe('Mexico City, Morning session, table 7');
    await page.getByRole('button', { name: `Move ${NAMES[0]} down` }).click();
    const reordered = calendar((await download(page, 'Download calendar (.ics)')).bytes);
    await page.getByLabel('Event name').fill('Aerospace B2B 2026');
    await page.getByLabel('Event name').blur();
    const renamed = calendar((await download(page, 'Download calendar (.ics)')).bytes);
    const uids = (c: typeof first) => c.map((e) => e.uid).sort();
    expect(uids(reordered)).toEqual(uids(first));
    expect(uids(renamed)).toEqual(uids(first));
    const seq = (c: typeof first, uid: string) => c.find((e) => e.uid === uid)!.sequence;
    for (const { uid } of first) {
      expect(seq(reordered, uid)).toBeGreaterThan(seq(first, uid));
      expect(seq(renamed, uid)).toBeGreaterThan(seq(reordered, uid));
    }
    const monterrey = (c: typeof first) => c.find((e) => e.uid.includes('monterrey'))?.start;
    expect(monterrey(reordered)).not.toBe(monterrey(first));

    // Print: a heading per session, the break as a row, a table per meeting, the website, the note's lines.
    await page.getByRole('button', { name: 'Print meeting list' }).click();
    const printView = page.getByRole('dialog', { name: 'Print view' });
    await printView.waitFor();
    const headings = await printView.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual(['Morning · 09:00–10:00', 'Afternoon · 14:30–17:30']);
    const text = nfc(await printView.innerText());
    expect(text).toContain('09:20–09:40');
    expect(text).toContain('Coffee break');
    const tables = await printView.locator('tbody tr:first-child td:nth-child(3)').allInnerTexts();
    expect(tables.filter((t) => /^\d+$/.test(t.trim()))).toEqual(['7', '8', '9']);
    expect(text).toMatch(/https?:\/\//);
    expect(text).toContain('+52 81 1234 5678\nAsk for Ing. Pérez');
    await page.screenshot({ path: artifactPath('files-print.png'), fullPage: true });

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
