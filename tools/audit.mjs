// Size, speed and accessibility report for a release build.
//
//   node tools/audit.mjs [dist] [--base /]
//
// Serves <dist> with tools/serve.mjs (base: --base, else the <base href> of
// dist/index.html if it is a path, else "/"), then reports:
//   1. wasm size: the main module raw, gzip -9, brotli q11; all the wasm, and
//      each landing's first open beyond the shell (its route's module, and
//      the guide's overview or role view, with their chunks, less the start's
//      modules every page loads: bytes and requests),
//      against issue 13's targets;
//   2. first-load transfer (HTML + JS + wasm + CSS as sent, gzip) vs 200 KB;
//   3. axe violations on every route, light and dark;
//   4. Lighthouse scores, desktop and mobile (run last, alone, so that no
//      other browser competes for the CPU while it measures);
//   5. per route (home, each feature, the career overview and a role page):
//      Lighthouse mobile, --runs N times (default 5), the median run's
//      requests, bytes, LCP, TBT and performance score against the targets
//      (LCP ≤ 1.2 s, TBT ≤ 100 ms, performance ≥ 98 on every run).
//   6. with that phone profile applied in Chromium itself: when /wizard's
//      "New proposal" first responds with a brief form that takes typing
//      (target ≤ 3 s), when the app has made the proposal, requests and bytes.
//   --routes-only runs sections 5 and 6 alone.
// Writes reports/audit.json (and the Lighthouse HTML reports) and always
// exits 0 unless the build itself is missing: this is a report, not a test.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync, brotliCompressSync, constants as Z } from 'node:zlib';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer } from './serve.mjs';
import { landingFiles, serviceWorkerLists, splitModules } from './sw-lists.mjs';
import { LANDINGS } from './split-tune.mjs';

const CHROME = (process.env.CHROME_PATH ||= '/usr/bin/chromium'); // chrome-launcher reads it too
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const ROUTES = ['/', '/wizard', '/budget', '/career', '/toolkit', '/settings', '/no-such-page-404'];
const BUDGET = 200 * 1024; // first-load target, bytes over the wire (gzip)
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Section 5: the routes of issue 13 ("Fast on a student's phone") and their targets.
const SPEED_ROUTES = ['/', '/wizard', '/budget', '/career', '/career/role/account-manager', '/toolkit', '/settings'];
const SPEED = { lcpMs: 1200, tbtMs: 100, perf: 98 };

// ---- arguments ----------------------------------------------------------------
const args = process.argv.slice(2);
let dist = 'dist';
let base = null;
let runs = 5;
let routesOnly = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--base') base = args[++i];
  else if (args[i].startsWith('--base=')) base = args[i].slice(7);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i].startsWith('--runs=')) runs = Number(args[i].slice(7));
  else if (args[i] === '--routes-only') routesOnly = true;
  else dist = args[i];
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error('audit: --runs must be a whole number ≥ 1');
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`audit: ${dist}/index.html not found; build first (trunk build --release)`);
  process.exit(1);
}
if (!base) {
  // A build made with --public-url /suitcase/ only works when served there.
  const href = readFileSync(join(dist, 'index.html'), 'utf8').match(/<base\b[^>]*\bhref\s*=\s*["']?([^"' >]+)/i)?.[1];
  base = href && href.startsWith('/') ? href : '/';
}

const kb = (n) => (n == null ? '-' : `${(n / 1024).toFixed(1)} KB`);
// The median of numbers (the lower of the two middle ones), or null.
const median = (values) => {
  const v = values.filter((x) => x != null).sort((x, y) => x - y);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};
const pad = (rows) => {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => String(v).padEnd(w[c])).join('  ').trimEnd()).join('\n');
};
mkdirSync('reports', { recursive: true });
const report = { date: new Date().toISOString(), dist, base, targets: [] };
const target = (name, pass, value, shown = value) => report.targets.push({ name, pass: !!pass, value, shown });
const section = (title) => console.log(`\n== ${title} ${'='.repeat(Math.max(0, 60 - title.length))}`);

if (!routesOnly) {
// ---- 1. wasm size --------------------------------------------------------------
section('wasm size');
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]);
report.wasm = walk(dist)
  .filter((f) => f.endsWith('_bg.wasm'))
  .map((f) => {
    const raw = readFileSync(f);
    return {
      file: relative(dist, f).split(sep).join('/'),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length,
    };
  });
