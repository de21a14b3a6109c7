import common from '@/locales/en/common.json';
import domain from '@/locales/en/domain.json';
import profileModel from '@/locales/en/profileModel.json';
import ranking from '@/locales/en/ranking.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { common, domain, profileModel, ranking };
export type Resources = typeof en;
