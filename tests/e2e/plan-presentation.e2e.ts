import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
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

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const;

/** Screenshots land with the test results and, for people looking at them, in tmp-shots/. */
async function shot(page: Page, name: string) {
  const path = artifactPath(name);
  await page.screenshot({ path });
  mkdirSync('tmp-shots', { recursive: true });
  copyFileSync(path, `tmp-shots/${name}`);
}

/**
 * A plan worth presenting: Aerospace, an EU cluster, and eight partners shortlisted (two agenda
 * slides). Returns how many match slides the deck holds: the top ten, or fewer when the list is
 * shorter (with one sector chosen it holds only its clusters and related ones; aerospace ranks 9).
 */
async function preparePlan(page: Page): Promise<number> {
  await chooseSector(page, 'Aerospace');
  await page.getByRole('combobox', { name: 'We are…' }).selectOption({ index: 1 });
  const adds = page.getByRole('list', { name: 'Matches' }).getByRole('button', { name: /^Add .* to shortlist$/ });
  await matchItems(page).first().waitFor();
  for (let i = 0; i < 8; i += 1) {
    await adds.first().click();
    await page.getByRole('button', { name: `Shortlist & meetings (${i + 1})` }).waitFor();
  }
  const listed = Number(await matchItems(page).first().getAttribute('aria-setsize'));
  expect(listed).toBeGreaterThanOrEqual(8);
  return Math.min(10, listed);
}

/** Everything in the slide that cuts its content: overflow, clipped boxes, ellipses, clamped lines. */
async function clipping(dialog: Locator) {
  return dialog.evaluate((root) => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    if (root.scrollHeight > root.clientHeight + 1)
      problems.push(`dialog scrolls (${root.scrollHeight} > ${root.clientHeight})`);
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.leaflet-container') || el.closest('.sr-only') || !(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none')
        problems.push(`${name(el)} is ellipsised`);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        if (el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} cut vertically`);
        if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} cut horizontally`);
      }
    }
    const footer = root.querySelector('footer')?.getBoundingClientRect();
    const article = root.querySelector('article');
    const last = article
      ? Math.max(...[...article.querySelectorAll('*')].map((c) => c.getBoundingClientRect().bottom))
      : 0;
    if (footer && last > footer.top + 1)
      problems.push(`slide runs under the footer by ${Math.round(last - footer.top)} px`);
    const title = root.querySelector('h2');
    if (!title || title.getBoundingClientRect().height < parseFloat(getComputedStyle(title).fontSize))
      problems.push('no title shown');
    return problems;
  });
}

describe('presenting the plan (production build, Chromium)', () => {
  it('title, overview map, agenda and ranking fit 1024×768, 1280×720 and 1920×1080 uncut', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, '', {
      width: 1920,
      height: 1080,
    });
    const matches = await preparePlan(page);
    await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    const kinds: string[] = [];
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.keyboard.press('Home');
      for (let i = 0; i < 30; i += 1) {
        const kind = (await dialog.locator('[data-slide]').getAttribute('data-slide')) ?? '';
        if (kind === 'overview') await dialog.getByRole('img', { name: /^Querétaro: / }).waitFor();
        await page.waitForTimeout(kind === 'match' || kind === 'overview' ? 250 : 50);
        const title = (await dialog.getByRole('heading', { level: 2 }).innerText()).trim();
        expect(await clipping(dialog), `${width}×${height} slide ${i + 1} (${kind}: ${title})`).toEqual([]);
        if (width === SIZES[0][0]) kinds.push(kind);
        if (kind !== 'match' || title.length > 28 || i === kinds.length - 1)
          await shot(page, `plan-${width}x${height}-${i + 1}-${kind}.png`);
        if ((await dialog.locator('footer p').first().innerText()).trim() === 'Last match') break;
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(kinds.slice(0, 4)).toEqual(['title', 'overview', 'agenda', 'agenda']);
    expect(kinds.filter((k) => k === 'match')).toHaveLength(matches);
    await page.keyboard.press('Home');
    const title = await dialog.innerText();
    expect(title).toMatch(/EU cluster: \S/);
    expect(title).toMatch(/8 meetings planned/);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('prints as a handout: one landscape page per slide', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', { width: 1280, height: 720 });
    const matches = await preparePlan(page);
    await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    await page.keyboard.press('End');
    await dialog.getByText(`Match ${matches} / ${matches}`, { exact: true }).waitFor();
    const slides = await page.locator('.plan-handout-page').count();
    // Title, overview, two agenda pages, then one page per match.
    expect(slides).toBe(4 + matches);
    // The handout's state map has loaded before printing.
    await expect.poll(() => page.locator('.plan-handout-page [role="img"][aria-label^="Querétaro: "]').count()).toBe(1);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const path = artifactPath('plan-handout.pdf');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, pdf);
    mkdirSync('tmp-shots', { recursive: true });
    copyFileSync(path, 'tmp-shots/plan-handout.pdf');
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(slides);
    // A4 landscape: 842 × 595 pt.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) {
      expect(Math.round(w ?? 0)).toBe(842);
      expect(Math.round(h ?? 0)).toBe(595);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
