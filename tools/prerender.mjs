// Prerender: the first screen of every public page as static HTML.
//
//   node tools/prerender.mjs <dist> [--site https://user.github.io/suitcase/]
//
// Runs after `trunk build` (which leaves <dist>/index.html as the empty
// shell). Serves <dist> like GitHub Pages (tools/serve.mjs) under the build's
// <base href>, opens each route below in headless Chromium (playwright-core,
// /usr/bin/chromium or $CHROME_PATH) once in English and once in Vietnamese
// (the language kept in localStorage "suitcase.lang", as src/storage/prefs.rs
// does), waits until the app has rendered it, and writes the mounted page
// into a copy of the shell:
//   - <div id="pr-app" lang="en"> the English page, and
//     <template id="pr-vi"> the Vietnamese one, which the inline script of
//     index.html swaps in before the first paint when Vietnamese is the
//     language (kept choice, else the browser's);
//   - the page's own <title> and <meta name="description"> (English in the
//     tags, Vietnamese in data-vi / data-vi-title for that script), Open
//     Graph tags for link previews, and with --site a canonical link.
// Files: "" -> index.html; "wizard" -> wizard.html; "career/skills" ->
// career/skills.html; "career" -> career.html and career/index.html
// (GitHub Pages answers /career with career.html, no redirect, and
// /career/ with the folder's index.html). Every file
// answers 200 on GitHub Pages; any other address still gets 404.html, the
// plain shell, as before.
// Parts that show stored records say "Opening your data…" in these pages,
// not the app's empty state ("No proposals yet"), which a returning user
// would read as lost work; the app shows the records once it has read them.
// A list page with a "New …" button (NEW_FORMS) also carries <template
// id="pr-new">: the form of a new record as the app shows it at <page>?new,
// which the button shows at once before the app runs (see index.html).
// The roles come from the career overview's links, so a new role in core is
// prerendered without a change here.
// Finally the service worker's file lists are written again
// (tools/sw-lists.mjs), since index.html changed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { writeServiceWorker } from './sw-lists.mjs';

const args = process.argv.slice(2);
let dist = 'dist';
let site = process.env.SUITCASE_SITE_URL || '';
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--site') site = args[++i];
  else if (args[i].startsWith('--site=')) site = args[i].slice(7);
  else dist = args[i];
}
if (site && !site.endsWith('/')) site += '/';

function fail(msg) {
  console.error(`prerender: error: ${msg}`);
  process.exit(1);
}

const shell = readFileSync(join(dist, 'index.html'), 'utf8');
if (/<div id="pr-app" lang=/.test(shell)) fail(`${dist}/index.html is already prerendered: build again first`);
if (!/<body>\s*\n/.test(shell)) fail('index.html has no <body> to fill');
const base = shell.match(/<base\b[^>]*\bhref\s*=\s*["']?([^"' >]+)/i)?.[1] || '/';
if (!base.startsWith('/')) fail(`<base href="${base}"> must be an absolute path`);

/** The pages prerendered (roles are added from the overview's links). */
const ROUTES = ['', 'wizard', 'budget', 'toolkit', 'settings', 'career', 'career/guide', 'career/skills',
  'career/kpi', 'career/practice', 'career/quiz', 'career/glossary', 'career/examples'];
const LANGS = ['en', 'vi'];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes what the user would see as attributes: a property set by the app
 *  (an input's value, a select's choice, an open <details>) is not in
 *  outerHTML otherwise. Runs in the page, once it is only read. */
function keepValues() {
  for (const el of document.querySelectorAll('input, textarea, select')) {
    if (el.tagName === 'SELECT') {
      for (const o of el.options) o.toggleAttribute('selected', o.selected);
    } else if (el.tagName === 'TEXTAREA') {
      el.textContent = el.value;
    } else if (el.type === 'checkbox' || el.type === 'radio') {
      el.toggleAttribute('checked', el.checked);
    } else if (el.type !== 'file' && el.type !== 'password') {
      el.setAttribute('value', el.value);
    }
  }
  for (const d of document.querySelectorAll('details')) d.toggleAttribute('open', d.open);
  // Leptos's markers (comments) mean nothing without the app; the page is
  // only read from here on.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.remove();
}

/** List pages whose "New …" button opens a form before the app runs
 *  (index.html): the button's id, and an element of the form to wait for.
 *  The wizard and the budget make the record at once (the app replaces
 *  "?new" with its address); the toolkit's new client is made only when its
 *  form is sent (`made: false`: the address keeps "?new"). */
const NEW_FORMS = {
  wizard: { button: 'new-proposal', ready: 'main #step-title' },
  budget: { button: 'new-plan', ready: 'main #plan-name' },
  toolkit: { button: 'new-client', ready: 'main #tk-new-client', made: false },
};

/** Opens `path` under the base in `lang` in a context of its own, waits
 *  until the app has rendered `selector` and settled, writes the values into
 *  the markup and returns `read(page)`. */
async function opened(browser, origin, path, lang, selector, read) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block', viewport: { width: 1366, height: 900 } });
  try {
    await context.addInitScript((l) => {
      localStorage.setItem('suitcase.lang', JSON.stringify(l));
      // Nothing is stored here: the app's lists say the data is being opened
      // rather than "No plans yet" (src/ui/later.rs, `prerendering`).
      window.__suitcasePrerender = true;
    }, lang);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(base + path, origin).href, { waitUntil: 'load' });
    await page.waitForSelector(selector, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300); // effects that follow the last response
    if (errors.length) throw new Error(`/${path} (${lang}) threw: ${errors.join('; ')}`);
    await page.evaluate(keepValues);
    return await read(page);
  } finally {
    await context.close();
  }
}

