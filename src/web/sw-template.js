// Service worker for PMO Leader Quiz. tools/postbuild.mjs fills in PRECACHE and VERSION
// from the real build output, so the list can never drift from what was built.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `pmo-quiz-${VERSION}`;
const RUNTIME = 'pmo-quiz-runtime';
const SHELL = new URL('./index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the learner chooses to reload or
  // every tab has closed, so an attempt is never switched mid-question.
  // Hashed files never change, so the copies the page just downloaded are reused; the
  // rest are revalidated so a stale HTTP cache can't slip into the new version.
  const hashed = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        PRECACHE.map((path) => new Request(new URL(path, self.registration.scope), { cache: hashed.test(path) ? 'default' : 'no-cache' })),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pmo-quiz-') && k !== CACHE && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
  // The page's language files and bank (src/web/sw-register.js): kept beside what a
  // provider's files get, then acknowledged, so "available offline" is true when said.
  if (event.data && event.data.type === 'keep' && Array.isArray(event.data.urls)) {
    const scope = self.registration.scope;
    const urls = event.data.urls.filter((url) => typeof url === 'string' && url.startsWith(scope));
    event.waitUntil(
      caches
        .open(RUNTIME)
        .then((cache) => Promise.all(urls.map((url) => cache.add(url).catch(() => undefined))))
        .then(() => event.ports[0] && event.ports[0].postMessage('kept')),
    );
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The app shell answers every navigation in scope, whatever its settings query; a page
    // a package adds (a cmi5 unit's cmi5.html) answers for itself.
    event.respondWith(
      caches
        .match(request, { cacheName: CACHE, ignoreSearch: true })
        .then((page) => page || caches.match(SHELL, { cacheName: CACHE }))
        .then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => {
      if (hit) return hit;
      // Anything else on this origin (a provider's bank, say): network first, then
      // the last copy, so it keeps working offline once seen.
      return fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(RUNTIME).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request, { cacheName: RUNTIME }).then((old) => old || Response.error()));
    }),
  );
});
