// The shell: every route's heading, the main navigation, the skip link, a
// narrow screen and the keyboard.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, TEST_TIMEOUT, WAIT, assertNoErrors, eventually, h1Text, newPage, useSuite } from './helpers.mjs';

const env = useSuite();

/** Each route, its level-1 heading and its link in the "Main" navigation. */
const ROUTES = [
  { path: '', h1: 'Suitcase: the work of an agency account, in one place' },
  { path: 'wizard', h1: 'Brief to proposal', link: 'Wizard' },
  { path: 'budget', h1: 'Budget balancer', link: 'Budget' },
  { path: 'career', h1: 'Career guide', link: 'Career guide' },
  { path: 'toolkit', h1: "The account's toolkit", link: 'Toolkit' },
  { path: 'settings', h1: 'Settings', link: 'Settings' },
];

const mainNav = (page) => page.getByRole('navigation', { name: 'Main' });

describe('shell', () => {
  test('every route renders its heading, with no console errors', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      for (const { path, h1 } of ROUTES) {
        const res = await page.goto(env.at(path));
        assert.equal(res.status(), 200, `/${path} answers 200`);
        assert.equal(await h1Text(page), h1, `heading of /${path}`);
        // One landmark for the content, one h1.
        assert.equal(await page.getByRole('main').count(), 1, `/${path} has one <main>`);
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `/${path} has one h1`);
      }
      // Let late errors (service worker, storage) surface before judging.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('an unknown address renders "Page not found"', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await newPage(context, { allow404: true });
      const res = await page.goto(env.at('no-such-page'));
      assert.equal(res.status(), 404, 'the server answers 404 (with 404.html)');
      assert.equal(await h1Text(page), 'Page not found');
      await page.getByRole('link', { name: 'Go to the home page' }).waitFor();
      assert.match(await page.title(), /Page not found/);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test(
    'the "Main" navigation moves between pages without a full reload',
    {
      timeout: TEST_TIMEOUT,
    },
    async () => {
      const context = await env.newContext();
      try {
        const page = await newPage(context);
        await page.goto(env.url);
        await h1Text(page);
        // A full page load would lose this.
        await page.evaluate(() => {
          window.__sameDocument = true;
        });
        for (const { path, h1, link } of ROUTES.filter((r) => r.link)) {
          const before = new URL(page.url()).pathname;
          await mainNav(page).getByRole('link', { name: link, exact: true }).click();
          await page.waitForFunction((p) => location.pathname !== p, before, { timeout: WAIT.ui });
          assert.equal(new URL(page.url()).pathname, BASE + path, `"${link}" leads to ${BASE}${path}`);
          assert.equal(await h1Text(page, WAIT.ui), h1, `heading after clicking "${link}"`);
          assert.equal(await page.evaluate(() => window.__sameDocument), true, `"${link}" did not reload the page`);
          assert.equal(
            await mainNav(page).getByRole('link', { name: link, exact: true }).getAttribute('aria-current'),
            'page',
            `"${link}" is marked as the current page`,
          );
        }
        // The brand link goes home, also in place.
        await page.getByRole('link', { name: 'Suitcase', exact: true }).click();
        await page.waitForFunction((b) => location.pathname === b, BASE, { timeout: WAIT.ui });
        assert.equal(await h1Text(page, WAIT.ui), ROUTES[0].h1);
        assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the brand link did not reload');
        assertNoErrors(page);
      } finally {
        await context.close();
      }
    },
  );

  test(
    'the skip link moves focus to <main>',
    {
      timeout: TEST_TIMEOUT,
    },
    async () => {
      const context = await env.newContext();
      try {
        const page = await newPage(context);
        for (const path of ['', 'settings']) {
          await page.goto(env.at(path));
          const heading = await h1Text(page);
          await page.keyboard.press('Tab');
          const skip = page.getByRole('link', { name: 'Skip to content' });
          assert.equal(await skip.evaluate((el) => el === document.activeElement), true, 'the first Tab reaches the skip link');
          // Visible once focused (it sits off-screen otherwise).
          const box = await skip.boundingBox();
          assert.ok(box && box.y >= 0 && box.height > 0, `the focused skip link is on screen (${JSON.stringify(box)})`);
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: WAIT.ui });
          assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MAIN');
          // Still on the same page, with the same content.
          assert.equal(new URL(page.url()).pathname, BASE + path, 'the skip link stays on the page');
          assert.equal(await h1Text(page), heading);
        }
        assertNoErrors(page);
      } finally {
        await context.close();
      }
    },
  );

  test('at 360×800 the header fits without horizontal scrolling', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
    try {
      const page = await newPage(context);
      for (const { path } of ROUTES) {
        await page.goto(env.at(path));
        await h1Text(page);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        assert.ok(scrollWidth <= innerWidth, `/${path}: page is ${scrollWidth}px wide in a ${innerWidth}px window`);
        const parts = [
          mainNav(page),
          page.getByRole('combobox', { name: 'Language' }),
          page.getByRole('combobox', { name: 'Theme' }),
          ...ROUTES.filter((r) => r.link).map((r) => mainNav(page).getByRole('link', { name: r.link, exact: true })),
        ];
        for (const part of parts) {
          const box = await part.boundingBox();
          assert.ok(box, `${part} is rendered`);
          assert.ok(box.x >= 0 && box.x + box.width <= innerWidth + 0.5, `/${path}: ${part} fits (x ${box.x}, width ${box.width})`);
        }
      }
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('Tab reaches every navigation link and both selects', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      await page.goto(env.at('career'));
      await h1Text(page);
      const wanted = [
        ...ROUTES.filter((r) => r.link).map((r) => `link:${r.link}`),
        'combobox:Language',
        'combobox:Theme',
      ];
      const reached = [];
      for (let i = 0; i < 20 && !wanted.every((w) => reached.includes(w)); i++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return 'body';
            if (el.tagName === 'A') return `link:${el.textContent.trim()}`;
            if (el.tagName === 'SELECT') return `combobox:${el.labels?.[0]?.querySelector('span')?.textContent.trim() ?? el.name}`;
            return `${el.tagName.toLowerCase()}:${el.textContent.trim().slice(0, 30)}`;
          }),
        );
      }
      for (const w of wanted) assert.ok(reached.includes(w), `Tab reaches ${w} (reached: ${reached.join(', ')})`);
      // In reading order: navigation before the preferences.
      assert.ok(reached.indexOf('link:Settings') < reached.indexOf('combobox:Language'), 'nav comes before the selects');

      // The focused select is operable from the keyboard.
      const theme = page.getByRole('combobox', { name: 'Theme' });
      await theme.focus();
      await eventually(() => theme.evaluate((el) => el === document.activeElement), { message: 'theme select focused' });
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });
});
