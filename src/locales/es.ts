/// <reference types="vite/client" />
import type { Resources } from '@/locales/en';

// Spanish is only ever loaded by Vite (the app, Vitest), so its namespaces are found by file name:
// a namespace added under src/locales/es/ needs no second list here. English is imported one by one
// in en.ts because the Node scripts (tsx) use it too; tests/unit/i18n-catalogs.test.ts checks that
// both have the same namespaces and keys.
const files = import.meta.glob<Resources[keyof Resources]>('./es/*.json', { eager: true, import: 'default' });

export const es = Object.fromEntries(
  Object.entries(files).map(([path, bundle]) => [path.slice('./es/'.length, -'.json'.length), bundle]),
) as Resources;
