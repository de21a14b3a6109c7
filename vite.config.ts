/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { CORE_FILES } from './src/data/dataset-files.ts';

// The static build carries its own Content-Security-Policy: scripts only from the app's origin,
// no inline script, data fetched only from 'self'. Map tiles are <img> requests, so the optional
// OpenStreetMap host is allowed for images only (and is requested only when the user turns tiles on).
// Inline style attributes stay allowed because Leaflet and Recharts position elements with them.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

// The first screen's dataset requests start with the page, not after the entry chunk has downloaded
// and run: they download alongside the scripts and the first match is painted ~100 ms sooner (the
// annex files, policies and context, are requested after the first render). The fetch in
// src/data/load-dataset.ts picks the preloaded response up (same URL, CORS mode, credentials).
function preloadDataset(): Plugin {
  let base = '/';
  return {
    name: 'preload-dataset',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: () =>
      CORE_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}data/${file}` },
        injectTo: 'head' as const,
      })),
  };
}

// public/data keeps its JSON indented for the people who edit and review it; the build serves it
// without the indentation: 491 → 361 KB (gzip 55.3 → 51.9 KB), which matters most to a host that
// does not compress (the first screen's files are what its largest paint waits for).
function minifiedDataset(): Plugin {
  let dataDir = '';
  return {
    name: 'minified-dataset',
    apply: 'build',
    configResolved: (config) => {
      dataDir = resolve(config.root, config.build.outDir, 'data');
    },
    closeBundle: () => {
      if (!existsSync(dataDir)) return;
      for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
        const path = join(dataDir, file);
        writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
      }
    },
  };
}

// Recharts looks its scales up by name in the whole d3-scale namespace, so every scale is bundled,
// including the time scales and the d3-time-format locale they pull in (~4.5 KB gzip, against the
// bundle budget). Our charts use category and number axes only; recharts falls back to a point
// scale for a name it cannot find, so `scale="time"` would degrade, not crash.
const D3_SCALE_WITHOUT_TIME = '\0d3-scale-without-time';
function d3ScaleWithoutTime(): Plugin {
  return {
    name: 'd3-scale-without-time',
    enforce: 'pre',
    resolveId: (id) => (id === 'victory-vendor/d3-scale' ? D3_SCALE_WITHOUT_TIME : null),
    load: async (id) => {
      if (id !== D3_SCALE_WITHOUT_TIME) return null;
      const names = Object.keys(await import('d3-scale')).filter((n) => n !== 'scaleTime' && n !== 'scaleUtc');
      return `export { ${names.join(', ')} } from 'd3-scale';`;
    },
  };
}

// A service worker that keeps the whole app and its dataset for offline use (venue networks fail).
// Built from scripts/service-worker.js with the list of files this build produced and the public
// folder (dataset, manifest, icons). The version, which names the worker's cache, covers all of
// them and the worker's own code. 'post': the page (index.html) is in the bundle by then.
function offlineServiceWorker(): Plugin {
  let publicDir = 'public';
  return {
    name: 'offline-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved: (config) => {
      publicDir = config.publicDir;
    },
    generateBundle(_, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const [file, output] of Object.entries(bundle)) {
        if (!file.endsWith('.map')) files.set(file, output.type === 'chunk' ? output.code : output.source);
      }
      const copied = publicDir ? readdirSync(publicDir, { recursive: true, withFileTypes: true }) : [];
      for (const entry of copied.filter((e) => e.isFile())) {
        const path = join(entry.parentPath, entry.name);
        files.set(relative(publicDir, path).split(sep).join('/'), readFileSync(path));
      }
      const template = readFileSync('scripts/service-worker.js', 'utf8');
      const hash = createHash('sha256').update(template);
      for (const [file, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(file).update(content);
      // The page is requested as the app's folder ('./'), so it is stored under that name.
      const precache = [...files.keys()].sort().map((file) => (file === 'index.html' ? './' : `./${file}`));
      const source = template
        .replace('__PRECACHE__', JSON.stringify(precache))
        .replace('__VERSION__', JSON.stringify(hash.digest('hex').slice(0, 12)));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

// Lazy chunks the first frame needs, preloaded with the entry. None today: the map is on the first
// screen but mounts once the first frame with the matches is painted (src/app/dashboard.tsx), and
// preloading its 56 KB (gzip) made it compete with the entry and the dataset for the link: the
// first matches came ~65 ms later (Lighthouse, gzip) and ~200 ms later uncompressed.
const FIRST_SCREEN_LAZY: string[] = [];
function preloadFirstScreenChunks(): Plugin {
  return {
    name: 'preload-first-screen-chunks',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const files = new Set<string>();
        const add = (file: string) => {
          const chunk = chunks.find((c) => c.fileName === file);
          if (!chunk || files.has(file)) return;
          files.add(file);
          chunk.imports.forEach(add);
        };
        for (const source of FIRST_SCREEN_LAZY)
          for (const c of chunks) if (c.facadeModuleId?.replaceAll('\\', '/').endsWith(source)) add(c.fileName);
        // The entry and what it imports are already script tags.
        return [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

// The dataset worker words validation messages with the `data` catalog the page sends it (the
// active language's): the bundled English catalogs and the Spanish chunk would be dead weight in it.
const CATALOG_MODULE = /src[\\/]locales[\\/](en-first|es)\.ts$/;
function workerWithoutCatalogs(): Plugin {
  return {
    name: 'worker-without-catalogs',
    enforce: 'pre',
    load: (id) => (CATALOG_MODULE.test(id) ? 'export const enFirst = {}; export const es = {};' : null),
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    d3ScaleWithoutTime(),
    preloadFirstScreenChunks(),
    preloadDataset(),
    minifiedDataset(),
    offlineServiceWorker(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // Leaflet's package "main" is its UMD build, which the bundler cannot shake; its own ES
      // module build is the same code and saves ~1.5 KB gzip (bundle budget).
      {
        find: /^leaflet$/,
        replacement: fileURLToPath(new URL('./node_modules/leaflet/dist/leaflet-src.esm.js', import.meta.url)),
      },
    ],
  },
  server: { port: 5173 },
  // A module worker, so its code splits and loads like the page's.
  worker: { format: 'es', plugins: () => [workerWithoutCatalogs()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every es2022 browser loads modules natively; the preload polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The map is on the first screen; its views (panel, presentation, print) share Leaflet, so
        // one chunk compresses better than the five small ones automatic splitting makes.
        codeSplitting: {
          // Only the map's own modules: the shared hooks and engine stay where automatic splitting puts them.
          includeDependenciesRecursively: false,
          groups: [
            // Everything the entry imports statically, in one chunk: automatic splitting made ~18
            // files of the first screen (many under 1 KB), each a request on the critical path
            // (browsers open 6 connections per host) and compressed alone.
            { name: 'initial', tags: ['$initial'], priority: 1 },
            {
              name: 'map',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]|src[\\/]features[\\/]map[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    restoreMocks: true,
    unstubGlobals: true,
    // Setting up jsdom was a third of the suite's time: only component tests (and the few unit
    // files that say `@vitest-environment jsdom`) pay for it.
    projects: [
      {
        extends: true,
        // Worker threads start faster than forked processes; for Node-only tests that halved the time.
        test: {
          name: 'unit',
          environment: 'node',
          pool: 'threads',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup-i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          // Rendering the whole app in jsdom takes seconds on a busy 2-core machine; 5 s was too tight.
          testTimeout: 15_000,
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup-i18n.ts', 'tests/setup-dom.ts'],
        },
      },
    ],
  },
});
