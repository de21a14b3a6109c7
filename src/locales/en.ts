import common from '@/locales/en/common.json';
import domain from '@/locales/en/domain.json';
import exports from '@/locales/en/exports.json';
import meetings from '@/locales/en/meetings.json';
import shortlist from '@/locales/en/shortlist.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { common, domain, exports, meetings, shortlist };
export type Resources = typeof en;
