// Every test starts in English, as main.tsx does before the first render unless told otherwise,
// with the lazy views' namespaces too (the app loads them with those views), so a component test
// renders a view as the user sees it once it has loaded.
import { activateLocale, loadViewCatalogs } from '@/i18n/i18n';

await Promise.all([activateLocale('en'), loadViewCatalogs()]);
