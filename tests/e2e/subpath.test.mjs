// The app served from a sub-folder (/suitcase/), as on GitHub Pages: deep
// links, the 404.html fallback, asset URLs and link targets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, TEST_TIMEOUT, assertNoErrors, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();

/** Records every response and failed request of a page. */
function networkLog(page) {
  const log = { responses: [], failed: [] };
  page.on('response', (res) => log.responses.push({ url: res.url(), status: res.status(), type: res.request().resourceType() }));
  page.on('requestfailed', (req) => log.failed.push(`${req.url()} (${req.failure()?.errorText})`));
  return log;
}

/** Asserts the app's scripts and wasm all loaded from under /suitcase/ (the
 *  styles are inside the page: checked by the page's own background). */
function assertAssetsLoaded(log, what) {
  assert.deepEqual(log.failed, [], `${what}: no request failed`);
  const assets = log.responses.filter((r) => /\.(js|wasm|css)(\?|$)/.test(new URL(r.url).pathname));
  for (const ext of ['.js', '.wasm']) {
    assert.ok(assets.some((r) => new URL(r.url).pathname.endsWith(ext)), `${what}: a ${ext} file was loaded`);
  }
  const bad = assets.filter((r) => r.status >= 400);
  assert.deepEqual(bad, [], `${what}: no asset answered an error`);
  const outside = log.responses.filter((r) => r.url.startsWith(env.origin) && !new URL(r.url).pathname.startsWith(BASE));
  assert.deepEqual(outside, [], `${what}: nothing is fetched from outside ${BASE}`);
}

describe('served under /suitcase/', () => {
  test('a deep link to /suitcase/settings opens Settings, with every asset, and survives a reload', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      const log = networkLog(page);
      const res = await page.goto(env.at('settings'));
      assert.equal(res.status(), 200);
      assert.equal(await h1Text(page), 'Settings');
      await page.getByLabel('Your name', { exact: true }).waitFor();
      assertAssetsLoaded(log, 'first load');
      // The stylesheet really applies (a 404 would leave the page unstyled).
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');

      log.responses.length = 0;
      await page.reload();
      assert.equal(await h1Text(page), 'Settings', 'after a reload');
      assert.equal(new URL(page.url()).pathname, `${BASE}settings`);
      assertAssetsLoaded(log, 'reload');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('a nested unknown deep link renders the not-found page through 404.html', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await newPage(context, { allow404: true });
      const log = networkLog(page);
      const res = await page.goto(env.at('career/nothing/here'));
      assert.equal(res.status(), 404, 'the server answers 404 with 404.html');
      assert.equal(await h1Text(page), 'Page not found');
      assert.equal(new URL(page.url()).pathname, `${BASE}career/nothing/here`, 'the address is kept');
      assertAssetsLoaded(log, 'not-found page');
      // The app is fully there: the navigation and preferences work.
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('/suitcase without the slash redirects to the app', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      await page.goto(`${env.origin}${BASE.replace(/\/$/, '')}`);
      assert.equal(new URL(page.url()).pathname, BASE);
      assert.equal(await h1Text(page), 'Suitcase: the work of an agency account, in one place');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test(
    'links point under /suitcase/',
    {
      timeout: TEST_TIMEOUT,
    },
    async () => {
      const context = await env.newContext();
      try {
        const page = await newPage(context, { allow404: true });
        for (const path of ['', 'settings', 'no/such/page']) {
          await page.goto(env.at(path));
          await h1Text(page);
          const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
          assert.equal(await nav.count(), 5);
          const hrefs = await page.locator('header a[href], main a[href]').evaluateAll((as) =>
            as.map((a) => `${a.textContent.trim()} → ${a.getAttribute('href')}`),
          );
          const navHrefs = await nav.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
          for (const href of navHrefs) assert.ok(href.startsWith(BASE), `nav link ${href} starts with ${BASE}`);
          for (const entry of hrefs) {
            const href = entry.split(' → ')[1];
            if (href.startsWith('#')) continue;
            const target = new URL(href, page.url());
            assert.ok(target.pathname.startsWith(BASE), `/${path}: link "${entry}" stays under ${BASE}`);
          }
        }
        // The current page is marked in the navigation (and highlighted by the CSS).
        await page.goto(env.at('settings'));
        await h1Text(page);
        const current = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true });
        assert.equal(await current.getAttribute('aria-current'), 'page', 'the Settings link is marked as the current page');
        assertNoErrors(page);
      } finally {
        await context.close();
      }
    },
  );
});
