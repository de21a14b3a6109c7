import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
export const ARTIFACTS = 'test-results/e2e';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function executablePath(): string {
  const path = process.env.CHROMIUM;
  if (!path) throw new Error('CHROMIUM is not set: run the e2e tests through `npm run test:e2e`.');
  return path;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath(), args: ARGS });
}

/** A browser with a profile on disk, not incognito: Chromium offers to install apps only there. */
export async function launchWithProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: executablePath(),
    args: ARGS,
    serviceWorkers: 'allow',
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** A page that records console errors and any request leaving the app's own origin. */
export async function openPage(
  browser: Browser,
  path = '',
  viewport = { width: 1366, height: 768 },
  options: {
    acceptDownloads?: boolean;
    beforeGoto?: (page: Page) => Promise<unknown>;
    /** Blocked unless a test is about offline use: page.route() does not see requests a service worker answers. */
    serviceWorkers?: 'allow' | 'block';
    /** Another server than the one run-e2e.mjs started (e.g. tests/e2e/test-server.ts). */
    baseUrl?: string;
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: options.acceptDownloads ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const base = options.baseUrl ?? BASE_URL;
  const origin = new URL(base).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  // E.g. page.route() stand-ins for the data files, which must be in place before the first request.
  await options.beforeGoto?.(page);
  await page.goto(new URL(path, base).toString());
  return { context, page, consoleErrors, foreignRequests };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}`;
}
