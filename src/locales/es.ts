import app from '@/locales/es/app.json';
import common from '@/locales/es/common.json';
import components from '@/locales/es/components.json';
import dataQuality from '@/locales/es/dataQuality.json';
import domain from '@/locales/es/domain.json';
import notices from '@/locales/es/notices.json';
import policies from '@/locales/es/policies.json';
import presentation from '@/locales/es/presentation.json';
import profile from '@/locales/es/profile.json';
import type { Resources } from '@/locales/en';

export const es: Resources = { app, common, components, dataQuality, domain, notices, policies, presentation, profile };
