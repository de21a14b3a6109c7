import common from '@/locales/en/common.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { common };
export type Resources = typeof en;
