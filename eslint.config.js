import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers point one way: domain ← data ← stores/hooks ← features ← app
// (src/components: shared presentational pieces, usable by features and app).
// Each layer lists what it may NOT import; features may not import each other.
const UI_LIBS = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  'leaflet',
  'react-leaflet',
  'recharts',
];
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, RELATIVE_PARENT] }] },
});
const RELATIVE_PARENT = { group: ['../*', '../**'], message: 'Use the @/ alias instead of ../ imports.' };

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'dist-floor', 'tmp-shots', 'coverage', 'node_modules', 'test-results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text, never as HTML.',
        },
      ],
    },
  },
  layer(
    ['src/i18n/**', 'src/locales/**'],
    ['@/domain/*', '@/data/*', '@/stores/*', '@/hooks/*', '@/features/*', '@/app/*', '@/components/*', ...UI_LIBS],
    'src/i18n (the i18next instance) and src/locales (the catalogs) sit below every layer.',
  ),
  layer(
    ['src/domain/**'],
    ['@/data/*', '@/stores/*', '@/hooks/*', '@/features/*', '@/app/*', 'zod', 'zod/*', ...UI_LIBS],
    'src/domain is pure TypeScript: no React, no zod, no I/O, no upper layers.',
  ),
  layer(
    ['src/data/**'],
    ['@/stores/*', '@/hooks/*', '@/features/*', '@/app/*', ...UI_LIBS],
    'src/data validates raw JSON and may only use src/domain.',
  ),
  layer(
    ['src/components/**'],
    ['@/data/*', '@/stores/*', '@/hooks/*', '@/features/*', '@/app/*', 'zustand', 'zustand/*', '@tanstack/*'],
    'src/components holds presentational parts (props in, markup out): no data loading, stores, app hooks, features or app shell.',
  ),
  layer(
    ['src/stores/**', 'src/hooks/**'],
    ['@/features/*', '@/app/*'],
    'Stores and hooks may not use features or the app shell.',
  ),
  ...features.map((name) => ({
    files: [`src/features/${name}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^@/(app/|features/(?!${name}/))`,
              message: 'Features never import each other or the app shell; combine them in src/app.',
            },
            RELATIVE_PARENT,
          ],
        },
      ],
    },
  })),
  {
    files: ['scripts/**', '*.config.{js,ts}', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly', __VERSION__: 'readonly' } },
  },
  {
    files: ['vite.config.ts', 'vitest.e2e.config.ts', 'eslint.config.js', 'i18next.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
