import common from '@/locales/en/common.json';
import domain from '@/locales/en/domain.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { common, domain };
export type Resources = typeof en;
