import common from '@/locales/en/common.json';
import data from '@/locales/en/data.json';
import domain from '@/locales/en/domain.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { common, data, domain };
export type Resources = typeof en;
