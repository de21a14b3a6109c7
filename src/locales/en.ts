import { enFirst } from '@/locales/en-first';
import { enViews } from '@/locales/en-views';

/**
 * Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts).
 * The app loads it in two parts (first screen, lazy views); Node scripts, tests and the extractor use the whole.
 */
export const en = { ...enFirst, ...enViews };
export type Resources = typeof en;
