// After the event: meetings marked met / not met / follow-up with a note, kept over a reload, the
// follow-up list on screen, on paper and as a CSV; the partners as a .vcf (ical.js) and as a CRM
// CSV (papaparse), parsed as an address book and a CRM would read them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM_CSV_HEADER } from '@/domain/crm-csv';
import { MEETING_SHEET_HEADER } from '@/domain/meeting-sheet';
import { artifactPath, launch, openPage } from './browser';
import { gotoMeetings } from './bad-input-helpers';
import { download, readCsv, readVcards, shortlistFromMatches } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NAMES = ['Monterrey Aerocluster', "Chihuahua's Aerospace Cluster", 'Aerocluster de Querétaro'];
const nfc = (text: string) => text.normalize('NFC');

describe('contacts out and meeting outcomes (production build, Chromium)', () => {
  it('marks meetings, keeps them over a reload, lists the follow-ups and downloads vCard and CRM CSV', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser);
    await shortlistFromMatches(page, 'Aerospace', NAMES);

    const outcome = (name: string) => page.getByRole('combobox', { name: `Outcome of the meeting with ${name}` });
    const followUps = page.getByRole('region', { name: /^Follow-ups/ });
    await expect(
      followUps.getByText('No meeting is marked for follow-up yet.', { exact: false }).count(),
    ).resolves.toBe(1);
    await outcome(NAMES[0]).selectOption({ label: 'follow-up' });
    await page.getByRole('textbox', { name: `Outcome note for ${NAMES[0]}` }).fill('Send the MoU draft by Friday');
    await outcome(NAMES[1]).selectOption({ label: 'met' });
    await outcome(NAMES[2]).focus();
    // Keyboard only: the native select takes the arrow keys.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(outcome(NAMES[2]).inputValue()).resolves.toBe('not-met');

    await page.reload();
    await gotoMeetings(page);
    await expect(outcome(NAMES[0]).inputValue()).resolves.toBe('follow-up');
    await expect(outcome(NAMES[1]).inputValue()).resolves.toBe('met');
    await expect(page.getByRole('textbox', { name: `Outcome note for ${NAMES[0]}` }).inputValue()).resolves.toBe(
      'Send the MoU draft by Friday',
    );

    await expect(followUps.getByRole('heading', { name: 'Follow-ups (1 meeting)' }).count()).resolves.toBe(1);
    const items = followUps.getByRole('listitem');
    await expect(items.count()).resolves.toBe(1);
    const item = nfc(await items.first().innerText());
    expect(item).toContain(NAMES[0]);
    expect(item).toContain('Next step: Send the MoU draft by Friday');
    expect(item).toContain('Contact: none entered');

    await followUps.getByRole('button', { name: 'Print follow-ups' }).click();
    const printed = page.getByRole('dialog', { name: 'Follow-ups, print view' });
    await printed.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(nfc(await printed.innerText())).toContain('Next step: Send the MoU draft by Friday');
    await page.screenshot({ path: artifactPath('contacts-follow-ups-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await printed.getByRole('button', { name: 'Close' }).click();

    const follow = await download(page, 'Follow-ups (CSV)');
    expect(follow.name).toMatch(/-follow-ups\.csv$/);
    const [header, ...rows] = readCsv(follow.bytes);
    expect(header).toEqual([...MEETING_SHEET_HEADER]);
    expect(rows).toHaveLength(1);
    const col = (name: (typeof MEETING_SHEET_HEADER)[number]) => rows[0][MEETING_SHEET_HEADER.indexOf(name)];
    expect(nfc(col('Partner'))).toBe(NAMES[0]);
    expect(col('Outcome')).toBe('follow-up');
    expect(col('Outcome note')).toBe('Send the MoU draft by Friday');

    const vcf = await download(page, 'Partners as vCard');
    expect(vcf.name).toMatch(/-partners\.vcf$/);
    const cards = readVcards(vcf.bytes);
    expect(cards.map((c) => nfc(String(c.getFirstPropertyValue('org'))))).toEqual(NAMES);
    for (const card of cards) {
      expect(card.getFirstPropertyValue('version')).toBe('3.0');
      expect(String(card.getFirstPropertyValue('note'))).toMatch(/^Source: /);
    }

    const crm = await download(page, 'Contacts for CRM (CSV)');
    expect(crm.name).toMatch(/-crm-contacts\.csv$/);
    const [crmHeader, ...crmRows] = readCsv(crm.bytes);
    expect(crmHeader).toEqual([...CRM_CSV_HEADER]);
    // No contact person is in the sources yet: one row per company, names empty.
    expect(crmRows.map((r) => nfc(r[CRM_CSV_HEADER.indexOf('Company')]))).toEqual(NAMES);
    for (const r of crmRows) expect(r[CRM_CSV_HEADER.indexOf('First Name')]).toBe('');

    await page.screenshot({ path: artifactPath('contacts-meeting-list.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
