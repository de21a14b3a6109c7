import type { Page } from 'playwright-core';

/** Waits until the service worker has stored the app and controls the page. */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

/**
 * Asks the browser to look for a new version now (what it does on each navigation and the app
 * does hourly) and waits for the outcome: 'installed' (complete, waiting), 'redundant' (the install
 * failed), 'unreachable' (sw.js could not be fetched) or 'unchanged'.
 */
export function tryUpdate(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const settled = (worker: ServiceWorker) =>
      new Promise<string>((resolve) => {
        const check = () => ['installed', 'activated', 'redundant'].includes(worker.state) && resolve(worker.state);
        worker.addEventListener('statechange', check);
        check();
      });
    // An update the last navigation started.
    if (registration.installing) return settled(registration.installing);
    try {
      await registration.update();
    } catch {
      return 'unreachable';
    }
    const worker = registration.installing ?? registration.waiting;
    return worker ? settled(worker) : 'unchanged';
  });
}

export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
