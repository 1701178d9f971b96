// What each route costs on a first visit: requests and bytes over the wire.
//
//   node tools/routes.mjs [dist]
//
// Serves <dist> like GitHub Pages (tools/serve.mjs: gzip, no brotli) under
// the build's <base href>, opens every route in a fresh browser context with
// the service worker blocked (so it cannot fetch ahead), waits until the
// network is quiet, and prints per route: requests, bytes sent (gzip), and
// the wasm part of it (the main module plus the route's own chunks). Also
// prints the total of all wasm files in <dist> (gzip -9). A report: exits 0.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const dist = process.argv[2] || 'dist';
const href = readFileSync(join(dist, 'index.html'), 'utf8').match(/<base\b[^>]*\bhref\s*=\s*["']?([^"' >]+)/i)?.[1];
const base = href && href.startsWith('/') ? href : '/';
const ROUTES = ['', 'wizard', 'budget', 'career', 'career/role/account-manager', 'career/skills',
  'toolkit', 'settings', 'p', 'reply'];

const kb = (n) => `${(n / 1024).toFixed(1)}`;
const wasmFiles = readdirSync(dist).filter((f) => f.endsWith('.wasm'));
const total = wasmFiles.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);

const { url, close } = await startServer({ dir: dist, base, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
const rows = [['route', 'requests', 'KB (gzip)', 'wasm files', 'wasm KB']];
for (const r of ROUTES) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen = [];
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => null);
    seen.push({ url: req.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
  });
  await page.goto(new URL(base + r, url).href, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const wasm = seen.filter((s) => s.url.endsWith('.wasm'));
  rows.push(['/' + r, seen.length, kb(seen.reduce((s, x) => s + x.bytes, 0)), wasm.length,
    kb(wasm.reduce((s, x) => s + x.bytes, 0))]);
  await context.close();
}
await browser.close();
await close();
const w = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
for (const row of rows) console.log(row.map((v, c) => String(v).padEnd(w[c])).join('  '));
console.log(`\nall wasm: ${wasmFiles.length} files, ${kb(total)} KB gzip -9`);

