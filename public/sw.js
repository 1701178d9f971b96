// Suitcase service worker: offline support for a static app on GitHub Pages.
//
// tools/postbuild.mjs fills in the two lines below at build time (the list of
// files to precache, relative to this file's folder, and a build hash).
self.__PRECACHE = [];
self.__VERSION = "dev";

const PREFIX = 'suitcase-';
const CACHE = PREFIX + self.__VERSION;
// The app registers "sw.js" relative to its base, so the scope is the app's
// base URL (e.g. https://user.github.io/suitcase/). Never assume "/".
const SCOPE = self.registration.scope;
const START = new URL('./', SCOPE).href; // the cached start page (index.html)

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'no-cache' revalidates with the server, so we never store a stale
      // index.html, yet files the page has just loaded come back as cheap 304s.
      // addAll is all-or-nothing: one failed file fails the install (the old SW stays).
      await cache.addAll(self.__PRECACHE.map((p) => new Request(new URL(p, SCOPE), { cache: 'no-cache' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only our own caches: other apps may share the github.io origin.
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  // Same origin and inside our scope only; everything else goes to the network untouched.
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;

  if (req.mode === 'navigate') {
    // Network first, so a new deployment shows at once; offline, any in-app
    // URL (e.g. /suitcase/career) gets the cached start page and the app's
    // router takes over.
    event.respondWith(
      (async () => {
        try {
          return await fetch(req);
        } catch (err) {
          const cache = await caches.open(CACHE);
          const hit = (await cache.match(START)) || (await cache.match(req, { ignoreSearch: true }));
          if (hit) return hit;
          throw err;
        }
      })(),
    );
    return;
  }

  // Everything else: cache first (file names carry content hashes), then network.
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(req);
      if (hit) return hit;
      const res = await fetch(req);
      if (res.status === 200 && res.type === 'basic') {
        event.waitUntil(cache.put(req, res.clone()).catch(() => {})); // e.g. quota: not fatal
      }
      return res;
    })(),
  );
});
