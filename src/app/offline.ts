/**
 * Registers the service worker that the production build emits (sw.js), so the dashboard and its
 * dataset open again without a network once they have been opened once. Development builds have
 * no service worker; browsers without one (or on plain http) simply work online.
 */
export function registerOfflineCopy(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  });
}
