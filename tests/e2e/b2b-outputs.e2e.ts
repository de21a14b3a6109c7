// Issue 17 parts B and C end to end: a workbook with one bad row is reported and not applied, the
// fixed workbook is; the schedule leaves one meeting unplaced (a cap) with its reason in words; the
// agendas of both sides, the table plan and who-meets-whom are real tables; the whole-event CSV and
// a participant's .ics parse, and a moved meeting keeps its calendar UID.
import { mkdirSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarEvents, cell, EU, importFile, MX, REQUESTS, TABLES, workbook } from './b2b-helpers';
import { launch, openPage } from './browser';
import { download } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = 'tmp-shots';
const outputs = (page: Page) => page.getByRole('region', { name: 'Agendas, table plan and files' });

async function shot(page: Page, name: string, scrollTo: () => Promise<unknown>) {
  await scrollTo();
  await page.screenshot({ path: `${SHOTS}/${name}` });
}

describe('B2B outputs', () => {
  it('imports a workbook, schedules, shows agendas, table plan and who-meets-whom, and writes stable files', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, consoleErrors, foreignRequests } = await openPage(browser);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'B2B event' }).click();
    await page.getByText('Participants (0)').waitFor();

    await page.getByText('Event', { exact: true }).click();
    await page.getByLabel('Tables', { exact: true }).fill(String(TABLES.length));
    await page.getByLabel('Table names').fill(TABLES.join(', '));
    const date = await page.getByLabel('Date', { exact: true }).first().inputValue();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const dir = `${SHOTS}/files`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/bad.xlsx`, workbook(date, 'Jalisco Tec'));
    writeFileSync(`${dir}/event.xlsx`, workbook(date));

    // One unknown partner: its sheet, row and column are named and Apply stays blocked.
    let dialog = await importFile(page, `${dir}/bad.xlsx`);
    await dialog.getByText(/bad\.xlsx: 7 participants, 8 requests, 1 unavailable time; 1 problem/).waitFor();
    const problems = dialog.getByRole('table', { name: 'Problems in bad.xlsx' });
    const row = problems.getByRole('row').nth(1);
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      'requests',
      '6',
      'partner',
      '“Jalisco Tec” is not in the participants list (add it there, or check the spelling)',
    ]);
    expect(await dialog.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);

    dialog = await importFile(page, `${dir}/event.xlsx`);
    await dialog.getByText(/event\.xlsx: 7 participants, 8 requests, 1 unavailable time; 0 problems/).waitFor();
    await dialog.getByText('Participants: 7 new, 0 updated').waitFor();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Participants (7)').waitFor();

    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByText(/Scheduled 7 of 8 · at most 7 can be placed with this availability \(proven\)/).waitFor();
    await page.getByRole('heading', { name: '1 meeting not placed' }).waitFor();
    await page
      .getByText(/Bavaria Aerospace already has its maximum of 2 meetings/)
      .first()
      .waitFor();
    await shot(page, 'b2b-grid-unplaced.png', () =>
      page.evaluate(() => document.getElementById('b2b-schedule')?.scrollIntoView({ block: 'start' })),
    );

    // Agendas of both sides: the session heading, the coffee break and the table names.
    const out = outputs(page);
    for (const [name, file] of [
      [EU[1], 'b2b-agenda-eu.png'],
      [MX[0], 'b2b-agenda-mx.png'],
    ] as const) {
      await out.getByLabel('Participant').selectOption(name);
      const agenda = out.getByRole('article', { name });
      await agenda.getByText(/^Morning · .+ · 09:00–13:00$/).waitFor();
      await agenda.getByText('Coffee break').waitFor();
      const meetings = agenda.locator('tr[data-kind=meeting]');
      expect(await meetings.count()).toBe(2);
      for (const tr of await meetings.all()) expect(TABLES).toContain(await tr.locator('td').nth(1).innerText());
      await shot(page, file, () => agenda.evaluate((el) => el.scrollIntoView({ block: 'start' })));
    }
    // The Mexican cluster unavailable 09:00–10:00 shows those slots as such.
    expect(await out.getByRole('article', { name: MX[0] }).getByText('Not available').count()).toBe(2);

    await out.getByRole('tab', { name: 'Table plan' }).click();
    const plan = out.getByRole('table', { name: 'Table plan: who sits at each table, slot by slot' });
    expect(await plan.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(TABLES.map((t) => expect.stringContaining(t))),
    );
    await shot(page, 'b2b-table-plan.png', () => plan.evaluate((el) => el.scrollIntoView({ block: 'start' })));

    await out.getByRole('tab', { name: 'Who meets whom' }).click();
    const matrix = out.getByRole('table', { name: /^Who meets whom: 7 scheduled, 1 requested but not scheduled/ });
    const headers = await matrix.getByRole('columnheader').allInnerTexts();
    for (const name of MX) expect(headers.join('\n')).toContain(name);
    for (const name of EU) await matrix.getByRole('rowheader', { name: new RegExp(name) }).waitFor();
    await matrix.getByText('Not scheduled', { exact: true }).waitFor();
    await shot(page, 'b2b-who-meets-whom.png', () => matrix.evaluate((el) => el.scrollIntoView({ block: 'start' })));

    // Whole-event CSV: one row per requested meeting, the unplaced one marked so.
    const csv = await download(
      page,
      out.getByRole('group', { name: 'Whole event' }).getByRole('button', { name: 'CSV' }),
    );
    const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(8);
    const pairs = parsed.data.map((r) => `${r['Requested by']} × ${r.Partner}`);
    expect(pairs.sort()).toEqual(REQUESTS.map(([a, b]) => `${a} × ${b}`).sort());
    const placed = parsed.data.filter((r) => r.Status === 'Scheduled');
    expect(placed).toHaveLength(7);
    for (const r of placed) {
      expect(r.Date).toBe(date);
      expect(TABLES).toContain(r.Table);
      expect(r.Start).toMatch(/^\d{2}:\d{2}$/);
    }
    const unplaced = parsed.data.find((r) => r.Status !== 'Scheduled');
    expect(unplaced?.['Requested by']).toBe(EU[0]);
    expect(unplaced?.Table).toBe('');

    // One participant's calendar: one VEVENT per meeting, distinct UIDs.
    await out.getByRole('tab', { name: 'Agendas' }).click();
    await out.getByLabel('Participant').selectOption(EU[2]);
    const icsButton = out.getByRole('group', { name: EU[2] }).getByRole('button', { name: 'Calendar (.ics)' });
    const first = await download(page, icsButton);
    expect(first.name).toMatch(/\.ics$/);
    const before = calendarEvents(first.bytes);
    expect(before).toHaveLength(3);
    expect(new Set(before.map((e) => e.uid)).size).toBe(3);

    // Move one of Flanders' meetings to a free cell with the keyboard, then download again.
    const slots = 7;
    const cells = [...Array(slots * TABLES.length).keys()].map(
      (i) => [Math.floor(i / TABLES.length), i % TABLES.length] as const,
    );
    const titles = await Promise.all(cells.map(([s, t]) => cell(page, s, t).getAttribute('title')));
    const from = cells[titles.findIndex((x) => x?.includes(EU[2]))];
    await cell(page, ...from).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/picked up: choose a green cell/).waitFor();
    const after = await Promise.all(cells.map(([s, t]) => cell(page, s, t).getAttribute('title')));
    const target = cells[after.findIndex((x, i) => x?.endsWith(': free') && cells[i][0] !== from[0])];
    await cell(page, ...target).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/it is now locked/).waitFor();

    const second = calendarEvents((await download(page, icsButton)).bytes);
    expect(second).toHaveLength(3);
    expect(new Set(second.map((e) => e.uid))).toEqual(new Set(before.map((e) => e.uid)));
    const moved = second.filter((e) => before.find((b) => b.uid === e.uid)?.start !== e.start);
    expect(moved).toHaveLength(1);

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
