import type { Locator, Page } from 'playwright-core';

/** A data file as served: its dataset version beside its records (src/data/dataset-version.ts). */
export interface ServedFile {
  datasetVersion?: string;
  records?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** Serves `file` as `change` leaves the real one (call before page.goto). */
export async function rewriteServed(page: Page, file: string, change: (served: ServedFile) => ServedFile | void) {
  await page.route(`**/data/${file}`, async (route) => {
    const served = (await (await route.fetch()).json()) as ServedFile;
    const body = JSON.stringify(change(served) ?? served);
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

/** How far the page is wider than the window (0 when it is not), e.g. after a name would not wrap. */
export async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** How far `element`'s content is wider than the element itself (0 when it is not). */
export async function elementOverflow(element: Locator): Promise<number> {
  return element.evaluate((el) => Math.max(0, el.scrollWidth - el.clientWidth));
}

/**
 * How far the widest element showing `text` in `scope` is wider than `scope` (0 when none is), and how
 * many show it. Catches
 * a name that does not wrap even where an ancestor clips it (overflow hidden, paint containment).
 */
export async function textOverflow(scope: Locator, text: string): Promise<{ overflow: number; shown: number }> {
  const width = (await scope.boundingBox())?.width ?? 0;
  const widths = await scope.getByText(text).evaluateAll((els) =>
    els
      .map((el) => ({ box: el.getBoundingClientRect().width, content: el.scrollWidth }))
      // Visually hidden text (screen readers only) is one clipped pixel wide.
      .filter(({ box }) => box > 1)
      .map(({ box, content }) => Math.max(box, content)),
  );
  return { overflow: Math.max(0, ...widths.map((w) => Math.ceil(w - width))), shown: widths.length };
}

/** The row texts of a table found by its accessible name. */
export async function tableRows(page: Page | Locator, name: string): Promise<string[][]> {
  return page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? '').trim())));
}
