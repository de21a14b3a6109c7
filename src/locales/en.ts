import charts from '@/locales/en/charts.json';
import common from '@/locales/en/common.json';
import compare from '@/locales/en/compare.json';
import detail from '@/locales/en/detail.json';
import domain from '@/locales/en/domain.json';
import map from '@/locales/en/map.json';
import matches from '@/locales/en/matches.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { common, domain, matches, map, charts, detail, compare };
export type Resources = typeof en;
