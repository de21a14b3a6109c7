import common from '@/locales/es/common.json';
import domain from '@/locales/es/domain.json';
import exports from '@/locales/es/exports.json';
import meetings from '@/locales/es/meetings.json';
import shortlist from '@/locales/es/shortlist.json';
import type { Resources } from '@/locales/en';

export const es: Resources = { common, domain, exports, meetings, shortlist };
