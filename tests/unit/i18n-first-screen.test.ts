// @vitest-environment node
// The English catalog is split (issue 15): the first screen bundles en-first.ts, the lazy views
// load en-views.ts with their module. A namespace read by first-screen code but kept in en-views
// would render raw keys; one read only by lazy views but kept in en-first costs first-screen bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { enFirst } from '@/locales/en-first';
import { enViews } from '@/locales/en-views';
import { catalogMessages } from '../fixtures/catalog-messages';
import { relativeToRoot, staticImportGraph } from '../fixtures/static-imports';

const firstScreen = staticImportGraph('main.tsx');
const sources = [...firstScreen].filter((f) => /\.tsx?$/.test(f));

/** Where a source file reads namespace `ns`: `'ns:key'` (also in a template) or useTranslation('ns'). */
function readsNamespace(text: string, ns: string): boolean {
  return new RegExp(`['"\`]${ns}:|useTranslation\\(\\s*\\[?\\s*['"]${ns}['"]`).test(text);
}

describe('the English catalog split between the first screen and the lazy views', () => {
  it('puts every namespace and key of en.ts in exactly one part', () => {
    const first = Object.keys(enFirst);
    const views = Object.keys(enViews);
    expect(first.filter((ns) => views.includes(ns))).toEqual([]);
    expect([...first, ...views].sort()).toEqual(Object.keys(en).sort());
    const parts = [...catalogMessages(enFirst).keys(), ...catalogMessages(enViews).keys()];
    expect(parts.sort()).toEqual([...catalogMessages(en).keys()].sort());
  });

  it('follows the static imports of the entry (the check below sees the first screen)', () => {
    const names = [...firstScreen].map(relativeToRoot);
    expect(names).toContain('src/app/lazy-views.ts');
    expect(names).toContain('src/locales/en-first.ts');
    // Lazy views are behind import(): not part of the first screen.
    expect(names).not.toContain('src/app/event-view.tsx');
    expect(names).not.toContain('src/locales/en-views.ts');
  });

  it('keeps out of the first screen every namespace it only loads with the lazy views', () => {
    const offenders = sources.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return Object.keys(enViews)
        .filter((ns) => readsNamespace(text, ns))
        .map((ns) => `${relativeToRoot(file)} reads ${ns}`);
    });
    expect(offenders).toEqual([]);
  });

  it('detects a namespace read in either form', () => {
    expect(readsNamespace("tr('b2b:reason.x')", 'b2b')).toBe(true);
    expect(readsNamespace("useTranslation('ownImport')", 'ownImport')).toBe(true);
    expect(readsNamespace("tr('b2bEvent:title')", 'b2b')).toBe(false);
  });
});
