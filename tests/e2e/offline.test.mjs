// Offline support: the service worker installs on the first visit, the app
// then opens without a network, and a new deployment replaces the old one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { startServer } from '../../tools/serve.mjs';
import { BASE, DIST, TEST_TIMEOUT, WAIT, assertNoErrors, copyDist, eventually, expectValue, h1Text, newPage, problemsOf, useSuite } from './helpers.mjs';

const env = useSuite();

const HOME_H1 = 'Suitcase: the work of an agency account, in one place';

/** Waits until a service worker is active and controls the page (reloading once if needed). */
async function waitForControl(page) {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);
  if (!(await controlled())) {
    // clients.claim() normally takes over at once; a reload is the fallback.
    try {
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 3_000 });
    } catch {
      await page.reload();
      await h1Text(page);
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: WAIT.ui });
    }
  }
  return scope;
}

/** Sets `window.__warmed` once the worker answers "warmed": it has cached
 * the feature modules, which the page asks for when it is idle (public/sw.js). */
const noteWarmed = (context) =>
  context.addInitScript(() =>
    navigator.serviceWorker?.addEventListener('message', (e) => {
      if (e.data === 'warmed') window.__warmed = true;
    }),
  );

/** Names of the page's Cache Storage caches. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** The build version written into a dist's sw.js. */
async function swVersion(dir) {
  const text = await readFile(join(dir, 'sw.js'), 'utf8');
  const m = text.match(/self\.__VERSION = "([^"]+)";/);
  assert.ok(m, 'sw.js carries a build version');
  return { text, version: m[1] };
}