/** Renders one route in one language; returns { title, h1, description, html, roles }. */
const render = (browser, origin, route, lang) => opened(browser, origin, route, lang, 'main h1', (page) =>
  page.evaluate(() => {
    const parts = [];
    for (const node of document.body.childNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (['SCRIPT', 'NOSCRIPT', 'TEMPLATE'].includes(node.tagName)) continue;
      parts.push(node.outerHTML);
    }
    const main = document.querySelector('main');
    const h1 = main.querySelector('h1').textContent.trim().replace(/\s+/g, ' ');
    const para = [...main.querySelectorAll('p')]
      .map((p) => p.textContent.trim().replace(/\s+/g, ' '))
      .find((t) => t.length >= 40);
    // getAttribute: an SVG link's `href` is not a string.
    const roles = [...document.querySelectorAll('main a[href*="/career/role/"]')]
      .map((a) => new URL(a.getAttribute('href'), document.baseURI).pathname.split('/career/role/')[1])
      .filter(Boolean);
    return { title: document.title, h1, description: para || '', html: parts.join('\n'), roles };
  }));

/** The form of a new record as the list's "New …" button opens it: the
 *  <main> the app shows once <route>?new has made the record, without the
 *  record's id (its links become plain text the hand-over replays a tap on,
 *  like a button's). Returns { title, button, html }. */
const renderNewForm = (browser, origin, route, lang) => opened(browser, origin, `${route}?new`, lang, NEW_FORMS[route].ready, (page) =>
  page.evaluate(({ route, button, made }) => {
    const query = new URLSearchParams(location.search);
    if (made === false) {
      if (!query.has('new')) throw new Error(`/${route}?new left "?new": nothing should be made before the form is sent`);
      return { title: document.title, button, html: document.querySelector('main').innerHTML.trim() };
    }
    // The app replaced "?new" with the new record's address (its id).
    const [id] = query.values();
    if (!id || query.has('new')) throw new Error(`/${route}?new did not open a new record`);
    const main = document.querySelector('main').cloneNode(true);
    for (const a of main.querySelectorAll('a[href]')) if (a.getAttribute('href').includes(id)) a.removeAttribute('href');
    const html = main.innerHTML.trim();
    if (html.includes(id)) throw new Error(`/${route}?new: the new record's id is still in its form`);
    return { title: document.title, button, html };
  }, { route, ...NEW_FORMS[route] }));

/** Shortens to at most `max` characters at a word boundary. */
function clip(text, max = 160) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 80)).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The page's title: the home page's as the app sets it; any other page
 *  "<its title> · <app>" (its heading where the app gives it no title). */
