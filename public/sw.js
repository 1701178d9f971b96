// Suitcase service worker: offline support for a static app on GitHub Pages,
// that never competes with the user for the network:
//   - install: only the shell (self.__PRECACHE: start page, plain shell,
//     JS, CSS, icons, the main wasm module and what the start needs);
//   - "warm" (posted by the app once the page is interactive and idle,
//     src/ui/sw.rs): the feature routes' modules (self.__FEATURES), one at a
//     time, skipping what is cached already; the views of the feature the
//     page shows (self.__VIEWS, e.g. the wizard's editor on /wizard) first,
//     since they are what the user opens next;
//   - anything else (the export writers: docx, xlsx; the prerendered pages)
//     is cached the first time it is fetched, so what was used works offline.
//
// tools/sw-lists.mjs fills in the three lines below at build time (paths
// relative to this file's folder, and a build hash).
self.__PRECACHE = [];
self.__FEATURES = [];
self.__VIEWS = {};
self.__VERSION = "dev";

const PREFIX = 'suitcase-';
const CACHE = PREFIX + self.__VERSION;
// The app registers "sw.js" relative to its base, so the scope is the app's
// base URL (e.g. https://user.github.io/suitcase/). Never assume "/".
const SCOPE = self.registration.scope;
const START = new URL('./', SCOPE).href; // the start page (index.html)
// The plain shell: the app renders any address from it (offline fallback).
const SHELL = new URL('404.html', SCOPE).href;

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

// The feature a page of the app belongs to: the first part of its path
// under the scope ("wizard" for .../suitcase/wizard/p-1).
const featureOf = (pageUrl) =>
  pageUrl && pageUrl.startsWith(SCOPE) ? pageUrl.slice(SCOPE.length).split(/[/?#]/)[0] : '';

// Caches the feature modules one by one (never more than one request at a
// time), skipping those already cached; those of the page's own feature's
// views first. Answers "warmed" to the page.
let warming = null;
async function warm(pageUrl) {
  const cache = await caches.open(CACHE);
  const first = self.__VIEWS[featureOf(pageUrl)] || [];
  for (const p of new Set([...first, ...self.__FEATURES])) {
    const url = new URL(p, SCOPE).href;
    if (await cache.match(url)) continue;
    try {
      const res = await fetch(url, { cache: 'no-cache' });
      if (res.ok) await cache.put(url, res);
    } catch {
      return false; // offline or the server went away: try again on the next visit
    }
  }
  return true;
}

self.addEventListener('message', (event) => {
  if (event.data !== 'warm') return;
  warming = warming || warm(event.source && event.source.url).finally(() => (warming = null));
  event.waitUntil(
    warming.then((done) => {
      if (done && event.source) event.source.postMessage('warmed');
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  // Same origin and inside our scope only; everything else goes to the network untouched.
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;

  if (req.mode === 'navigate') {
    // Network first, so a new deployment shows at once; a page that answers
    // 200 (the start page, a prerendered page) is kept for offline visits.
    // Offline, an address not visited gets the plain shell and the app's
    // router renders it.
    const key = url.origin + url.pathname;
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        try {
          const res = await fetch(req);
          if (res.status === 200 && res.type === 'basic' && !res.redirected) {
            event.waitUntil(cache.put(key, res.clone()).catch(() => {}));
          }
          return res;
        } catch (err) {
          const hit = (await cache.match(key)) || (await cache.match(SHELL)) || (await cache.match(START));
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
