import common from '@/locales/es/common.json';
import domain from '@/locales/es/domain.json';
import type { Resources } from '@/locales/en';

export const es: Resources = { common, domain };
