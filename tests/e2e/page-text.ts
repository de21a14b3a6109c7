import type { Locator } from 'playwright-core';

export interface PageText {
  /** The landmark or dialog it is in, and what it is (text, aria-label, title, option…). */
  where: string;
  text: string;
}

/** Where a foreign-language element's text was: keeps two sentences apart without joining them. */
export const GAP = '¦';

/**
 * The text a reader meets inside `scope`: every rendered text (screen-reader-only text included),
 * joined per block so a sentence split over inline elements reads whole, plus the accessible
 * names and hints in attributes and the options of visible selects. Text inside an element whose
 * `lang` differs from the page's (a name from a Spanish source on an English page, an
 * English-only description on a Spanish one) is left out.
 */
export async function visibleText(scope: Locator): Promise<PageText[]> {
  return scope.evaluate((root, gap) => {
    const pageLang = (document.documentElement.lang || 'en').toLowerCase();
    const foreign = (el: Element) => {
      const lang = (el.closest('[lang]')?.getAttribute('lang') ?? pageLang).toLowerCase();
      return lang !== pageLang && !lang.startsWith(`${pageLang}-`);
    };
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const place = (el: Element) => {
      const host = el.closest('[role="dialog"],dialog,section[aria-label],header,nav,main,[role="region"]');
      const name = host?.getAttribute('aria-label') ?? host?.tagName.toLowerCase() ?? 'page';
      return `${name} › ${el.tagName.toLowerCase()}`;
    };
    const blockOf = (el: Element): Element => {
      for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
        const display = getComputedStyle(at).display;
        if (!display.startsWith('inline') && display !== 'contents') return at;
      }
      return root;
    };

    const blocks = new Map<Element, string[]>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.nodeValue ?? '';
      if (!parent || !text.trim() || parent.closest('script,style,noscript,template') || !shown(parent)) continue;
      const block = blockOf(parent);
      const parts = blocks.get(block) ?? [];
      blocks.set(block, parts);
      parts.push(foreign(parent) ? ` ${gap} ` : text);
    }
    const out: Array<{ where: string; text: string }> = [];
    for (const [block, parts] of blocks) out.push({ where: place(block), text: parts.join('') });

    const ATTRIBUTES = ['aria-label', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (!shown(el) || foreign(el)) continue;
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value?.trim()) out.push({ where: `${place(el)} [${name}]`, text: value });
      }
      if (el instanceof HTMLSelectElement)
        for (const option of el.options)
          if (!foreign(option)) out.push({ where: `${place(el)} option`, text: option.text });
    }
    return out
      .map((t) => ({ where: t.where, text: t.text.replace(/\s+/g, ' ').trim() }))
      .filter((t) => t.text !== '' && t.text !== gap);
  }, GAP);
}
