import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_SHEET_HEADER } from '@/domain/meeting-sheet';
import { STORE_VERSION } from '@/stores/saved-shortlists';
import { artifactPath, launch, openPage } from './browser';
import { gotoMeetings } from './bad-input-helpers';
import { chooseSector, download, matchItems, shortlistFromMatches } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STORE_KEY = 'eu-mx-matchmaking';

// Shortlist order on purpose differs from rank order, so "in order" means the shortlist's order.
const PICKS = [
  { name: 'Monterrey Aerocluster', state: 'Nuevo León', note: 'MRO, composites; ask for Ing. Pérez' },
  { name: "Chihuahua's Aerospace Cluster", state: 'Chihuahua', note: 'Supplier day "Chihuahua 2026"' },
  { name: 'Aerocluster de Querétaro', state: 'Querétaro', note: 'Training, UNAQ — dual education' },
] as const;
const NAMES = PICKS.map((p) => p.name);

const nfc = (text: string) => text.normalize('NFC').trim();

/** Adds the three picks from the Aerospace match list and opens the meeting view. */
async function shortlistPicks(page: Page) {
  await shortlistFromMatches(page, 'Aerospace', NAMES);
}

function shortlistItems(page: Page): Locator {
  return page.getByRole('list', { name: 'Shortlisted clusters' }).locator(':scope > li');
}

async function shortlistState(page: Page) {
  const items = shortlistItems(page);
  return items.evaluateAll((lis) =>
    lis.map((li) => ({
      name: (li.querySelector('button')?.textContent ?? '').normalize('NFC').trim(),
      note: li.querySelector('textarea')?.value ?? '',
    })),
  );
}

async function scheduleRows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Meeting schedule' })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? '').normalize('NFC').trim())),
    );
}

/** Event name/date/place and a single 09:00–10:00 session of 20-minute meetings with 5-minute gaps. */
async function setUpEvent(page: Page) {
  await page.getByLabel('Event name').fill('Aerospace B2B — Querétaro');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-05');
  await page.getByLabel('Place', { exact: true }).fill('Querétaro Centro de Congresos');
  await page.getByLabel('Meeting length').selectOption('20');
  await page.getByLabel('Gap between meetings').fill('5');
  await page.getByRole('button', { name: 'Remove session Afternoon' }).click();
  await page.getByLabel('Morning start', { exact: true }).fill('09:00');
  await page.getByLabel('Morning end', { exact: true }).fill('10:00');
}

function overflowWarning(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: /do(es)? not fit the sessions/ });
}

