// Every test starts in English, as main.tsx does before the first render unless told otherwise.
import { activateLocale } from '@/i18n/i18n';

await activateLocale('en');
