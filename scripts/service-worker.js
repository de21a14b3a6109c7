// Offline copy of the dashboard for venues whose network fails. The build fills in the two
// placeholders (see offlineServiceWorker() in vite.config.ts): every file of the build and the
// bundled dataset, and a version that changes whenever one of them does.
const PRECACHE = __PRECACHE__;
const CACHE = `eu-mx-${__VERSION__}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('eu-mx-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other origins (the opt-in map tiles) and non-GET requests are left to the browser.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Build assets carry a content hash: the cached copy is always right. ignoreVary: module scripts
  // are requested with an Origin header that the precache requests did not send.
  if (url.pathname.includes('/assets/')) {
    event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit ?? fetch(request)));
    return;
  }
  // The page and the data: the network first, so an updated dataset arrives; the copy when offline.
  const key = request.mode === 'navigate' ? new URL('./', self.location.href).href : request.url;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      })
      .catch(() => caches.match(key, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit ?? Response.error())),
  );
});