describe('shortlist, meeting list and exports (production build, Chromium)', () => {
  it('keeps three shortlisted clusters with their notes, in order, across a reload', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await shortlistPicks(page);
    for (const pick of PICKS) await page.getByLabel(`Note for ${pick.name}`).fill(pick.note);
    const before = await shortlistState(page);
    expect(before).toEqual(PICKS.map((p) => ({ name: p.name, note: p.note })));

    await page.reload();
    await gotoMeetings(page);
    await shortlistItems(page).first().waitFor();
    expect(await shortlistState(page)).toEqual(before);
    // The header count reads from the same saved list.
    await page.getByRole('button', { name: 'Shortlist & meetings (3)' }).waitFor();
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('builds a timed meeting list, flags the meeting that does not fit, and exports CSV and iCalendar', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await shortlistPicks(page);
    for (const pick of PICKS) await page.getByLabel(`Note for ${pick.name}`).fill(pick.note);
    await setUpEvent(page);

    await overflowWarning(page).waitFor();
    const warning = nfc(await overflowWarning(page).innerText());
    expect(warning).toContain('1 meeting does not fit the sessions');
    expect(warning).toContain('3. Aerocluster de Querétaro');
    expect(warning).not.toContain('Monterrey');
    const rows = await scheduleRows(page);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['1', '09:00–09:20', 'Monterrey Aerocluster', 'Nuevo León'],
      ['2', '09:25–09:45', "Chihuahua's Aerospace Cluster", 'Chihuahua'],
      ['3', '⚠ not scheduled', 'Aerocluster de Querétaro', 'Querétaro'],
    ]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: artifactPath('meeting-list-1366x768.png') });

    // CSV: BOM, the stable header, accents intact, rows in shortlist order, the overflow kept.
    const csv = await download(page, 'Download CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    const [header, ...data] = parsed.data;
    expect(header).toEqual([...MEETING_SHEET_HEADER]);
    const col = (name: (typeof MEETING_SHEET_HEADER)[number]) => MEETING_SHEET_HEADER.indexOf(name);
    expect(data.map((r) => nfc(r[col('Partner')]))).toEqual(NAMES);
    expect(data.map((r) => nfc(r[col('State')]))).toEqual(PICKS.map((p) => p.state));
    expect(data.map((r) => [r[col('Start')], r[col('End')]])).toEqual([
      ['09:00', '09:20'],
      ['09:25', '09:45'],
      ['', ''],
    ]);
    expect(data.map((r) => r[col('Session')])[2]).toBe('not scheduled');
    expect(data.map((r) => r[col('Notes')])).toEqual(PICKS.map((p) => p.note));
    for (const row of data) {
      expect(row).toHaveLength(MEETING_SHEET_HEADER.length);
      expect(row[col('Sources')]).not.toBe('');
      expect(Number(row[col('Score')])).toBeGreaterThan(0);
    }

    // iCalendar: one VEVENT per scheduled meeting (the overflow has no time to book).
    const first = await download(page, 'Download calendar (.ics)');
    checkIcs(first.bytes, 2);

    // A longer session makes room for the third meeting; the warning goes away.
    await page.getByLabel('Morning end', { exact: true }).fill('10:10');
    await overflowWarning(page).waitFor({ state: 'detached' });
    expect((await scheduleRows(page)).map((r) => r[1])).toEqual(['09:00–09:20', '09:25–09:45', '09:50–10:10']);
    const ics = checkIcs((await download(page, 'Download calendar (.ics)')).bytes, 3);
    expect(ics).toMatch(/DTSTART;TZID=America\/Mexico_City:20261105T095000\r\n/);
    expect(ics).toMatch(/DTEND;TZID=America\/Mexico_City:20261105T101000\r\n/);
    expect(ics).toContain('LOCATION:Querétaro Centro de Congresos');

    // Print: the print view is a clean A4 page with the event header and all three meetings.
    await page.emulateMedia({ media: 'print' });
    // Ctrl+P without the print view: what the browser prints of the meeting view as it is.
    await page.screenshot({ path: artifactPath('meeting-list-print-direct.png'), fullPage: true });
    await page.getByRole('button', { name: 'Print meeting list' }).click();
    const printView = page.getByRole('dialog', { name: 'Print view' });
    await printView.waitFor();
    expect(nfc(await printView.innerText())).toContain('Aerospace B2B — Querétaro');
    await page.screenshot({ path: artifactPath('meeting-list-print.png'), fullPage: true });
    const printed = await page.evaluate(() => ({
      visibleOutside: [...document.body.children].filter(
        (el) => !el.matches('[aria-label="Print view"]') && getComputedStyle(el).display !== 'none',
      ).length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(printed.visibleOutside).toBe(0);
    expect(printed.overflow).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Close print view' }).click();

    // With the map: the three meetings as numbered markers under the header, offline.
    await page.getByRole('checkbox', { name: 'Include map in print' }).check();
    await page.getByRole('button', { name: 'Print meeting list' }).click();
    await printView.waitFor();
    const numbers = printView.locator('.leaflet-container .schedule-map-number');
    await expect.poll(() => numbers.allInnerTexts()).toEqual(['1', '2', '3']);
    expect(await printView.locator('figcaption').innerText()).toMatch(/^Numbers follow the meeting order/);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: artifactPath('meeting-list-print-map.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Close print view' }).click();

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('exports the shortlist as JSON; a broken import shows each problem and changes nothing', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await shortlistPicks(page);
    await page.getByLabel(`Note for ${NAMES[0]}`).fill(PICKS[0].note);

    const exported = await download(page, 'Export shortlist (JSON)');
    expect(exported.name).toMatch(/\.json$/);
    const file: unknown = JSON.parse(exported.bytes.toString('utf8'));
    const shortlist = readShortlist(file);
    expect(shortlist.entries.map((e) => e.clusterId)).toEqual([
      'monterrey-aerocluster',
      'chihuahua-aerospace-cluster',
      'aerocluster-queretaro',
    ]);
    expect(shortlist.entries[0].note).toBe(PICKS[0].note);

    const saved = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
    const before = await shortlistState(page);
    const input = page.getByLabel('Import shortlist file');
    const importAlert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    const tryImport = async (name: string, text: string) => {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
      await importAlert.filter({ hasText: name }).waitFor();
      return nfc(await importAlert.innerText());
    };

    const notJson = await tryImport('broken.json', '{"format": "eu-mexico-shortlist", ');
    expect(notJson).toContain('"broken.json" was not imported; nothing was changed.');
    expect(notJson).toMatch(/\(file\): The file is not valid JSON/);

    const wrongField = JSON.parse(exported.bytes.toString('utf8'));
    wrongField.shortlist.event.meetingMinutes = 'twenty';
    wrongField.shortlist.entries[1].note = 42;
    const fieldProblems = await tryImport('wrong-field.json', JSON.stringify(wrongField));
    expect(fieldProblems).toMatch(/shortlist\.event\.meetingMinutes: \S/);
    expect(fieldProblems).toMatch(/shortlist\.entries\[1\]\.note: \S/);

    // A cluster listed twice (a hand edit; a cluster no longer in the dataset is kept: undo-import.e2e.ts).
    const twice = JSON.parse(exported.bytes.toString('utf8'));
    twice.shortlist.entries[2].clusterId = twice.shortlist.entries[0].clusterId;
    const clusterProblems = await tryImport('twice.json', JSON.stringify(twice));
    expect(clusterProblems).toContain('shortlist.entries[2].clusterId: "monterrey-aerocluster" is listed twice');

    expect(await shortlistState(page)).toEqual(before);
    expect(await page.getByRole('combobox', { name: 'Shortlist', exact: true }).locator('option').count()).toBe(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(saved);

    // The exported file itself loads back as a second shortlist (the control case).
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: exported.bytes });
    await page.getByRole('status').filter({ hasText: 'Imported the shortlist' }).waitFor();
    await importAlert.waitFor({ state: 'detached' });
    expect(await page.getByRole('combobox', { name: 'Shortlist', exact: true }).locator('option').count()).toBe(2);
    expect(await shortlistState(page)).toEqual(before);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  for (const { what, raw, says } of [
    { what: 'not JSON', raw: '{not json', says: /corrupt \(not valid JSON\)/ },
    {
      what: 'an unknown version (99)',
      raw: JSON.stringify({
        state: { shortlists: [{ id: 'future', name: 'From the future', entries: [] }], activeShortlistId: 'future' },
        version: 99,
      }),
      says: /unknown version \(99\)/,
    },
  ]) {
    it(`saved state that is ${what}: a notice, a working app, and the raw text kept under a backup key`, async () => {
      const { page, context, consoleErrors } = await openPage(browser);
      await matchItems(page).first().waitFor();
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORE_KEY, raw]);
      await page.reload();

      const notice = page.getByRole('status').filter({ hasText: 'set aside' });
      await notice.waitFor();
      const message = await notice.innerText();
      expect(message).toMatch(says);
      expect(message).toContain(`${STORE_KEY}:set-aside:`);

      await chooseSector(page, 'Aerospace');
      await matchItems(page).first().waitFor();
      expect(nfc(await matchItems(page).first().innerText())).toMatch(/Aero/);
      await page
        .getByRole('button', { name: /^Add .* to shortlist$/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Shortlist & meetings (1)' }).waitFor();

      const storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
      const backups = Object.keys(storage).filter((k) => k.startsWith(`${STORE_KEY}:set-aside:`));
      expect(backups).toHaveLength(1);
      expect(storage[backups[0]]).toBe(raw);
      expect(message).toContain(backups[0]);
      // The fresh state is saved again under the main key.
      const fresh: unknown = JSON.parse(storage[STORE_KEY] ?? 'null');
      expect(fresh).toMatchObject({ version: STORE_VERSION, state: { shortlists: [{ entries: [{ note: '' }] }] } });
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});

/** Checks RFC 5545 basics and returns the text: CRLF only, folded lines, one VEVENT per meeting. */
function checkIcs(bytes: Buffer, meetings: number): string {
  const text = bytes.toString('utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  // Unfolded, every property is on one logical line.
  const logical = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events = logical.filter((l) => l === 'BEGIN:VEVENT').length;
  expect(events).toBe(meetings);
  expect(logical.filter((l) => l === 'END:VEVENT')).toHaveLength(meetings);
  const uids = logical.filter((l) => l.startsWith('UID:'));
  expect(new Set(uids).size).toBe(meetings);
  expect(logical.filter((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toHaveLength(meetings);
  expect(logical.filter((l) => /^DTSTART;TZID=[\w/]+:\d{8}T\d{6}$/.test(l))).toHaveLength(meetings);
  expect(logical).toContain('BEGIN:VTIMEZONE');
  return logical.join('\r\n');
}

interface FileEntry {
  clusterId: string;
  note: string;
}

/** Narrows the exported JSON without casts: the test fails loudly on an unexpected shape. */
function readShortlist(file: unknown): { entries: FileEntry[] } {
  if (typeof file !== 'object' || file === null || !('format' in file) || !('shortlist' in file)) {
    throw new Error('not a shortlist file');
  }
  expect(file.format).toBe('eu-mexico-shortlist');
  const list = file.shortlist;
  if (typeof list !== 'object' || list === null || !('entries' in list) || !Array.isArray(list.entries)) {
    throw new Error('shortlist without entries');
  }
  return {
    entries: list.entries.map((e: unknown) => {
      if (typeof e !== 'object' || e === null || !('clusterId' in e) || !('note' in e)) throw new Error('bad entry');
      return { clusterId: String(e.clusterId), note: String(e.note) };
    }),
  };
}
