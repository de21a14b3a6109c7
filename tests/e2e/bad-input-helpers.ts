import type { Page } from 'playwright-core';
import { serializeShortlistFile } from '@/data/parse-shortlist-file';
import { DEFAULT_EVENT } from '@/domain/event';

/** Text that would run or load something if it were ever inserted as markup or followed as a link. */
export const HOSTILE = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=2</script>',
  url: 'javascript:alert(1)',
  note: '<img src=x onerror="window.__xss=1"> see javascript:alert(1)',
} as const;

/** A valid shortlist file whose name, notes and event carry the hostile text. */
export function hostileShortlistFile() {
  const text = serializeShortlistFile(
    {
      id: 'hostile',
      name: HOSTILE.img,
      entries: [
        { clusterId: 'monterrey-aerocluster', note: HOSTILE.note },
        { clusterId: 'aerocluster-queretaro', note: HOSTILE.url },
      ],
      event: { ...DEFAULT_EVENT, name: HOSTILE.script, place: HOSTILE.url },
    },
    '2026-01-10T09:00:00.000Z',
  );
  return { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

/** What the hostile text would leave behind had it become markup: a flag, an element, a link. */
export async function pageHasInjectedMarkup(page: Page) {
  return page.evaluate(() => ({
    xss: '__xss' in window,
    imgs: document.querySelectorAll('img[src="x"], [onerror]').length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  }));
}

export async function gotoMeetings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Shortlist & meetings/ })
    .click();
  await page.getByRole('region', { name: 'Meeting list' }).getByRole('heading', { name: 'Meeting list' }).waitFor();
}