if (report.wasm.length === 0) console.log('no *_bg.wasm found');
else console.log(pad([['file', 'raw', 'gzip -9', 'brotli 11'], ...report.wasm.map((w) => [w.file, kb(w.raw), kb(w.gzip), kb(w.brotli)])]));

// All the wasm, and what each feature's first open fetches beyond the shell
// (issue 13's measure): its route module and the chunks it needs (from the
// split loader), less the wasm every page loads at start, which the service
// worker precaches as the shell (the main module, the start-up database's
// module and its chunk). "Beyond main" (the shell's start-up modules counted
// too) is printed beside it, as the records up to §21 reported it.
section('wasm by feature (gzip -9)');
{
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const files = readdirSync(dist).filter((f) => f.endsWith('.wasm'));
  const total = files.reduce((n, f) => n + gz(f), 0);
  const shellWasm = serviceWorkerLists(dist).shell.filter((f) => f.endsWith('.wasm')).map(decodeURIComponent);
  const chunks = files.filter((f) => f.startsWith('chunk_')).map((f) => ({ file: f, gzip: gz(f) }));
  const smallest = chunks.reduce((a, c) => (!a || c.gzip < a.gzip ? c : a), null);
  // Each landing (tools/split-tune.mjs): its route's module and, for the
  // guide's overview and a role page, the view the address names.
  const modules = splitModules(dist);
  const features = Object.entries(LANDINGS).map(([feature, points]) => {
    const all = landingFiles(modules, points, feature);
    const beyond = all.filter((d) => !shellWasm.includes(d));
    const sum = (list) => list.reduce((n, d) => n + gz(d), 0);
    return {
      feature,
      requests: beyond.length,
      gzip: sum(beyond),
      beyondMain: { requests: all.length, gzip: sum(all) },
    };
  });
  const shell = { files: shellWasm, gzip: shellWasm.reduce((n, f) => n + gz(f), 0) };
  report.wasmFeatures = { total, files: files.length, smallestChunk: smallest, shell, features };
  console.log(`all wasm: ${kb(total)} in ${files.length} files; smallest chunk ${smallest ? `${smallest.file} ${kb(smallest.gzip)}` : '-'}`);
  console.log(`the shell's wasm (every page, precached at install): ${kb(shell.gzip)} in ${shellWasm.length} files`);
  console.log(pad([
    ['feature', 'first open beyond the shell', 'wasm requests', 'beyond main', 'requests'],
    ...features.map((f) => [f.feature, kb(f.gzip), String(f.requests), kb(f.beyondMain.gzip), String(f.beyondMain.requests)]),
  ]));
  target('all wasm ≤ 1.0 MB gzip', total <= 1024 * 1024, total, kb(total));
  for (const f of features) {
    target(`${f.feature}: first open ≤ 150 KB gzip and ≤ 12 wasm requests beyond the shell`, f.gzip <= 150 * 1024 && f.requests <= 12, f.gzip, `${kb(f.gzip)}, ${f.requests} requests`);
  }
  target('no chunk under 2 KB gzip', !smallest || smallest.gzip >= 2048, smallest?.gzip ?? null, smallest ? kb(smallest.gzip) : '-');
}

}

const server = await startServer({ dir: dist, base, port: 0 });
const url = server.url;
report.url = url;
console.log(`\nserving ${dist} at ${url}`);

