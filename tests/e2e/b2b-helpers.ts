// A small B2B event as a workbook (3 EU × 4 Mexican participants, 8 requests, one unavailable
// time), and the grid and calendar readers the B2B e2e tests share.
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { buildXlsxBook, type XlsxCell } from '@/domain/xlsx';

export const EU = ['Bavaria Aerospace', 'Occitanie Aéro', 'Flanders Mobility'] as const;
export const MX = ['Clúster Querétaro', 'Monterrey Aero', 'Chihuahua Aero', 'Jalisco Tech'] as const;
// Bavaria may meet 2 of its 3 requested partners: one meeting stays unplaced, for a reason.
export const REQUESTS: [string, string][] = [
  [EU[0], MX[0]],
  [EU[0], MX[1]],
  [EU[0], MX[2]],
  [EU[1], MX[0]],
  [EU[1], MX[3]],
  [EU[2], MX[1]],
  [EU[2], MX[2]],
  [EU[2], MX[3]],
];
export const TABLES = ['Oak', 'Pine', 'Elm'];

const text = (value: string): XlsxCell => ({ kind: 'text', value });

/** The event's workbook; with badPartner, request row 6 names a partner nobody lists. */
export function workbook(date: string, badPartner?: string): Buffer {
  const requests = REQUESTS.map(([a, b], i) => [text(a), text(i === 4 && badPartner ? badPartner : b), text('should')]);
  return Buffer.from(
    buildXlsxBook([
      {
        name: 'participants',
        header: ['name', 'side', 'people', 'max_meetings'],
        rows: [
          ...EU.map((name, i) => [text(name), text('eu'), text(`Delegate ${i + 1}`), i === 0 ? text('2') : null]),
          ...MX.map((name) => [text(name), text('mx'), null, null]),
        ],
      },
      {
        name: 'availability',
        header: ['participant', 'date', 'start', 'end'],
        rows: [[text(MX[0]), text(date), text('09:00'), text('10:00')]],
      },
      { name: 'requests', header: ['requester', 'partner', 'priority'], rows: requests },
    ]),
  );
}

/** Chooses a file in the import dialog (opening it first if needed); the dialog. */
export async function importFile(page: Page, path: string) {
  const dialog = page.getByRole('dialog', { name: 'Import participants, availability and requests' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Import from a spreadsheet…' }).click();
  await dialog.locator('input[type=file]').setInputFiles(path);
  return dialog;
}

export const cell = (page: Page, slot: number, table: number) => page.locator(`[data-cell="${slot}:${table}"]`);
/** Each VEVENT's UID, summary and start, parsed with ical.js. */
export function calendarEvents(bytes: Buffer) {
  const root = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString() };
  });
}
