// Builds the floor page (bench/floor: React, one Leaflet map, one Recharts chart, nothing else)
// into dist-floor/ with the same bundler settings that matter for speed (target, no sourcemaps,
// Leaflet's ES build). Used only by the bench; the app's build and its service worker never see it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const FLOOR_DIR = fileURLToPath(new URL('../../dist-floor', import.meta.url));

export async function buildFloor() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('../../bench/floor', import.meta.url)),
    base: './',
    plugins: [react()],
    resolve: {
      alias: [
        {
          find: /^leaflet$/,
          replacement: fileURLToPath(new URL('../../node_modules/leaflet/dist/leaflet-src.esm.js', import.meta.url)),
        },
      ],
    },
    build: {
      outDir: FLOOR_DIR,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
    },
  });
  return FLOOR_DIR;
}
