/**
 * Registers the service worker that the production build emits (sw.js), so the dashboard and its
 * dataset open again without a network once they have been opened once, and tells the page when a
 * newer version is stored and waiting (see UpdateNotice). Development builds have no service
 * worker; browsers without one (or on plain http) simply work online.
 */
let registration: ServiceWorkerRegistration | undefined;
let updateReady = false;
const listeners = new Set<() => void>();

function announce() {
  updateReady = true;
  for (const listener of listeners) listener();
}

export const isUpdateReady = () => updateReady;

export function subscribeUpdateReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the waiting version take over, then reloads into it (all tabs switch with it). */
export function applyUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) return window.location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload());
  waiting.postMessage('SKIP_WAITING');
}

export function registerOfflineCopy(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  // The first worker taking over an uncontrolled page is the same version; a later change means
  // another tab switched to a newer one and this tab still runs the older code.
  let controlled = Boolean(sw.controller);
  sw.addEventListener('controllerchange', () => {
    if (controlled) announce();
    controlled = true;
  });
  const register = () => {
    sw.register(`${import.meta.env.BASE_URL}sw.js`)
      .then((reg) => {
        registration = reg;
        const check = () => reg.waiting && sw.controller && announce();
        reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', check));
        check();
        // A tab left open all day at the venue: look for a new version every hour.
        setInterval(() => reg.update().catch(() => undefined), 60 * 60 * 1000);
      })
      .catch(() => undefined);
  };
  // After the page has loaded, so storing the app never competes with the first screen. The app
  // starts after its language catalog arrives, which can be after 'load' has already fired.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
