// Message extraction (`npm run i18n:extract`): scans the code for t('ns:key') / tr('ns:key')
// calls and keeps src/locales/<lang>/<namespace>.json in step. `npm test` runs it with --ci, so a
// key used in code but missing from a catalog (or a catalog key no code uses) fails the build.
import { defineConfig } from 'i18next-cli';

export default defineConfig({
  locales: ['en', 'es'],
  extract: {
    input: ['src/**/*.{ts,tsx}'],
    output: 'src/locales/{{language}}/{{namespace}}.json',
    defaultNS: 'common',
    nsSeparator: ':',
    keySeparator: '.',
    functions: ['t', '*.t', 'tr'],
    useTranslationNames: ['useTranslation'],
    primaryLanguage: 'en',
    removeUnusedKeys: true,
    sort: true,
    indentation: 2,
    // Keys built at run time from a fixed list (e.g. `language.${code}`) are declared here.
    preservePatterns: [
      'language.*',
      'label.level.*',
      'edition.*',
      'editionThe.*',
      'area.*',
      'areaGeneral.*',
      'level.*',
      'criterion.*',
      'type.*',
      'integrity.unknown.*',
      'group.*',
      'priority.*',
      'side.*',
    ],
  },
});
