import app from '@/locales/en/app.json';
import common from '@/locales/en/common.json';
import components from '@/locales/en/components.json';
import dataQuality from '@/locales/en/dataQuality.json';
import domain from '@/locales/en/domain.json';
import notices from '@/locales/en/notices.json';
import policies from '@/locales/en/policies.json';
import presentation from '@/locales/en/presentation.json';
import profile from '@/locales/en/profile.json';

/** Every namespace of the English catalog; Spanish must have the same keys (tests/unit/i18n-catalogs.test.ts). */
export const en = { app, common, components, dataQuality, domain, notices, policies, presentation, profile };
export type Resources = typeof en;
