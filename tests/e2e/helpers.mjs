// Shared set-up for the end-to-end tests (Node's built-in test runner +
// playwright-core driving the system Chromium).
//
//   import { useSuite, newPage, assertNoErrors } from './helpers.mjs';
//   const env = useSuite();            // one static server + one browser per file
//   test('…', async () => {
//     const context = await env.newContext();
//     const page = await newPage(context);
//     await page.goto(env.url);
//     …
//     assertNoErrors(page);
//   });
//
// The server is tools/serve.mjs (GitHub-Pages-like) serving the release build
// under /suitcase/; SUITCASE_DIST overrides the folder (default: dist/ at the
// repository root). Everything is torn down in `after`, even when a test
// fails, so the run exits by itself.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startServer } from '../../tools/serve.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = resolve(REPO_ROOT, process.env.SUITCASE_DIST || 'dist');
export const BASE = '/suitcase/';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Bounded waits (ms). Generous: 2 shared cores, a 700 KB wasm to compile. */
export const WAIT = { ui: 10_000, boot: 20_000 };
/** Per-test time limit for node:test. */
export const TEST_TIMEOUT = 45_000;

/** Launches headless Chromium. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A copy of the build in a fresh temp folder (for tests that change files). */
export async function copyDist() {
  const dir = await mkdtemp(join(tmpdir(), 'suitcase-dist-'));
  await cp(DIST, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts one server and one browser for the test file (in `before`) and stops
 * both (in `after`). Returns an object filled in once `before` has run:
 * `url` (http://127.0.0.1:PORT/suitcase/), `origin`, `browser`, `server`,
 * and `newContext(options)`.
 *
 * `dir` may be a string or a function returning one (or a promise of one), so
 * a file can serve a temporary copy of the build.
 */
export function useSuite({ dir = DIST } = {}) {
  const env = {
    url: '',
    origin: '',
    browser: null,
    server: null,
    /** A fresh browser context (own storage, own service workers), English by default. */
    async newContext(options = {}) {
      const context = await env.browser.newContext({ locale: 'en-US', ...options });
      context.setDefaultTimeout(WAIT.ui);
      context.setDefaultNavigationTimeout(WAIT.boot);
      return context;
    },
    /** An absolute URL for a path under the app's base ("settings" → …/suitcase/settings). */
    at(path = '') {
      return env.url + String(path).replace(/^\//, '');
    },
  };
  before(async () => {
    const root = typeof dir === 'function' ? await dir() : dir;
    if (!existsSync(join(root, 'index.html'))) {
      throw new Error(`no build at ${root} (set SUITCASE_DIST, or build with --public-url /suitcase/)`);
    }
    env.server = await startServer({ dir: root, base: BASE, port: 0 });
    env.url = env.server.url;
    env.origin = new URL(env.url).origin;
    env.browser = await launchBrowser();
  });
  after(async () => {
    // Each step on its own, so one failure does not leave the other running.
    await env.browser?.close().catch(() => {});
    await env.server?.close().catch(() => {});
  });
  return env;
}

// ---- pages that record what went wrong ---------------------------------------

const PROBLEMS = new WeakMap();

/** The one console warning Chromium prints for Trunk's `<link rel=preload integrity>`. */
function isKnownIntegrityWarning(msg) {
  return msg.type() === 'warning' && /`integrity` attribute is currently ignored for preload/.test(msg.text());
}

/**
 * Opens a page in `context` that records console errors and warnings and
 * uncaught page errors. `assertNoErrors(page)` fails on any of them except
 * Chromium's known preload-integrity warning and, when `allow404` is set, the
 * "status of 404" message Chromium logs for the document itself (for tests
 * that deliberately open a deep link that is not a top-level route).
 */
export async function newPage(context, { allow404 = false } = {}) {
  const page = await context.newPage();
  const problems = [];
  const documents = new Set(); // URLs the main frame has navigated to
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) documents.add(frame.url());
  });
  page.on('request', (req) => {
    try {
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documents.add(req.url());
    } catch {
      // a service worker's request has no frame
    }
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    if (isKnownIntegrityWarning(msg)) return;
    const where = msg.location()?.url || '';
    if (
      allow404 &&
      msg.type() === 'error' &&
      /status of 404/.test(msg.text()) &&
      documents.has(where)
    ) {
      return;
    }
    problems.push(`console.${msg.type()}: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  PROBLEMS.set(page, problems);
  return page;
}

/** What the page has recorded so far. */
export function problemsOf(page) {
  return PROBLEMS.get(page) ?? [];
}

/** Fails if the page logged an error (or unexpected warning) or threw. */
export function assertNoErrors(page, what = 'the page') {
  assert.deepEqual(problemsOf(page), [], `${what} logged problems`);
}

// ---- small expectations -------------------------------------------------------

/**
 * Waits until the page's level-1 heading is visible and the app runs the page
 * (`<html data-app="ready">`: a prerendered page shows its heading before the
 * app has started, see tools/prerender.mjs), and returns the heading's text.
 * `{ app: false }` only waits for the heading (a page without JavaScript, or
 * one whose app is held back on purpose).
 */
export async function h1Text(page, timeout = WAIT.boot, { app = true } = {}) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor({ timeout });
  if (app) await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout });
  return (await h1.textContent()).trim();
}

/** Polls `fn` (async, in Node) until it returns a truthy value; returns it. */
export async function eventually(fn, { timeout = WAIT.ui, interval = 100, message = 'condition' } = {}) {
  const describe = () => (typeof message === 'function' ? message() : message);
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) {
      const detail = last instanceof Error ? ` (last error: ${last.message})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${describe()}${detail}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Waits until `locator`'s text content (trimmed) satisfies `want` (string or RegExp). */
export async function expectText(locator, want, timeout = WAIT.ui) {
  let text;
  await eventually(
    async () => {
      text = ((await locator.textContent({ timeout: 500 }).catch(() => null)) ?? '').trim();
      return typeof want === 'string' ? text === want : want.test(text);
    },
    { timeout, message: () => `text ${JSON.stringify(String(want))}, got ${JSON.stringify(text)}` },
  ).catch((err) => {
    throw new assert.AssertionError({ message: err.message, actual: text, expected: String(want), operator: 'match' });
  });
  return text;
}

/** Waits until the input's value equals `want`. */
export async function expectValue(locator, want, timeout = WAIT.ui) {
  let value;
  await eventually(
    async () => {
      value = await locator.inputValue({ timeout: 500 }).catch(() => undefined);
      return value === want;
    },
    { timeout, message: () => `value ${JSON.stringify(want)}, got ${JSON.stringify(value)}` },
  ).catch((err) => {
    throw new assert.AssertionError({ message: err.message, actual: value, expected: want, operator: 'strictEqual' });
  });
}

/** The computed background colour of <body> as [r, g, b]. */
export async function bodyBackground(page) {
  const css = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const m = css.match(/\d+(\.\d+)?/g);
  assert.ok(m && m.length >= 3, `unexpected colour ${css}`);
  return m.slice(0, 3).map(Number);
}

/** Relative luminance (0 black … 1 white) of an [r, g, b] colour. */
export function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

// ---- files -------------------------------------------------------------------

/**
 * The text of one entry of a zip file (a .docx or .xlsx), read from its
 * central directory; deflated entries are inflated with node:zlib.
 */
export async function zipEntryText(bytes, name) {
  const { inflateRawSync } = await import('node:zlib');
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const entry = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    if (entry === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} is not in the zip file`);
}

/** Every record of `store` as IndexedDB holds it (parsed bodies, with the row's kind);
 *  the app's database must exist. */
export function storedRecords(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('suitcase');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result.map((r) => ({ ...JSON.parse(r.body), kind: r.kind })));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
