import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openPage } from './browser';
import { chooseSector, matchItems, toFirstMatch, topMatchNames } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** WCAG contrast ratio of an element's text against the first opaque background behind it. */
async function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    // Tailwind 4 colours compute as oklch(): a canvas turns any CSS colour into sRGB bytes.
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d canvas');
    const rgba = (css: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let node: Element | null = el;
    let background = [255, 255, 255];
    while (node) {
      const parts = rgba(getComputedStyle(node).backgroundColor);
      if (parts[3] === 255) {
        background = parts;
        break;
      }
      node = node.parentElement;
    }
    const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

/** One screen: no scrolling, the title really shown, and the slide ending above the footer. */
async function fitsOneScreen(dialog: Locator) {
  const layout = await dialog.evaluate((root) => {
    const h2 = root.querySelector('h2');
    const article = root.querySelector('article');
    const footer = root.querySelector('footer');
    if (!h2 || !article || !footer) throw new Error('slide parts missing');
    const lastBottom = Math.max(...[...article.children].map((c) => c.getBoundingClientRect().bottom));
    return {
      scrolls: root.scrollHeight > root.clientHeight,
      titleShown: h2.getBoundingClientRect().height >= parseFloat(getComputedStyle(h2).fontSize),
      overlap: lastBottom - footer.getBoundingClientRect().top,
    };
  });
  expect(layout).toMatchObject({ scrolls: false, titleShown: true });
  expect(layout.overlap).toBeLessThanOrEqual(0);
}

describe('presentation mode (production build, Chromium)', () => {
  it('steps from the title to match 1 of the top ten with the arrow keys, the selection follows, and Esc leaves', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser, '', {
      width: 1920,
      height: 1080,
    });
    await chooseSector(page, 'Aerospace');
    const top = await topMatchNames(page, 3);
    // The deck presents the top ten, or fewer when the sector's list is shorter: with one sector
    // chosen the list holds only its clusters and related ones (aerospace ranks 9).
    const listed = Number(await matchItems(page).first().getAttribute('aria-setsize'));
    const n = Math.min(10, listed);
    expect(n).toBeGreaterThanOrEqual(3);

    await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    const title = dialog.getByRole('heading', { level: 2 });
    // The plan opens on its title slide; the overview map follows, then the ranking.
    await dialog.getByText('Partner plan for Mexico', { exact: true }).waitFor();
    await toFirstMatch(page, dialog);
    await dialog.getByText(`Match 1 / ${n}`, { exact: true }).waitFor();
    expect((await title.innerText()).trim()).toBe(top[0]);
    await dialog.getByRole('list', { name: 'Why this match' }).waitFor();

    // Legible from the back of a room: big type, strong contrast, nothing cut off.
    const sizes = await dialog.evaluate((root) => {
      const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
      const texts = [...root.querySelectorAll('p, li, span, h2')].filter(
        (el) => el.textContent?.trim() && el.getBoundingClientRect().width > 0 && !el.closest('.sr-only'),
      );
      return { title: px(root.querySelector('h2')), smallest: Math.min(...texts.map(px)) };
    });
    expect(sizes.title).toBeGreaterThanOrEqual(48);
    expect(sizes.smallest).toBeGreaterThanOrEqual(24);
    for (const part of [
      title,
      dialog.getByRole('list', { name: 'Why this match' }),
      dialog.locator('footer p').first(),
    ])
      expect(await contrastOf(part), await part.innerText()).toBeGreaterThanOrEqual(7);
    await fitsOneScreen(dialog);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath('presentation-1920x1080.png') });
    // Every colour of the score bar is named in text, with its points.
    expect(await dialog.getByRole('list', { name: 'Score by criterion' }).innerText()).toMatch(/Sector fit \d/);
    // A laptop driving the projector at 1366×768: still one screen.
    await page.setViewportSize({ width: 1366, height: 768 });
    await fitsOneScreen(dialog);
    await page.screenshot({ path: artifactPath('presentation-1366x768.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });

    // The map beside the slide rings the presented match, and the ring moves with the slides.
    const ring = dialog.locator('.leaflet-container path[stroke="#c2410c"]');
    await expect.poll(() => ring.count()).toBe(1);
    const ringAt = async () => {
      const box = await ring.boundingBox();
      return box ? `${Math.round(box.x)},${Math.round(box.y)}` : null;
    };
    const firstRing = await ringAt();
    expect(firstRing).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    await dialog.getByText(`Match 2 / ${n}`, { exact: true }).waitFor();
    expect((await title.innerText()).trim()).toBe(top[1]);
    await expect.poll(ringAt).not.toBe(firstRing);
    await page.keyboard.press('ArrowLeft');
    await dialog.getByText(`Match 1 / ${n}`, { exact: true }).waitFor();
    expect((await title.innerText()).trim()).toBe(top[0]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await dialog.getByText(`Match 3 / ${n}`, { exact: true }).waitFor();
    expect((await title.innerText()).trim()).toBe(top[2]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The dashboard shows the match that was on screen: selected in the list, its detail open.
    await expect.poll(() => matchItems(page).nth(2).getAttribute('aria-current')).toBe('true');
    await page.getByRole('dialog', { name: top[2] }).waitFor();
    await page.waitForURL(/[?&]sel=/);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('every one of the top ten fits one 1366×768 screen (longest names and reasons included)', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', { width: 1366, height: 768 });
    for (const sector of ['Aerospace', 'Automotive']) await chooseSector(page, sector);
    await matchItems(page).first().waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    // The presentation is a lazy chunk: the keys step the slides once the dialog is up.
    await dialog.waitFor();
    await toFirstMatch(page, dialog);
    for (let i = 1; i <= 10; i += 1) {
      await dialog.getByText(`Match ${i} / 10`, { exact: true }).waitFor();
      await fitsOneScreen(dialog);
      await page.keyboard.press('ArrowRight');
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says what to do when there is nothing to present, and Esc still leaves', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '', { width: 1366, height: 768 });
    await page.getByRole('banner').getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presentation' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    // Either the default profile ranks something (the plan opens on its title) or the room is told how to get a ranking.
    expect(text).toMatch(/Partner plan for Mexico|No matches to present/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
