import b2b from '@/locales/es/b2b.json';
import common from '@/locales/es/common.json';
import data from '@/locales/es/data.json';
import domain from '@/locales/es/domain.json';
import notices from '@/locales/es/notices.json';
import schedule from '@/locales/es/schedule.json';
import type { Resources } from '@/locales/en';

export const es: Resources = { b2b, common, data, domain, notices, schedule };
