import common from '@/locales/es/common.json';
import type { Resources } from '@/locales/en';

export const es: Resources = { common };
