// The first screen is HTML (tools/prerender.mjs): the served pages hold their
// content before any script runs, the kept language and theme show at first
// paint, the app takes over without losing what the user did meanwhile, the
// career deep links answer 200 under /suitcase/, and visited pages work
// offline.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, TEST_TIMEOUT, WAIT, assertNoErrors, eventually, expectValue, h1Text, newPage, storedRecords, useSuite } from './helpers.mjs';

const env = useSuite();

const HOME_H1 = 'Suitcase: the work of an agency account, in one place';
const ROLE = 'career/role/account-manager';

/** The raw HTML of a path under the base, as a crawler gets it (no script runs). */
async function raw(path) {
  const res = await fetch(env.at(path), { redirect: 'manual' });
  return { status: res.status, html: await res.text(), type: res.headers.get('content-type') };
}

/** Text of the first <h1> inside the English prerendered page of `html`. */
function staticH1(html) {
  const start = html.indexOf('<div id="pr-app" lang="en">');
  assert.ok(start >= 0, 'the page has a prerendered body');
  const m = html.slice(start).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/);
  assert.ok(m, 'the prerendered page has a heading');
  return m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

const attr = (html, re) => html.match(re)?.[1];

/** The heading of the page as it is before the app runs. */
const staticHeading = (page) => h1Text(page, WAIT.boot, { app: false });

/** Holds every .wasm request (or those `only` matches) until `release()` is
 *  called (the app, or that part of it, cannot start before). */
