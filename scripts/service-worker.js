// Offline copy of the dashboard for venues whose network fails. The build fills in the two
// placeholders (see offlineServiceWorker() in vite.config.ts): every file of one build (the page,
// its assets, the dataset, the manifest and icons) and a version that changes whenever any of them
// does. One cache per version, so a page is only ever served with the assets and data it was built
// with: a new version is used only once all of it is stored, and an interrupted update leaves the
// previous version in charge, complete.
const PRECACHE = __PRECACHE__;
const CACHE = `eu-mx-${__VERSION__}`;
const PAGE = new URL('./', self.location.href);

// Every file the page links to must be in this version's cache, or the version is incomplete
// (e.g. a page deployed after this worker's file list was made).
async function checkPageLinks(cache) {
  const page = await (await cache.match(PAGE.href)).text();
  for (const [, link] of page.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const url = new URL(link, PAGE);
    if (url.origin === PAGE.origin && !(await cache.match(url.href))) throw new Error(`${url.pathname} is not cached`);
  }
}

// The dataset is one versioned set (src/data/dataset-version.ts): every data file carries the version
// meta.json names. Files fetched while a deployment was half-way can disagree; the page would refuse
// such a set on every visit, so this version is not installed and the previous one stays in charge.
async function checkDatasetVersion(cache) {
  const read = async (url) => (await cache.match(new URL(url, PAGE).href)).json();
  const { version } = await read('./data/meta.json');
  for (const url of PRECACHE.filter((u) => /^\.\/data\/[^/]+\.json$/.test(u) && u !== './data/meta.json')) {
    const { datasetVersion } = await read(url);
    if (datasetVersion !== version) throw new Error(`${url} is of dataset version ${datasetVersion}, not ${version}`);
  }
}

self.addEventListener('install', (event) => {
  // No skipWaiting(): while an older version controls open tabs, this one waits until the user
  // chooses "Reload" (a SKIP_WAITING message), so a tab never runs two versions at once.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      try {
        // All or nothing: addAll stores no file if one fails, and a failed install keeps the old
        // worker and its cache. 'reload' bypasses the HTTP cache, which may hold an older page.
        await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
        await checkPageLinks(cache);
        await checkDatasetVersion(cache);
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
    }),
  );
});

self.addEventListener('activate', (event) => {
  // Only a complete version activates, so the older caches can go now.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('eu-mx-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other origins (the opt-in map tiles) and non-GET requests are left to the browser.
  if (request.method !== 'GET' || url.origin !== PAGE.origin) return;
  // Opening the app, with any query (?s=…), gets this version's page. The network is only asked for
  // what this version does not hold; new versions arrive as a new worker (the browser checks sw.js).
  const isPage = request.mode === 'navigate' && [PAGE.pathname, `${PAGE.pathname}index.html`].includes(url.pathname);
  // ignoreVary: module scripts are requested with an Origin header that the precache requests did not send.
  event.respondWith(
    caches
      .match(isPage ? PAGE.href : request, { cacheName: CACHE, ignoreVary: true })
      .then((hit) => hit ?? fetch(request)),
  );
});
