import common from '@/locales/es/common.json';
import domain from '@/locales/es/domain.json';
import profileModel from '@/locales/es/profileModel.json';
import ranking from '@/locales/es/ranking.json';
import type { Resources } from '@/locales/en';

export const es: Resources = { common, domain, profileModel, ranking };