async function holdWasm(context, only = '**/*.wasm') {
  let release;
  const gate = new Promise((r) => (release = r));
  await context.route(only, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

describe('prerendered pages', () => {
  test('home and a role page hold their heading, text, title and description before any script', { timeout: TEST_TIMEOUT }, async () => {
    const home = await raw('');
    assert.equal(home.status, 200);
    assert.equal(staticH1(home.html), HOME_H1);
    const role = await raw(ROLE);
    assert.equal(role.status, 200, 'a role page answers 200, not the 404 fallback');
    const roleH1 = staticH1(role.html);
    assert.ok(roleH1.length > 3, `role heading "${roleH1}"`);
    // The same heading and text as the app renders.
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      await page.goto(env.at(ROLE));
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      assert.equal(await h1Text(page), roleH1, 'the app renders the heading the HTML had');
      const firstPara = (await page.locator('main p').first().textContent()).trim().replace(/\s+/g, ' ');
      assert.ok(firstPara.length > 20);
      assert.ok(role.html.replace(/\s+/g, ' ').includes(firstPara.slice(0, 40)), 'the HTML holds the page\'s text');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
    // Its own title, description and language, English and Vietnamese.
    assert.equal(attr(role.html, /<html lang="([^"]+)"/), 'en');
    const titles = [home, role].map((r) => attr(r.html, /<title>([^<]*)<\/title>/));
    assert.notEqual(titles[0], titles[1], 'each page has its own title');
    assert.ok(titles[1].includes(roleH1), `the role's title names it: ${titles[1]}`);
    const desc = (r) => attr(r.html, /<meta name="description" content="([^"]*)"/);
    assert.notEqual(desc(home), desc(role), 'each page has its own description');
    assert.ok(desc(role).length >= 40 && desc(role).length <= 160, desc(role));
    const viDesc = attr(role.html, /<meta name="description"[^>]*data-vi="([^"]*)"/);
    assert.ok(viDesc && viDesc !== desc(role), 'a Vietnamese description too');
    assert.match(role.html, /<template id="pr-vi"><div id="pr-app" lang="vi">[\s\S]*<h1\b/, 'the Vietnamese page is in the file');
    assert.match(role.html, /<meta property="og:title" content="[^"]+"/, 'a link preview title');
  });

  test('the app takes over long pages whole: every section of the HTML, none left for later, no CSP error', { timeout: TEST_TIMEOUT }, async () => {
    // Long pages render in several tasks (src/ui/later.rs); the swap waits
    // for all of them, so the page the user sees never loses a section.
    for (const [path, lang] of [[ROLE, 'en'], ['career/', 'vi'], ['career/practice', 'en'], ['settings', 'en'], ['toolkit', 'vi']]) {
      const { html } = await raw(path);
      const start = html.indexOf(lang === 'vi' ? '<div id="pr-app" lang="vi">' : '<div id="pr-app" lang="en">');
      const end = html.indexOf('</main>', start);
      const headings = [...html.slice(start, end).matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)]
        .map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
      assert.ok(headings.length >= 2, `${path}: the HTML has sections (${headings})`);
      const context = await env.newContext({ locale: lang === 'vi' ? 'vi-VN' : 'en-US' });
      try {
        const page = await newPage(context);
        await page.addInitScript(() => {
          // Once the HTML is parsed, how many sections <main> has after each change.
          document.addEventListener('DOMContentLoaded', () => {
            window.__sections = [document.querySelector('main').querySelectorAll('h2').length];
            new MutationObserver(() => {
              const main = document.querySelector('main');
              window.__sections.push(main ? main.querySelectorAll('h2').length : 0);
            }).observe(document.body, { childList: true, subtree: true });
          });
        });
        await page.goto(env.at(path));
        await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
        assert.equal(await page.locator('[data-later]').count(), 0, `${path}: no part is left to render`);
        const shown = await page.locator('main h2').evaluateAll((els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
        for (const h of headings) assert.ok(shown.includes(h), `${path}: the app's page has the section "${h}" (${shown})`);
        const counts = await page.evaluate(() => window.__sections || []);
        assert.ok(counts.length > 1, `${path}: the app changed the page`);
        assert.ok(Math.min(...counts) >= headings.length, `${path}: no moment shows fewer sections than the HTML (${counts})`);
        assertNoErrors(page);
      } finally {
        await context.close();
      }
    }
  });

  test("a deep link fetches its page's wasm together with the main module, each file once", { timeout: TEST_TIMEOUT }, async () => {
    // The start-up script fetches the modules the address needs at once
    // (tools/postbuild.mjs, step 0c); the loader takes them from there
    // (tools/split.mjs), so none waits for the main module and none is
    // fetched twice. Each view of the guide has a module of its own
    // (src/pages/career/mod.rs), fetched only when its address is opened (the
    // overview's with /career alone, a role page's with a role's). The
    // query counts too: an open plan and a toolkit tab come with the page.
    const cases = [
      ['career/practice', /split_page_career_practice_/],
      ['career', /split_page_career_overview_/],
      ['career/role/account-manager', /split_page_career_role_/],
      ['wizard', /split___wizard_route_view_/],
      ['budget?plan=no-such-plan', /split_page_budget_plan_/],
      ['toolkit?tab=wip', /split_page_toolkit_wip_/],
    ];
    for (const [path, own] of cases) {
      const context = await env.newContext();
      try {
        const page = await newPage(context);
        const wasm = [];
        page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push({ file: r.url().split('/').pop(), at: Date.now(), done: null }); });
        page.on('requestfinished', (r) => {
          const w = wasm.find((x) => x.file === r.url().split('/').pop());
          if (w && w.done == null) w.done = Date.now();
        });
        await page.goto(env.at(path));
        await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
        const files = wasm.map((w) => w.file);
        const main = wasm.find((w) => /_bg\.wasm$/.test(w.file));
        const mine = wasm.find((w) => own.test(w.file));
        assert.ok(main && mine, `${path}: the main module and the page's own were fetched (${files})`);
        assert.ok(mine.at <= main.done, `${path}: the page's module was asked for before the main module had arrived`);
        assert.deepEqual(files.filter((f, i) => files.indexOf(f) !== i), [], `${path}: no wasm file is fetched twice`);
        if (path === 'wizard') {
          assert.ok(!files.some((f) => /split_page_career_/.test(f)), 'the wizard fetches no view of the guide');
          assert.ok(!files.some((f) => /split_page_wizard_open_/.test(f)), "the wizard's list does not fetch the open proposal's module");
        }
        if (path === 'career') assert.ok(!files.some((f) => /split_page_career_(role|practice)_/.test(f)), "the guide's overview fetches neither a role page's module nor another view's");
        if (path.startsWith('career/role')) {
          assert.ok(!files.some((f) => /split_page_career_overview_/.test(f)), "a role page does not fetch the overview's module");
          // Its far parts (src/pages/career/role.rs, `LaterView`) wait as HTML
          // with their modules unfetched until the user nears them.
          assert.ok(!files.some((f) => /split_page_career_part_/.test(f)), `a role page's far parts are not fetched at start (${files})`);
        }
        if (path.startsWith('toolkit')) assert.ok(!files.some((f) => /split_page_toolkit_contact_/.test(f)), 'the WIP tab does not fetch the contact report editor');
        assertNoErrors(page);
        if (path === 'career/practice') {
          // Another view of the guide, opened in the app: its module comes then.
          await page.getByRole('navigation', { name: 'Career guide' }).getByRole('link', { name: 'Glossary' }).click();
          await eventually(async () => (await h1Text(page)) === 'Glossary', { message: 'the glossary opens' });
          assert.ok(wasm.some((w) => /split_page_career_glossary_/.test(w.file)), 'the glossary module was fetched on opening it');
          assertNoErrors(page);
        }
      } finally {
        await context.close();
      }
    }
  });

  test('with JavaScript off, a role page shows its content, links work and there is no error', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext({ javaScriptEnabled: false });
    try {
      const page = await newPage(context);
      const res = await page.goto(env.at(ROLE));
      assert.equal(res.status(), 200);
      const h1 = await staticHeading(page);
      assert.ok(h1.length > 3);
      assert.ok(await page.locator('header nav a').first().isVisible(), 'the navigation shows');
      // A link is a real link: it loads the next prerendered page.
      await page.locator(`header nav a[href="${BASE}career"]`).click();
      assert.equal(await staticHeading(page), 'Career guide');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('a kept Vietnamese choice, or a Vietnamese browser, shows Vietnamese at first paint', { timeout: TEST_TIMEOUT }, async () => {
    const role = await raw(ROLE);
    const viTitle = attr(role.html, /data-vi-title="([^"]*)"/);
    const [enPart, viPart] = role.html.split('<template id="pr-vi">');
    const lead = (html) => html.match(/<p class="lead">([\s\S]*?)<\/p>/)[1].replace(/<[^>]+>/g, '').trim();
    const viLead = lead(viPart);
    assert.notEqual(viLead, lead(enPart), 'the Vietnamese text differs from the English one');
    for (const how of ['kept', 'browser']) {
      const context = await env.newContext(how === 'browser' ? { locale: 'vi-VN' } : {});
      if (how === 'kept') await context.addInitScript(() => localStorage.setItem('suitcase.lang', '"vi"'));
      const release = await holdWasm(context); // the app cannot start: this is the HTML alone
      try {
        const page = await newPage(context);
        await page.goto(env.at(ROLE), { waitUntil: 'domcontentloaded' });
        await staticHeading(page);
        assert.equal((await page.locator('main p.lead').textContent()).trim(), viLead, `${how}: Vietnamese text before the app`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
        assert.equal(await page.title(), viTitle);
        assert.equal(await page.locator('[lang="en"]#pr-app').count(), 0, 'the English page is gone');
        assert.equal(await page.locator('select[name="language"]').inputValue(), 'vi');
        release();
        await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
        assert.equal((await page.locator('main p.lead').textContent()).trim(), viLead, `${how}: the app keeps Vietnamese`);
        await eventually(async () => (await page.title()) === viTitle, { message: `${how}: the app keeps the prerendered title` });
        assertNoErrors(page);
      } finally {
        release();
        await context.close();
      }
    }
  });

  test('a kept dark theme applies before the app starts', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    await context.addInitScript(() => localStorage.setItem('suitcase.theme', '"dark"'));
    const release = await holdWasm(context);
    try {
      const page = await newPage(context);
      await page.goto(env.at('career'), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      assert.equal(await page.locator('select[name="theme"]').inputValue(), 'dark');
      release();
    } finally {
      release();
      await context.close();
    }
  });

  test('what the user types and clicks while the app loads is kept', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const release = await holdWasm(context);
    try {
      const page = await newPage(context);
      await page.goto(env.at('settings'), { waitUntil: 'domcontentloaded' });
      assert.equal(await staticHeading(page), 'Settings');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started');
      // Typed into the prerendered field.
      await page.getByLabel('Your name', { exact: true }).fill('Lê Trước');
      // A language chosen before the app runs.
      await page.locator('select[name="language"]').selectOption('vi');
      release();
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      assert.equal(await h1Text(page), 'Cài đặt', 'the choice of language reached the app');
      await expectValue(page.getByLabel('Họ và tên', { exact: true }), 'Lê Trước');
      await eventually(() => page.evaluate(() => JSON.parse(localStorage.getItem('suitcase.lang')) === 'vi'), {
        message: 'the language choice kept',
      });
      assertNoErrors(page);
    } finally {
      release();
      await context.close();
    }
  });

  test("list pages never tell a returning user that nothing is stored; the app takes over with their records", { timeout: TEST_TIMEOUT }, async () => {
    // The HTML is made at build time, when nothing is stored: its lists say
    // the data is being opened, in each language, not the empty state.
    for (const path of ['wizard', 'budget', 'toolkit']) {
      const { html } = await raw(path);
      for (const empty of ['No proposals yet', 'No plans yet', 'No clients yet', 'Chưa có']) {
        assert.ok(!html.includes(empty), `/${path}: the HTML says "${empty}"`);
      }
      assert.ok(html.includes('<p class="help" role="status">Opening your data…</p>'), `/${path}: the English list is being opened`);
      assert.ok(html.includes('<p class="help" role="status">Đang mở dữ liệu của bạn…</p>'), `/${path}: the Vietnamese list is being opened`);
    }
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      await page.goto(env.at('budget'));
      await page.getByRole('button', { name: 'Open the example' }).click();
      await page.waitForURL(/\?plan=/);
      await h1Text(page);
      await page.addInitScript(() => {
        // What <main> says from the first parse on, and whether the plan is
        // listed when the app's page replaces the HTML.
        window.__said = [];
        const look = () => {
          const main = document.querySelector('main');
          if (main) window.__said.push(main.textContent);
          if (document.documentElement.dataset.app === 'ready' && window.__listedAtSwap === undefined) {
            window.__listedAtSwap = !!document.querySelector('main .plan-list');
          }
        };
        document.addEventListener('DOMContentLoaded', () => {
          look();
          new MutationObserver(look).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-app'] });
        });
      });
      await page.goto(env.at('budget'));
      await page.locator('.plan-row').filter({ hasText: 'Tet launch (example)' }).waitFor({ timeout: WAIT.boot });
      const said = await page.evaluate(() => window.__said);
      assert.ok(said.length > 1 && said[0].includes('Opening your data…'), 'the HTML said the data was being opened');
      assert.ok(!said.some((t) => t.includes('No plans yet')), 'no moment said there were no plans');
      assert.equal(await page.evaluate(() => window.__listedAtSwap), true, "the app's page came with the plan already listed");
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test("a returning user's figures drawn from stored data stay out of sight in the HTML until the app shows theirs; a new user's show at once", { timeout: TEST_TIMEOUT }, async () => {
    const readiness = (page) => page.locator('#pr-app [data-testid="readiness-account-manager"]');
    const visibility = (loc) => loc.evaluate((el) => getComputedStyle(el).visibility);
    // A new user: the HTML's figures are right (nothing stored) and shown.
    const fresh = await env.newContext();
    try {
      const release = await holdWasm(fresh);
      const page = await newPage(fresh);
      await page.goto(env.at(ROLE), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-returning')), false, 'no flag for a new user');
      assert.match(await readiness(page).textContent(), /You have 0 of 11 skills/);
      assert.equal(await visibility(readiness(page)), 'visible', "a new user's figures show before the app");
      release();
    } finally {
      await fresh.close();
    }
    const context = await env.newContext();
    try {
      const page = await newPage(context);
      await page.goto(env.at(ROLE));
      await h1Text(page);
      await page.getByRole('group', { name: 'Negotiation' }).getByLabel('Confident').check();
      await page.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor();
      assert.ok(await page.evaluate(() => localStorage.getItem('suitcase.stored')), 'the app remembers that something is stored');
      // The second visit's wasm must come from the network to be held:
      // Playwright's routes do not see what the service worker answers from
      // its cache (it warms the page's modules once the page is idle).
      await page.evaluate(async () => {
        for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
        for (const k of await caches.keys()) await caches.delete(k);
      });
      const release = await holdWasm(context);
      await page.goto(env.at(ROLE), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-returning')), true, 'the first paint knows something is stored');
      assert.equal(await visibility(readiness(page)), 'hidden', "the HTML's 0 of 11 is not shown to a user who has progress");
      assert.equal(await visibility(page.locator('#pr-app .skill-choices input').first()), 'hidden', "the HTML's unticked skills are not shown either");
      assert.equal(await visibility(page.locator('#pr-app main h1')), 'visible', 'the rest of the page shows');
      // The same place is kept: the line takes its room while hidden.
      const box = await readiness(page).boundingBox();
      assert.ok(box && box.height > 0, 'the hidden line keeps its room');
      release();
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      const line = page.getByTestId('readiness-account-manager');
      assert.match(await line.textContent(), /You have 1 of 11 skills/);
      assert.equal(await visibility(line), 'visible', "the app shows the user's own figures");
      // Settings' count of records, made at build time with none stored.
      const release2 = await holdWasm(context);
      await page.goto(env.at('settings'), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      const count = page.locator('#pr-app [data-testid="record-count"]');
      assert.match(await count.textContent(), /Records kept: 0/);
      assert.equal(await visibility(count), 'hidden', '"Records kept: 0" is not shown to a user with records');
      release2();
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      await eventually(async () => /Records kept: [1-9]/.test(await page.getByTestId('record-count').textContent()), { message: "the app shows the user's count" });
      assert.equal(await visibility(page.getByTestId('record-count')), 'visible');
      // A user of a version without the flag gets it when the app next reads
      // what they stored (here the guide's progress).
      await page.evaluate(() => localStorage.removeItem('suitcase.stored'));
      await page.goto(env.at(ROLE));
      await h1Text(page);
      await eventually(() => page.evaluate(() => localStorage.getItem('suitcase.stored') !== null), { message: 'the flag, set again by reading the stored progress' });
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test("a long page's parts far below the first screen stay as HTML until the user nears, tabs into or taps them", { timeout: TEST_TIMEOUT }, async () => {
    // src/ui/later.rs: a named part well off screen when the app takes over
    // keeps its prerendered copy (.later-static) and renders when needed.
    const context = await env.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await newPage(context);
      await page.goto(env.at(ROLE));
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      const map = page.locator('[data-part="role-map"]');
      const kpis = page.locator('[data-part="role-kpis"]');
      assert.equal(await map.getAttribute('data-defer'), '', 'the map part waits');
      assert.equal(await kpis.getAttribute('data-defer'), '', 'the KPI part waits');
      assert.equal(await map.locator('.later-static #onmap-title').count(), 1, 'its HTML copy is in the page');
      assert.equal(await page.locator('#onmap-title').count(), 1, 'once');
      assert.equal(await page.locator('[data-part="role-ladder"][data-defer]').count(), 0, 'a part near the first screen is rendered before the swap');

      // The far parts' code (one module, src/pages/career/role.rs) is not
      // fetched until one of them is needed.
      const partModules = [];
      page.on('request', (r) => { if (/split_page_career_part_/.test(r.url())) partModules.push(r.url()); });
      await page.waitForTimeout(500);
      assert.equal(partModules.length, 0, 'nothing has asked for the far parts yet');

      // Tabbing into a part still waiting: the app's own link takes the focus.
      const href = await kpis.locator('.later-static a[href]').first().getAttribute('href');
      await page.evaluate(() => document.querySelector('[data-part="role-kpis"] .later-static a[href]').focus({ preventScroll: true }));
      await eventually(
        () => page.evaluate(() => {
          const el = document.activeElement;
          return el && el.tagName === 'A' && !el.closest('.later-static') && !!el.closest('[data-part="role-kpis"]');
        }),
        { message: "the focus is on the app's link" },
      );
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), href, 'the same link');
      assert.equal(await map.getAttribute('data-defer'), '', 'the map part still waits');

      // The user scrolls to it: the app renders it in place of the HTML copy.
      await page.locator('#onmap-title').scrollIntoViewIfNeeded();
      await eventually(async () => (await map.getAttribute('data-defer')) === null && (await map.locator('.later-static').count()) === 0, {
        message: 'the map part rendered once near the screen',
      });
      assert.equal(await page.locator('#onmap-title').count(), 1, 'the heading is there once');
      assert.equal(partModules.length, 1, "the far parts' module was fetched when the first of them was needed, once");

      // A tap on a link of a part still waiting lands on the app's link: the
      // router moves to the page without reloading it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.reload();
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      await page.evaluate(() => (window.__sameDocument = true));
      const kpisAgain = page.locator('[data-part="role-kpis"]');
      assert.equal(await kpisAgain.getAttribute('data-defer'), '', 'the KPI part waits again');
      const target = await kpisAgain.locator('.later-static a[href*="/career/"]').first().getAttribute('href');
      assert.ok(target, 'the KPI part links to the guide');
      await page.evaluate(() => document.querySelector('[data-part="role-kpis"] .later-static a[href*="/career/"]').click());
      await eventually(() => new URL(page.url()).pathname === new URL(target, page.url()).pathname, { message: `the address becomes ${target}` });
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
      assert.equal(await page.locator('.later-static').count(), 0, 'the new page has no HTML copy left');

      // The map's links are SVG links (they have no click()): a tap there lands too.
      await page.goto(env.at(ROLE));
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      await page.evaluate(() => (window.__sameDocument = true));
      const role = await page.locator('[data-part="role-map"][data-defer] .later-static a[href*="/career/role/"]').first().getAttribute('href');
      assert.ok(role && !role.endsWith('/account-manager'), `the map links to another role (${role})`);
      await page.evaluate(() => {
        const a = document.querySelector('[data-part="role-map"] .later-static a[href*="/career/role/"]');
        a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      });
      await eventually(() => new URL(page.url()).pathname === new URL(role, page.url()).pathname, { message: `the address becomes ${role}` });
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test("on a screen tall enough to show a role page's far parts, the app fetches them at once and shows them in place of their HTML", { timeout: TEST_TIMEOUT }, async () => {
    // src/ui/later.rs, `LaterView`: a part near the screen is fetched at once;
    // its HTML copy stands in until the module has arrived.
    const context = await env.newContext({ viewport: { width: 1366, height: 6000 } });
    try {
      const page = await newPage(context);
      const parts = [];
      page.on('request', (r) => { if (/split_page_career_part_/.test(r.url())) parts.push(r.url()); });
      await page.goto(env.at(ROLE));
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      await eventually(async () => (await page.locator('[data-defer], .later-static').count()) === 0, {
        message: 'every part is the app\'s own, no HTML copy is left',
      });
      for (const id of ['kpi-title', 'questions-title', 'onmap-title']) {
        assert.equal(await page.locator(`main #${id}`).count(), 1, `the app shows #${id} once`);
      }
      assert.equal(parts.length, 1, `the far parts' module was fetched once (${parts})`);
      assertNoErrors(page);
    } finally {
      await context.close();
    }
  });

  test('a choice made on a part that waits for stored data is kept too', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const release = await holdWasm(context);
    try {
      const page = await newPage(context);
      await page.goto(env.at(ROLE), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      // The skills' radios render once the saved progress is read.
      await page.getByRole('group', { name: 'Negotiation' }).getByLabel('Confident').check();
      release();
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      const radio = page.getByRole('group', { name: 'Negotiation' }).getByLabel('Confident');
      await eventually(() => radio.isChecked(), { message: 'the radio is still checked in the app' });
      await page.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor();
      await page.reload();
      await h1Text(page);
      // The app takes over the page before the saved progress is read (the
      // radios wait for it, disabled): the choice shows once it is read.
      await eventually(() => radio.isChecked(), { message: 'the choice, kept after a reload' });
      assertNoErrors(page);
    } finally {
      release();
      await context.close();
    }
  });

  test('a button clicked while the app loads takes effect once it runs', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const release = await holdWasm(context);
    try {
      const page = await newPage(context);
      await page.goto(env.at('wizard'), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      const button = page.locator('#main button').first();
      const label = (await button.textContent()).trim();
      assert.ok(label, 'the wizard page has a button');
      await button.click();
      assert.equal(await page.locator('#main').count(), 1);
      release();
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      // The same click made on the app gives the same page: compare with a
      // second visit where the click is made after the app started.
      const after = await page.locator('#main').innerText();
      const ref = await context.newPage();
      await ref.goto(env.at('wizard'));
      await ref.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      const before = await ref.locator('#main').innerText();
      await ref.locator('#main button').first().click();
      await eventually(async () => (await ref.locator('#main').innerText()) !== before, { message: 'the click changes the page' });
      await eventually(async () => (await page.locator('#main').innerText()) !== before, {
        message: `the early click on "${label}" took effect (page still as before)`,
      });
      assert.notEqual(after.length, 0);
      assertNoErrors(page);
    } finally {
      release();
      await context.close();
    }
  });

  // A list's "New …" button shows the new record's form before the app runs.
  const NEW_FORMS = [
    { route: 'wizard', button: 'New proposal', title: 'Untitled proposal · Suitcase', field: 'Brand', typed: 'Trà Xanh Mộc', param: 'p' },
    { route: 'budget', button: 'New plan', title: 'Untitled plan · Suitcase', field: 'Plan name', typed: 'Tết 2027', param: 'plan' },
  ];
  for (const f of NEW_FORMS) {
    test(`"${f.button}" tapped before the app runs shows its form at once; what is typed there is saved`, { timeout: TEST_TIMEOUT }, async () => {
      const context = await env.newContext();
      const release = await holdWasm(context);
      try {
        const page = await newPage(context);
        await page.goto(env.at(f.route), { waitUntil: 'domcontentloaded' });
        await staticHeading(page);
        const button = page.getByRole('button', { name: f.button, exact: true });
        const field = page.getByLabel(f.field, { exact: true });
        // Back from the form before the app runs shows the list again.
        await button.click();
        await field.waitFor({ timeout: WAIT.ui });
        assert.equal(page.url(), env.at(`${f.route}?new`));
        assert.equal(await page.title(), f.title);
        await page.goBack();
        await button.waitFor({ timeout: WAIT.ui });
        assert.equal(await field.count(), 0, 'the list is back');
        await page.goForward();
        await field.waitFor({ timeout: WAIT.ui });
        assert.equal(await button.count(), 0, 'and Forward shows the form again');
        await page.goBack();
        await button.waitFor({ timeout: WAIT.ui });
        // The form again: typed into before any wasm has arrived.
        await button.click();
        await field.fill(f.typed);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started');
        release();
        await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
        await page.waitForURL(new RegExp(`/${f.route}\\?${f.param}=`), { timeout: WAIT.boot });
        await expectValue(field, f.typed);
        await page.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor({ timeout: WAIT.ui });
        await page.reload();
        await expectValue(field, f.typed, WAIT.boot);
        // One record was made, and Back leads to the list.
        await page.goBack();
        await page.waitForURL(env.at(f.route), { timeout: WAIT.ui });
        await eventually(async () => (await page.locator('#main li').filter({ hasText: f.typed }).count()) === 1, {
          message: 'the list holds the one new record',
        });
        assertNoErrors(page);
      } finally {
        release();
        await context.close();
      }
    });
  }

  test('a field selected while the app loads keeps its selection when the app takes over: what is typed next replaces it', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const release = await holdWasm(context);
    try {
      const page = await newPage(context);
      await page.goto(env.at('budget'), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      await page.getByRole('button', { name: 'New plan', exact: true }).click();
      const total = page.getByLabel('Total budget (what the client pays)', { exact: true });
      await expectValue(total, '500,000,000');
      // Selected to be typed over, as a person does before typing a new amount.
      await total.selectText();
      release();
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      await page.waitForURL(/\/budget\?plan=/, { timeout: WAIT.boot });
      const held = await page.evaluate(() => {
        const el = document.activeElement;
        return { id: el && el.id, start: el && el.selectionStart, end: el && el.selectionEnd, app: !document.getElementById('pr-app') };
      });
      assert.deepEqual(held, { id: 'plan-total', start: 0, end: '500,000,000'.length, app: true }, "the app's field has the focus and the selection");
      await page.keyboard.type('3.5 billion');
      await total.blur();
      await expectValue(total, '3,500,000,000');
      assertNoErrors(page);
    } finally {
      release();
      await context.close();
    }
  });

  test('"New client" answers before the app runs: its form at once, Cancel and Back close it, the client is made once the app runs', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    const release = await holdWasm(context);
    try {
      const page = await newPage(context);
      await page.goto(env.at('toolkit'), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      const button = page.getByRole('button', { name: 'New client', exact: true });
      const name = page.getByLabel('Client name', { exact: true });
      // Cancel, then Back, close the form before the app runs.
      await button.click();
      await name.waitFor({ timeout: WAIT.ui });
      assert.equal(page.url(), env.at('toolkit?new'));
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'tk-new-client', 'the name field has the focus');
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await button.waitFor({ timeout: WAIT.ui });
      assert.equal(page.url(), env.at('toolkit'));
      await button.click();
      await name.waitFor({ timeout: WAIT.ui });
      await page.goBack();
      await button.waitFor({ timeout: WAIT.ui });
      assert.equal(await name.count(), 0, 'Back shows the page without the form');
      // Typed and sent (Enter) before any wasm has arrived.
      await button.click();
      await name.fill('Mộc Châu Milk');
      await name.press('Enter');
      assert.equal(page.url(), env.at('toolkit?new'), 'Enter did not send the page anywhere');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started');
      release();
      await page.waitForURL(/\/toolkit\?tab=contact&client=[0-9a-f]{32}$/, { timeout: WAIT.boot });
      await eventually(async () => (await page.locator('#tk-client option:checked').innerText()) === 'Mộc Châu Milk', {
        message: 'the new client is chosen',
      });
      assert.equal(await name.count(), 0, 'the form is closed');
      const clients = await storedRecords(page, 'clients');
      assert.deepEqual(clients.map((c) => c.data.name), ['Mộc Châu Milk'], 'one client was made');
      // Back leads to the page before the form, not to the form again.
      await page.goBack();
      await page.waitForURL(env.at('toolkit'), { timeout: WAIT.ui });
      await button.waitFor({ timeout: WAIT.ui });
      assert.equal(await name.count(), 0);
      assertNoErrors(page);
    } finally {
      release();
      await context.close();
    }
  });

  test('"New proposal" tapped once the app has mounted but not yet shown its page is kept and replayed', { timeout: TEST_TIMEOUT }, async () => {
    const context = await env.newContext();
    // The main module runs (the router has read the address), the wizard's
    // own module waits.
    const release = await holdWasm(context, /split___wizard_route_view_.*\.wasm$/);
    try {
      const page = await newPage(context);
      await page.goto(env.at('wizard'), { waitUntil: 'domcontentloaded' });
      await staticHeading(page);
      await page.waitForSelector('html[data-app="mounting"]', { state: 'attached', timeout: WAIT.boot });
      await page.getByRole('button', { name: 'New proposal' }).click();
      assert.equal(page.url(), env.at('wizard'), 'no form before the app shows its page: the tap waits for it');
      release();
      await page.waitForURL(/\/wizard\?p=/, { timeout: WAIT.boot });
      await page.getByLabel('Brand', { exact: true }).waitFor({ timeout: WAIT.ui });
      assertNoErrors(page);
    } finally {
      release();
      await context.close();
    }
  });

  test('the wizard, budget and toolkit pages carry the new form in each language, without any record id', { timeout: TEST_TIMEOUT }, async () => {
    for (const f of [...NEW_FORMS, { route: 'toolkit', title: "The account's toolkit · Suitcase", param: 'client' }]) {
      const { status, html } = await raw(f.route);
      assert.equal(status, 200);
      const forms = [...html.matchAll(/<template id="pr-new" data-for="([^"]*)" data-title="([^"]*)">([\s\S]*?)<\/template>/g)];
      assert.equal(forms.length, 2, `/${f.route}: an English and a Vietnamese form`);
      assert.equal(forms[0][2].replace(/&#39;|&apos;/g, "'"), f.title);
      assert.notEqual(forms[1][2], forms[0][2], 'the Vietnamese form has its own title');
      for (const [, button, , form] of forms) {
        assert.match(html, new RegExp(`<button[^>]*id="${button}"`), 'the button it is for is on the page');
        assert.doesNotMatch(form, new RegExp(`[?&]${f.param}=`), 'no link to the record made while prerendering');
        assert.match(form, /<h1[^>]*>/);
      }
    }
  });

  test('career deep links answer 200 under the sub-path; unknown ones still 404', { timeout: TEST_TIMEOUT }, async () => {
    // /career is answered by career.html, with no redirect to the folder
    // (a round trip on a phone); /career/ by the folder's index.html.
    const career = await raw('career');
    assert.equal(career.status, 200);
    assert.equal((await raw('career/')).status, 200);
    const slugs = [...new Set([...career.html.matchAll(/href="\/suitcase\/career\/role\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
    assert.ok(slugs.length >= 3, `role links on /career: ${slugs}`);
    for (const path of ['career/guide', 'career/skills', 'career/kpi', 'career/practice', 'career/quiz', 'career/glossary', 'career/examples', ...slugs.map((s) => `career/role/${s}`)]) {
      const r = await raw(path);
      assert.equal(r.status, 200, `${BASE}${path}`);
      assert.match(r.type, /^text\/html/);
      assert.ok(staticH1(r.html).length > 1, `${path} has its heading`);
    }
    assert.equal((await raw('career/role/nobody-here')).status, 404);
    assert.equal((await raw('wizard')).status, 200);
  });

  test('after a first visit, the visited page and the other features work offline; export writers wait for their first use', { timeout: 60_000 }, async () => {
    const context = await env.newContext();
    try {
      await context.addInitScript(() =>
        navigator.serviceWorker?.addEventListener('message', (e) => {
          if (e.data === 'warmed') window.__warmed = true;
        }),
      );
      const page = await newPage(context);
      await page.goto(env.at(ROLE));
      const roleH1 = await h1Text(page);
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      await page.evaluate(() => navigator.serviceWorker.ready);
      // The feature modules are cached once the page is idle.
      await page.waitForFunction(() => window.__warmed === true, null, { timeout: 30_000 });
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const keys = await (await caches.open(names[0])).keys();
        return keys.map((r) => new URL(r.url).pathname);
      });
      assert.ok(cached.some((p) => /split___toolkit_route_view/.test(p)), 'a feature module is cached');
      assert.ok(!cached.some((p) => /split_(build_xlsx|docx_file)/.test(p)), 'no export writer before it is used');

      const toolkitH1 = staticH1((await raw('toolkit')).html);
      const skillsH1 = staticH1((await raw('career/skills')).html);
      await context.setOffline(true);
      await page.reload();
      assert.equal(await h1Text(page), roleH1, 'the visited role page, offline');
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      await page.goto(env.at('toolkit'));
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      assert.equal(await h1Text(page), toolkitH1, 'a feature not visited, offline');
      await page.goto(env.at('career/skills'));
      await page.waitForSelector('html[data-app="ready"]', { timeout: WAIT.boot });
      assert.equal(await h1Text(page), skillsH1, 'a career page not visited, offline');
      assertNoErrors(page);
    } finally {
      await context.setOffline(false).catch(() => {});
      await context.close();
    }
  });
});
