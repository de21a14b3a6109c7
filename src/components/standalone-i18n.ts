import { i18n } from '@/i18n/i18n';

/**
 * Options for `useTranslation` in shared parts: they also render outside the app's providers (the
 * outermost error boundary, their own tests), so they name the one i18next instance themselves.
 * A module constant, so the hook sees the same options object on every render.
 */
export const STANDALONE = { i18n } as const;
