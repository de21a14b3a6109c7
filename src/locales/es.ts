import charts from '@/locales/es/charts.json';
import common from '@/locales/es/common.json';
import compare from '@/locales/es/compare.json';
import detail from '@/locales/es/detail.json';
import domain from '@/locales/es/domain.json';
import map from '@/locales/es/map.json';
import matches from '@/locales/es/matches.json';
import type { Resources } from '@/locales/en';

export const es: Resources = { common, domain, matches, map, charts, detail, compare };