describe('offline', () => {
  test('the first visit installs the service worker for /suitcase/', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      await page.goto(env.url);
      assert.equal(await h1Text(page), HOME_H1);
      const scope = await waitForControl(page);
      assert.equal(scope, env.url, 'the worker is scoped to the app folder, not the whole site');
      assert.equal(
        await page.evaluate(() => navigator.serviceWorker.controller.scriptURL),
        env.at('sw.js'),
      );
      // Everything the app needs to start is precached.
      const names = await cacheNames(page);
      assert.equal(names.length, 1, `one cache (${names})`);
      assert.match(names[0], /^suitcase-/);
      const cached = await page.evaluate(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname), names[0]);
      for (const want of [BASE, `${BASE}index.html`]) assert.ok(cached.includes(want), `${want} is cached`);
      for (const ext of ['.js', '_bg.wasm']) {
        assert.ok(cached.some((p) => p.endsWith(ext)), `a ${ext} file is cached (${cached.join(', ')})`);
      }
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('offline, the app still opens: reload, a deep link, an unknown link, saved data', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    await noteWarmed(context);
    try {
      const page = await newPage(context);
      await page.goto(env.at('settings'));
      assert.equal(await h1Text(page), 'Settings');
      await waitForControl(page);
      await page.waitForFunction(() => window.__warmed === true, null, { timeout: WAIT.boot });
      // Something saved while online.
      await page.getByLabel('Your name', { exact: true }).fill('Võ Offline');
      await page.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor();

      await context.setOffline(true);
      await page.reload();
      assert.equal(await h1Text(page), 'Settings', 'reload offline');
      await expectValue(page.getByLabel('Your name', { exact: true }), 'Võ Offline');

      await page.goto(env.at('career'));
      assert.equal(await h1Text(page), 'Career guide', 'a deep link offline');
      assert.equal(new URL(page.url()).pathname, `${BASE}career`);

      await page.goto(env.url);
      assert.equal(await h1Text(page), HOME_H1, 'home offline');

      await page.goto(env.at('career/nothing/here'));
      assert.equal(await h1Text(page), 'Page not found', 'an unknown link offline still gets the app');

      // Styles came from the cache too.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the stylesheet is applied offline');
      assertNoErrors(page);
    } finally {
      await context.setOffline(false).catch(() => {});
      await context.close();
    }
  });

  test("the worker caches the views of the page's own feature first (the wizard's editor on /wizard)", { timeout: TEST_TIMEOUT }, async () => {
    const { text } = await swVersion(DIST);
    const views = JSON.parse(text.match(/self\.__VIEWS = (\{.*\});/)[1]);
    const features = JSON.parse(text.match(/self\.__FEATURES = (\[.*\]);/)[1]);
    assert.ok(views.wizard?.length > 0, 'the wizard has views of its own');
    assert.ok(views.wizard.every((f) => features.includes(f)), 'every view file is a feature file');
    const context = await env.newContext();
    await noteWarmed(context);
    try {
      const page = await newPage(context);
      const fetchedByPage = new Set();
      page.on('request', (r) => fetchedByPage.add(r.url().split('/').pop()));
      await page.goto(env.at('wizard'));
      await waitForControl(page);
      await page.waitForFunction(() => window.__warmed === true, null, { timeout: WAIT.boot });
      // Cache Storage keeps entries in the order they were put.
      const order = await page.evaluate(async () => {
        const cache = await caches.open((await caches.keys())[0]);
        return (await cache.keys()).map((r) => r.url.split('/').pop());
      });
      const warmed = order.filter((f) => features.includes(f) && !fetchedByPage.has(f));
      const first = views.wizard.filter((f) => !fetchedByPage.has(f));
      assert.ok(first.length > 0, 'some of the views were left to the worker');
      assert.deepEqual(warmed.slice(0, first.length).sort(), [...first].sort(), `the views come first: ${warmed.join(', ')}`);
      assert.equal(warmed.length, features.filter((f) => !fetchedByPage.has(f)).length, 'then every other feature file');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('a part of the app that cannot be downloaded is tried again, with a notice, and the app keeps working', { timeout: TEST_TIMEOUT }, async () => {
    // No service worker, so the open plan's module must come from the
    // network, which drops it until `reachable` (tools/split.mjs,
    // retryFailedLoads: a failed load used to stop the whole app).
    const context = await env.newContext({ serviceWorkers: 'block' });
    let reachable = false;
    await context.route(/split_page_budget_plan_/, (route) => (reachable ? route.continue() : route.abort()));
    try {
      const page = await newPage(context);
      await page.goto(env.at('budget'));
      assert.equal(await h1Text(page), 'Budget balancer');
      await page.getByRole('button', { name: 'Open the example' }).click();
      const notice = page.getByRole('alert').filter({ hasText: 'Part of Suitcase could not be downloaded' });
      await notice.waitFor({ timeout: WAIT.ui });
      assert.ok(await notice.getByRole('button', { name: 'Reload the page' }).isVisible(), 'the notice offers a reload');
      await page.getByRole('status').filter({ hasText: 'Opening the page…' }).waitFor({ timeout: WAIT.ui });
      // Still tried after a few failures; back online, it opens at once.
      await page.waitForTimeout(2500);
      reachable = true;
      await page.evaluate(() => dispatchEvent(new Event('online')));
      await eventually(async () => (await h1Text(page)) === 'Tet launch (example)', { message: 'the plan opens once its module arrives' });
      await notice.waitFor({ state: 'detached', timeout: WAIT.ui });
      // The app still answers.
      await page.getByRole('link', { name: 'All plans' }).click();
      await eventually(async () => (await h1Text(page)) === 'Budget balancer', { message: 'back to the list' });
      // The only problems logged are the dropped downloads (and the blocked worker).
      const others = problemsOf(page).filter((p) => !/split_page_budget_plan_|Failed to fetch|ERR_FAILED|Failed to load resource|Service Worker registration blocked/.test(p));
      assert.deepEqual(others, [], 'nothing else went wrong');
    } finally {
      await context.close();
    }
  });

  test('a new deployment is picked up, and then works offline', { timeout: TEST_TIMEOUT }, async () => {
    const copy = await copyDist();
    const server = await startServer({ dir: copy.dir, base: BASE, port: 0 });
    const url = server.url;
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      await page.goto(url);
      assert.equal(await h1Text(page), HOME_H1);
      await waitForControl(page);
      const { text: swText, version: oldVersion } = await swVersion(copy.dir);
      assert.deepEqual(await cacheNames(page), [`suitcase-${oldVersion}`]);
      assert.equal(await page.locator('meta[name="e2e-build"]').count(), 0);

      // Deploy "build 2": a new index.html and a service worker with a new version.
      const newVersion = `${oldVersion}e2e2`;
      for (const f of ['sw.js', 'index.html']) await chmod(join(copy.dir, f), 0o644);
      const index = await readFile(join(copy.dir, 'index.html'), 'utf8');
      assert.ok(index.includes('</head>'));
      await writeFile(join(copy.dir, 'index.html'), index.replace('</head>', '<meta name="e2e-build" content="2" /></head>'));
      await writeFile(join(copy.dir, 'sw.js'), swText.replace(`self.__VERSION = "${oldVersion}";`, `self.__VERSION = "${newVersion}";`));

      await page.reload();
      await h1Text(page);
      await page.reload();
      await h1Text(page);
      assert.equal(await page.locator('meta[name="e2e-build"]').getAttribute('content'), '2', 'the new index.html is served');

      // The new worker takes over and drops the old cache.
      await eventually(
        async () => {
          const names = await cacheNames(page);
          return names.length === 1 && names[0] === `suitcase-${newVersion}`;
        },
        { timeout: WAIT.boot, message: `only the cache suitcase-${newVersion}` },
      );
      const cachedIndex = await page.evaluate(async (n) => {
        const res = await (await caches.open(n)).match(new URL('./', document.baseURI).href);
        return res ? res.text() : null;
      }, `suitcase-${newVersion}`);
      assert.ok(cachedIndex?.includes('name="e2e-build"'), 'the new start page is the cached one');

      // Offline now gets build 2, not the old one.
      await context.setOffline(true);
      await page.reload();
      assert.equal(await h1Text(page), HOME_H1);
      assert.equal(await page.locator('meta[name="e2e-build"]').getAttribute('content'), '2', 'offline serves the new build');
      assertNoErrors(page);
    } finally {
      await context.setOffline(false).catch(() => {});
      await context.close();
      await server.close();
      await copy.remove();
    }
  });
});