if (!routesOnly) {
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
try {
  // ---- 2. first-load transfer ---------------------------------------------------
  section('first-load transfer (as sent, gzip)');
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const reqs = new Map();
    cdp.on('Network.responseReceived', ({ requestId, response }) =>
      reqs.set(requestId, { url: response.url, mime: response.mimeType, status: response.status }));
    // encodedDataLength: bytes received for the request, headers included.
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const r = reqs.get(requestId);
      if (r) r.bytes = encodedDataLength;
    });
    // When the first screen is up: the moment the page's <h1> appears.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('h1')) {
          window.__firstScreenAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    // Which requests started before the first screen was up.
    const timing = await page.evaluate(() => ({
      at: window.__firstScreenAt,
      starts: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]),
    }));
    const startOf = new Map(timing.starts);
    await context.close();
    const kind = ({ url: u, mime }) =>
      /html/.test(mime) ? 'html' : /javascript/.test(mime) || /\.m?js$/.test(u) ? 'js'
        : /wasm/.test(mime) || /\.wasm$/.test(u) ? 'wasm' : /css/.test(mime) ? 'css' : 'other';
    const files = [...reqs.values()]
      .filter((r) => r.bytes != null && !r.url.startsWith('data:'))
      .map((r) => {
        const start = startOf.get(r.url);
        // The document itself has no resource entry: it is the first request.
        const phase = start == null || timing.at == null || start <= timing.at ? 'first screen' : 'after';
        return { ...r, kind: kind(r), path: r.url.replace(url, '/'), phase };
      });
    const sum = (fs) => fs.filter((f) => f.kind !== 'other').reduce((s, f) => s + f.bytes, 0);
    const total = sum(files.filter((f) => f.phase === 'first screen'));
    const later = sum(files.filter((f) => f.phase !== 'first screen'));
    console.log(pad([['kind', 'status', 'bytes', 'phase', 'file'], ...files.map((f) => [f.kind, f.status, kb(f.bytes), f.phase, f.path])]));
    const pass = total <= BUDGET;
    console.log(`first screen (requested before the page's <h1> was on screen), HTML+JS+wasm+CSS: ${kb(total)} (target ≤ ${kb(BUDGET)} gzip): ${pass ? 'PASS' : 'FAIL'}`);
    console.log(`fetched after the first screen (lazy chunks, e.g. the database code): ${kb(later)}; everything: ${kb(total + later)}`);
    report.firstLoad = { files, total, later, budget: BUDGET, pass, firstScreenAtMs: timing.at };
    target('first-load transfer ≤ 200 KB', pass, total, kb(total));
  } catch (err) {
    console.log(`first-load measurement failed: ${err.message}`);
    report.firstLoad = { error: err.message };
    target('first-load transfer ≤ 200 KB', false, null);
  }

  // ---- 3. axe ----------------------------------------------------------------------
  section('axe (all non-experimental rules)');
  report.axe = [];
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme });
    // Trunk fires this event once the wasm app has started.
    await context.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.__started = true)));
    for (const route of ROUTES) {
      const name = `axe ${route} (${colorScheme})`;
      try {
        const page = await context.newPage();
        await page.goto(new URL(route.slice(1), url).href, { waitUntil: 'networkidle', timeout: 60_000 });
        await page.waitForFunction(() => window.__started, null, { timeout: 15_000 }).catch(() => {});
        await page.waitForTimeout(300); // let the first render and transitions settle
        const { violations } = await new AxeBuilder({ page }).analyze();
        await page.close();
        report.axe.push({ route, colorScheme, violations: violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })) });
        console.log(`${route} [${colorScheme}]: ${violations.length} violation(s)`);
        for (const v of violations) {
          console.log(`  - ${v.id} (${v.impact}): ${v.help}`);
          for (const n of v.nodes.slice(0, 10)) console.log(`      ${n.target.join(' ')}`);
          if (v.nodes.length > 10) console.log(`      … and ${v.nodes.length - 10} more`);
        }
        target(name, violations.length === 0, violations.length);
      } catch (err) {
        console.log(`${route} [${colorScheme}]: axe failed: ${err.message}`);
        report.axe.push({ route, colorScheme, error: err.message });
        target(name, false, null);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}

