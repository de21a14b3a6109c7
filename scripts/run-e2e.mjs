// Builds the production bundle, serves it with `vite preview` on a free local port and runs
// the end-to-end tests (tests/e2e) in headless Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { build, preview } from 'vite';
import { CHROMIUM_HELP, findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(`\n${CHROMIUM_HELP}\n`);
  if (process.env.CI) {
    console.error('CI=true: a missing Chromium is a failure.');
    process.exit(1);
  }
  console.error('End-to-end tests NOT run (no Chromium). Unit and component tests above still count.\n');
  process.exit(0);
}

if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a local URL');

const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
// Async spawn: the preview server lives in this process and must keep serving meanwhile.
const child = spawn('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: url, CHROMIUM: chromium },
});
const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
await server.close();
process.exit(status);
