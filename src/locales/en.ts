import b2b from '@/locales/en/b2b.json';
import common from '@/locales/en/common.json';
import data from '@/locales/en/data.json';
import domain from '@/locales/en/domain.json';
import notices from '@/locales/en/notices.json';
import schedule from '@/locales/en/schedule.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { b2b, common, data, domain, notices, schedule };
export type Resources = typeof en;