function titleOf(route, r, appTitle) {
  if (route === '') return appTitle;
  const short = appTitle.split(' · ')[0];
  const own = r.title && r.title !== appTitle ? r.title : r.h1 || short;
  return own.includes(short) ? own : `${own} · ${short}`;
}

function fileOf(route) {
  if (route === '') return ['index.html'];
  if (route === 'career') return ['career.html', 'career/index.html'];
  return [`${route}.html`];
}

const { url, close } = await startServer({ dir: dist, base, port: 0 });
const origin = new URL(url).origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const pages = new Map(); // route -> { en, vi }
try {
  const queue = [...ROUTES];
  while (queue.length) {
    const route = queue.shift();
    if (pages.has(route)) continue;
    const out = {};
    for (const lang of LANGS) {
      out[lang] = await render(browser, origin, route, lang);
      if (NEW_FORMS[route]) out[lang].newForm = await renderNewForm(browser, origin, route, lang);
    }
    pages.set(route, out);
    if (route === 'career') {
      for (const slug of new Set(out.en.roles)) queue.push(`career/role/${slug}`);
    }
  }
} finally {
  await browser.close();
  await close();
}
if (![...pages.keys()].some((r) => r.startsWith('career/role/'))) fail('no role links found on /career');

// The app's name: the home page's title, as the app sets it.
const appName = { en: pages.get('').en.title, vi: pages.get('').vi.title };
const rows = [];
for (const [route, r] of pages) {
  const en = r.en;
  const vi = r.vi;
  const title = { en: titleOf(route, en, appName.en), vi: titleOf(route, vi, appName.vi) };
  const description = {
    en: clip(en.description || `${en.h1}. ${pages.get('').en.description}`),
    vi: clip(vi.description || `${vi.h1}. ${pages.get('').vi.description}`),
  };
  let html = shell.replace(/<title>[^<]*<\/title>/, () => `<title>${esc(title.en)}</title>`);
  const metaRe = /<meta name="description" content="[^"]*"\s*\/?>/;
  if (!metaRe.test(html)) fail('index.html has no <meta name="description" content="...">');
  const head = [
    `<meta name="description" content="${esc(description.en)}" data-vi="${esc(description.vi)}" data-vi-title="${esc(title.vi)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${esc(appName.en.split(' · ')[0])}" />`,
    `<meta property="og:title" content="${esc(title.en)}" />`,
    `<meta property="og:description" content="${esc(description.en)}" />`,
  ];
  if (site) {
    head.push(`<link rel="canonical" href="${esc(new URL(route, site).href)}" />`);
    head.push(`<meta property="og:url" content="${esc(new URL(route, site).href)}" />`);
  }
  html = html.replace(metaRe, () => head.join('\n    '));
  // A new record's form, for the list's "New …" button (index.html).
  for (const r of [en, vi]) {
    if (r.newForm && !r.html.includes(`id="${r.newForm.button}"`)) fail(`/${route} has no button #${r.newForm.button} for its new form`);
  }
  const newForm = ({ newForm: f }) => (f ? `\n<template id="pr-new" data-for="${f.button}" data-title="${esc(f.title)}">${f.html}</template>` : '');
  html = html.replace(/<body>\s*\n/, (m) =>
    `${m}<div id="pr-app" lang="en">\n${en.html}${newForm(en)}\n</div>\n<template id="pr-vi"><div id="pr-app" lang="vi">\n${vi.html}${newForm(vi)}\n</div></template>\n`);
  for (const f of fileOf(route)) {
    mkdirSync(dirname(join(dist, f)), { recursive: true });
    writeFileSync(join(dist, f), html);
  }
  rows.push([`/${route}`, fileOf(route).join(' + '), (gzipSync(html, { level: 9 }).length / 1024).toFixed(1), title.en]);
}
const w = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) console.log(`prerender: ${row[0].padEnd(w[0])}  ${row[1].padEnd(w[1])}  ${row[2].padStart(w[2])} KB gz  ${row[3]}`);
const sw = writeServiceWorker(dist);
console.log(`prerender: ${pages.size} pages in ${LANGS.length} languages; sw.js: ${sw.shell} shell files precached, ${sw.features} feature files warmed when idle, ${sw.exports} export files on first use (version ${sw.version})`);