// ---- 4. Lighthouse -------------------------------------------------------------
section('Lighthouse');
report.lighthouse = {};
const profile = mkdtempSync(join(tmpdir(), 'audit-chrome-'));
let chrome;
try {
  const [{ default: lighthouse, desktopConfig }, { launch }] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS, userDataDir: profile, logLevel: 'silent' });
  for (const [form, config] of [['desktop', desktopConfig], ['mobile', undefined]]) {
    try {
      const flags = { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES };
      const { lhr, report: html } = await lighthouse(url, flags, config);
      writeFileSync(`reports/lighthouse-${form}.html`, html);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
      // Failing audits of categories below 100, to say what to fix.
      const failing = Object.fromEntries(CATEGORIES.map((c) => [c, (lhr.categories[c]?.auditRefs || [])
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${r.id} (${lhr.audits[r.id].displayValue || lhr.audits[r.id].score})`)]));
      report.lighthouse[form] = { scores, failing, runWarnings: lhr.runWarnings };
    } catch (err) {
      report.lighthouse[form] = { error: err.message };
    }
  }
} catch (err) {
  report.lighthouse.error = err.message;
} finally {
  await chrome?.kill();
  rmSync(profile, { recursive: true, force: true });
}
const rows = [['', ...CATEGORIES]];
for (const form of ['desktop', 'mobile']) {
  const r = report.lighthouse[form];
  rows.push([form, ...CATEGORIES.map((c) => r?.scores?.[c] ?? 'error')]);
}
console.log(pad(rows));
for (const form of ['desktop', 'mobile']) {
  const r = report.lighthouse[form];
  if (!r?.scores) console.log(`${form}: ${r?.error || report.lighthouse.error || 'not run'}`);
  for (const w of r?.runWarnings || []) console.log(`${form} warning: ${w}`);
  for (const c of CATEGORIES) if (r?.failing?.[c]?.length) console.log(`${form} ${c} loses points on: ${r.failing[c].join(', ')}`);
  for (const c of CATEGORIES) {
    const s = r?.scores?.[c] ?? null;
    if (form === 'desktop') target(`Lighthouse desktop ${c} = 100`, s === 100, s);
    else if (c === 'performance') target('Lighthouse mobile performance ≥ 95', s >= 95 && s !== null, s);
  }
}
if (report.lighthouse.desktop?.scores) console.log('full reports: reports/lighthouse-desktop.html, reports/lighthouse-mobile.html');

}

// ---- 5. per route, Lighthouse mobile ------------------------------------------
section(`per route: Lighthouse mobile, ${runs} run(s) each`);
report.routes = [];
{
  const profile5 = mkdtempSync(join(tmpdir(), 'audit-chrome-'));
  let chrome5;
  try {
    const [{ default: lighthouse }, { launch }] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
    chrome5 = await launch({ chromePath: CHROME, chromeFlags: FLAGS, userDataDir: profile5, logLevel: 'silent' });
    for (const route of SPEED_ROUTES) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        try {
          const flags = { port: chrome5.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
          const { lhr } = await lighthouse(new URL(route.slice(1), url).href, flags);
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const items = lhr.audits['network-requests']?.details?.items || [];
          results.push({
            perf: lhr.categories.performance.score == null ? null : Math.round(lhr.categories.performance.score * 100),
            lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
            tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
            requests: items.length,
            bytes: items.reduce((sum, it) => sum + (it.transferSize || 0), 0),
            benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
          });
        } catch (err) {
          results.push({ error: err.message });
        }
      }
      const ok = results.filter((r) => !r.error && r.perf != null);
      const medianOf = (key) => median(ok.map((r) => r[key]));
      const row = {
        route,
        runs: results,
        requests: medianOf('requests'),
        bytes: medianOf('bytes'),
        lcpMs: medianOf('lcpMs'),
        tbtMs: medianOf('tbtMs'),
        perfMin: ok.length ? Math.min(...ok.map((r) => r.perf)) : null,
        perfMedian: medianOf('perf'),
      };
      report.routes.push(row);
      const errors = results.filter((r) => r.error).map((r) => r.error);
      if (errors.length) console.log(`${route}: ${errors.length} run(s) failed: ${errors[0]}`);
      target(`${route} LCP ≤ ${SPEED.lcpMs} ms (median of ${ok.length})`, row.lcpMs != null && row.lcpMs <= SPEED.lcpMs, row.lcpMs, row.lcpMs == null ? null : `${row.lcpMs} ms`);
      target(`${route} TBT ≤ ${SPEED.tbtMs} ms (median of ${ok.length})`, row.tbtMs != null && row.tbtMs <= SPEED.tbtMs, row.tbtMs, row.tbtMs == null ? null : `${row.tbtMs} ms`);
      target(`${route} mobile performance ≥ ${SPEED.perf} on every run`, ok.length === runs && row.perfMin >= SPEED.perf, row.perfMin);
    }
  } catch (err) {
    report.routesError = err.message;
    console.log(`per-route Lighthouse failed: ${err.message}`);
  } finally {
    await chrome5?.kill();
    rmSync(profile5, { recursive: true, force: true });
  }
  const show = (v, unit = '') => (v == null ? '-' : `${v}${unit}`);
  console.log(pad([['route', 'requests', 'bytes', 'LCP', 'TBT', 'perf min', 'perf median'],
    ...report.routes.map((r) => [r.route, show(r.requests), kb(r.bytes), show(r.lcpMs, ' ms'), show(r.tbtMs, ' ms'), show(r.perfMin), show(r.perfMedian)])]));
  console.log(`targets: LCP ≤ ${SPEED.lcpMs} ms, TBT ≤ ${SPEED.tbtMs} ms, performance ≥ ${SPEED.perf} on each of ${runs} run(s)`);
  // Lighthouse's phone is this machine's CPU slowed 4x, so TBT follows the
  // machine: its benchmark index (higher is faster) tells runs on different
  // machines apart.
  const bench = report.routes.flatMap((r) => r.runs.map((x) => x.benchmarkIndex)).filter((v) => v != null).sort((x, y) => x - y);
  report.benchmarkIndex = bench.length ? Math.round(median(bench)) : null;
  console.log(`this machine's Lighthouse benchmark index (median of ${bench.length} runs; higher is faster): ${show(report.benchmarkIndex)}${bench.length ? ` (${Math.round(bench[0])}–${Math.round(bench[bench.length - 1])})` : ''}`);
}

// ---- 6. the phone profile applied in the browser: the first tap answered ------
// The issue's own measure: Chromium throttled like Lighthouse's phone (150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower), a first visit
// to /wizard, "New proposal" tapped every 100 ms from navigation until the
// brief form of a new proposal is on screen and takes typing (before the app
// runs, the prerendered page shows it at once: index.html). Reported: the
// time it first responds, the time the app has made the proposal and opened
// it (its address holds ?p=), requests and bytes.
section('phone profile in the browser: /wizard "New proposal" (target ≤ 3 s)');
{
  const PHONE = { rttMs: 150, downKbps: 1600, upKbps: 750, cpu: 4 };
  const RESPOND_MS = 3000;
  const samples = [];
  const browser6 = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  try {
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const context = await browser6.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      // A new context has an empty cache (a first visit); the HTTP cache stays
      // on, as in a real browser, so the service worker's revalidations of
      // what the page just fetched are answered 304.
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: PHONE.rttMs,
        downloadThroughput: (PHONE.downKbps * 1024) / 8,
        uploadThroughput: (PHONE.upKbps * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
      let requests = 0;
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => { requests += 1; bytes += e.encodedDataLength || 0; });
      const start = Date.now();
      await page.goto(new URL('wizard', url).href, { waitUntil: 'commit' });
      let respondedMs = null;
      let openedMs = null;
      const button = page.getByRole('button', { name: 'New proposal' });
      const brand = page.getByLabel('Brand', { exact: true });
      while (Date.now() - start < 30_000) {
        await button.click({ timeout: 1000, noWaitAfter: true }).catch(() => {});
        // isEditable() waits for a missing element (up to 30 s): ask only
        // once the field is there, so a tap made before the button was on
        // screen is followed by the next one 100 ms later.
        if ((await brand.count()) > 0 && (await brand.isEditable({ timeout: 100 }).catch(() => false))) { respondedMs = Date.now() - start; break; }
        await page.waitForTimeout(100);
      }
      if (respondedMs != null) {
        await brand.fill('Audit');
        await page.waitForURL(/[?&]p=/, { timeout: 30_000 }).then(() => { openedMs = Date.now() - start; }).catch(() => {});
      }
      const paintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      samples.push({ respondedMs, openedMs, firstPaintMs: paintMs == null ? null : Math.round(paintMs), requests, bytes });
      await context.close();
    }
  } finally {
    await browser6.close();
  }
  const medianMs = median(samples.map((s) => s.respondedMs));
  report.phoneWizard = { profile: PHONE, samples, medianMs };
  console.log(pad([['run', 'first paint', '"New proposal" responds', 'proposal made by the app', 'requests', 'bytes'],
    ...samples.map((s, i) => [String(i + 1), s.firstPaintMs == null ? '-' : `${s.firstPaintMs} ms`, s.respondedMs == null ? 'no answer in 30 s' : `${s.respondedMs} ms`,
      s.openedMs == null ? '-' : `${s.openedMs} ms`, String(s.requests), kb(s.bytes)])]));
  target(`/wizard "New proposal" responds ≤ ${RESPOND_MS} ms on the phone profile (median of ${samples.length})`, medianMs != null && medianMs <= RESPOND_MS, medianMs, medianMs == null ? null : `${medianMs} ms`);
}

await server.close();

// ---- summary ------------------------------------------------------------------
section('targets');
console.log(pad([['', 'target', 'value'], ...report.targets.map((t) => [t.pass ? 'PASS' : 'FAIL', t.name, t.shown ?? 'error'])]));
const missed = report.targets.filter((t) => !t.pass).length;
report.missed = missed;
writeFileSync('reports/audit.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nwrote reports/audit.json');
console.log(missed === 0 ? 'audit: all targets met' : `audit: ${missed} target(s) missed`);
process.exit(0); // Lighthouse can leave handles open
