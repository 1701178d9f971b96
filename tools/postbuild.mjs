// Trunk post_build hook: finish the staging dir before Trunk moves it to dist/.
//
//   [[hooks]]
//   stage = "post_build"
//   command = "node"
//   command_arguments = ["tools/postbuild.mjs"]
//
// 0. Split the wasm at its lazy points (tools/split.mjs).
// 0b. The stylesheets joined into one <style> in the page.
// 0c. The JS glue and the main wasm loaded after the first paint, with the
//     wasm modules the opened address needs (PAGE_WASM) fetched alongside.
// 1. CSP: hash every inline <script> of index.html and put the hashes in place
//    of the token 'sha256-TRUNK_INLINE' in the CSP <meta>; the inline <style>'s
//    hash goes beside style-src 'self'.
// 2. 404.html and <route>.html = copies of the final index.html (deep links).
// 3. sw.js: fill in its file lists and version (tools/sw-lists.mjs).
// tools/prerender.mjs then fills the body of index.html and the routes' files
// (and writes sw.js's lists again).
//
// Idempotent: running it twice on the same dir gives the same files.
// Dependency-free: node:crypto, node:fs, node:path only.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { short, splitWasm } from './split.mjs';
import { landingFiles, loaderFile, splitModules, writeServiceWorker } from './sw-lists.mjs';

const TOKEN = "'sha256-TRUNK_INLINE'";
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const publicUrl = process.env.TRUNK_PUBLIC_URL;

function fail(msg) {
  console.error(`postbuild: error: ${msg}`);
  process.exit(1);
}
const sha256 = (data) => createHash('sha256').update(data);

/** `html` without `tag` and the indentation and line break before it. */
function withoutTag(html, tag) {
  const at = html.indexOf(tag);
  if (at < 0) return html;
  let from = at;
  while (from > 0 && ' \t'.includes(html[from - 1])) from--;
  if (from > 0 && html[from - 1] === '\n') from--;
  return html.slice(0, from) + html.slice(at + tag.length);
}

const indexPath = join(dir, 'index.html');
const swPath = join(dir, 'sw.js');
if (!existsSync(indexPath)) fail(`${indexPath} not found`);
// Checked before anything is written, so a failed run leaves the dir untouched.
if (!existsSync(swPath)) fail(`${swPath} not found (copy public/ into the dist root, see public/sw.js)`);
// ---- 0. Lazy-loaded chunks (rewrites the wasm, its JS and index.html) -----
if (!existsSync(join(dir, '.split-done'))) {
  try {
    const { chunks, main } = await splitWasm(dir);
    writeFileSync(join(dir, '.split-done'), main);
    console.log(`postbuild: split the wasm into a main module and ${chunks} lazy chunk(s)`);
  } catch (e) {
    fail(e.message);
  }
}
let html = readFileSync(indexPath, 'utf8');
if (!/self\.__FEATURES\s*=/.test(readFileSync(swPath, 'utf8'))) fail('sw.js lacks `self.__FEATURES = [...]`');

// ---- 0b. The stylesheet inside the page -----------------------------------
// Trunk emits one <link> per style/*.css (ten of them, 9.7 KB gzip in all).
// Each blocks the first paint, and on a phone a stylesheet request costs a
// round trip after the HTML has arrived: they are joined, in order, into one
// <style> in the <head> (same rules, same cascade; print rules keep their
// @media print). The CSP allows exactly that text by its hash (step 1).
const STYLE_MARK = 'data-suitcase-style';

// Step 0c: the lazy modules (src/pages/mod.rs, `split_<name>_…`) each page
// needs from its first moment, by its first path segments ("" = every page:
// the database opens at start; "a/b" also gets what "a" needs; "a/" is the
// address "a" alone, and also gets what "a" needs) or by its first segment
// and its query ("a?p&q=v": the address has a parameter `p` and `q` is `v`;
// fetched beside what "a" needs). The start-up script fetches
// them together with the main wasm (a few per task, the page's own first), so
// a deep link does not wait for one before the other.
const PAGE_WASM = {
  '': ['open_database'],
  wizard: ['__wizard_route_view'],
  // An open proposal, and a new one (made as soon as the app runs, then opened).
  'wizard?p': ['page_wizard_open'],
  'wizard?new': ['page_wizard_open'],
  p: ['__client_route_view'],
  shared: ['__client_route_view'],
  reply: ['__reply_route_view'],
  budget: ['__budget_route_view'],
  // An open plan, and a new one (made as soon as the app runs, then opened).
  'budget?plan': ['page_budget_plan'],
  'budget?new': ['page_budget_plan'],
  career: ['__career_route_view'],
  // The guide's overview, and its role pages, where students land from a search.
  'career/': ['page_career_overview'],
  'career/role': ['page_career_role'],
  'career/skills': ['page_career_skills'],
  'career/guide': ['page_career_guide'],
  'career/practice': ['page_career_practice'],
  'career/quiz': ['page_career_quiz'],
  'career/kpi': ['page_career_kpi'],
  'career/search': ['page_career_search'],
  'career/glossary': ['page_career_glossary'],
  'career/examples': ['page_career_examples'],
  toolkit: ['__toolkit_route_view'],
  'toolkit?tab=contact&id': ['page_toolkit_contact'],
  'toolkit?tab=wip': ['page_toolkit_wip'],
  'toolkit?tab=review': ['page_toolkit_review'],
  'toolkit?tab=kpi': ['page_toolkit_kpi'],
  settings: ['__settings_route_view'],
};
{
  const linkRe = /<link\b[^>]*\brel="stylesheet"[^>]*>/gi;
  const links = html.match(linkRe) || [];
  const hrefOf = (tag) => (tag.match(/\bhref="([^"]+)"/) || [])[1];
  const files = links.map((tag) => join(dir, hrefOf(tag).split('/').pop()));
  if (links.length > 0 && !html.includes(STYLE_MARK)) {
    const missing = files.find((f) => !existsSync(f));
    if (missing) fail(`stylesheet ${missing} not found`);
    const css = files.map((f) => readFileSync(f, 'utf8').trimEnd()).join('\n');
    if (/<\/style/i.test(css)) fail('a stylesheet contains "</style", which cannot be inlined');
    const tag = `<style ${STYLE_MARK}>${css}</style>`;
    html = html.replace(links[0], () => tag);
    for (const l of links.slice(1)) html = withoutTag(html, l);
    for (const f of files) rmSync(f);
    writeFileSync(indexPath, html);
    console.log(`postbuild: put ${links.length} stylesheets inside the page (${(css.length / 1024).toFixed(1)} KB raw)`);
  }
}

// The worker that fetches and compiles the wasm modules for the page
// (step 0c and the loader, tools/split.mjs), named by its content so a cached
// old copy is never paired with a new page. It is a file of its own, not a
// blob, since the CSP allows workers from the site only (worker-src 'self').
const COMPILE_WORKER = `// Suitcase: fetches and compiles a wasm module off the page's main thread,
// then hands the compiled module to the page (index.html's start-up script).
onmessage = async ({ data: { id, url, integrity } }) => {
  try {
    const response = await fetch(url, { integrity, credentials: 'same-origin' });
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    postMessage({ id, module: await WebAssembly.compileStreaming(response) });
  } catch (e) {
    postMessage({ id, error: String((e && e.message) || e) });
  }
};
`;
function writeCompileWorker(dir) {
  const name = `compile-${short(COMPILE_WORKER)}.js`;
  writeFileSync(join(dir, name), COMPILE_WORKER);
  return name;
}

// ---- 0c. The app after the first paint ----------------------------------
// Every page arrives as prerendered HTML, so nothing on the first screen
// waits for the app. Trunk imports its JS glue statically (with a
// modulepreload) and preloads the main wasm (about 180 KB gzip) from the
// <head>, where on a phone they share the link with the HTML and push the
// first paint back. Both go; the start-up script waits until the browser
// reports the first paint, then preloads the glue with the same SRI hash,
// imports it, fetches the wasm with its SRI hash and starts the app as before.
{
  const PAINTED = '/* suitcase: the app after the first paint */';
  const startRe = /(<script type="module">)([\s\S]*?)(<\/script>)/;
  const m = html.match(startRe);
  if (m && !m[2].includes(PAINTED)) {
    const init = m[2].match(/const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/);
    if (!init) fail("Trunk's start-up script no longer reads `const wasm = await init({ module_or_path: '…' });`");
    const glue = m[2].match(/import init, \* as bindings from '([^']+)';\n/);
    if (!glue) fail("Trunk's start-up script no longer reads `import init, * as bindings from '…';`");
    const wasmUrl = init[1];
    const jsUrl = glue[1];
    const preload = (html.match(/<link rel="preload"[^>]*>/g) || []).find((l) => l.includes(`href="${wasmUrl}"`));
    if (!preload) fail(`no <link rel="preload"> for ${wasmUrl}`);
    const sri = (preload.match(/\bintegrity="([^"]+)"/) || [])[1];
    if (!sri) fail(`the preload of ${wasmUrl} has no integrity hash`);
    const modulePreload = (html.match(/<link rel="modulepreload"[^>]*>/g) || []).find((l) => l.includes(`href="${jsUrl}"`));
    if (!modulePreload) fail(`no <link rel="modulepreload"> for ${jsUrl}`);
    const jsSri = (modulePreload.match(/\bintegrity="([^"]+)"/) || [])[1];
    if (!jsSri) fail(`the modulepreload of ${jsUrl} has no integrity hash`);
    // PAGE_WASM as files (each module with its chunks); the loader takes
    // them, compiled, from `__suitcaseEarly` (split.mjs).
    const modules = splitModules(dir);
    const filesOf = (page) => {
      try {
        return landingFiles(modules, PAGE_WASM[page] || [], page || 'every page');
      } catch (e) {
        return fail(`PAGE_WASM: ${e.message} (see src/pages/mod.rs)`);
      }
    };
    const everyPage = new Set(filesOf(''));
    const early = { '': [...everyPage].sort() };
    for (const page of Object.keys(PAGE_WASM).filter(Boolean)) {
      const first = filesOf(page.split(/[/?]/)[0]);
      // "a/b" and "a/" are fetched instead of "a", so they carry what "a"
      // needs; "a?p" is fetched beside "a" (below), so it leaves that out.
      const files = page.includes('?')
        ? filesOf(page).filter((f) => !first.includes(f))
        : [...first, ...filesOf(page)];
      early[page] = [...new Set(files)].filter((f) => !everyPage.has(f)).sort();
    }
    const base = wasmUrl.slice(0, wasmUrl.lastIndexOf('/') + 1);
    const loader = loaderFile(dir);
    const compiler = writeCompileWorker(dir);
    const body = m[2]
      .replace(glue[0], () => '')
      .replace(
        init[0],
        () =>
          `${PAINTED}\n` +
          // After the browser has reported the first paint (so nothing the app
          // fetches counts as needed for it), or 500 ms at the latest.
          `await new Promise((go) => {\n` +
          `  try {\n` +
          `    const painted = new PerformanceObserver((list) => {\n` +
          `      if (list.getEntriesByName('first-contentful-paint').length) { painted.disconnect(); setTimeout(go, 0); }\n` +
          `    });\n` +
          `    painted.observe({ type: 'paint', buffered: true });\n` +
          `  } catch (e) { requestAnimationFrame(() => setTimeout(go, 0)); }\n` +
          `  setTimeout(go, 500);\n` +
          `});\n` +
          // Fetching and compiling a module is work on the thread that asks
          // (about 120 ms on the main thread of a slow phone, in tasks of up to
          // 30 ms): a worker does it and hands the compiled module over. When
          // the worker cannot run, the page does it as before.
          `const compile = (() => {\n` +
          `  const direct = (url, integrity) => WebAssembly.compileStreaming(fetch(url, { integrity, credentials: 'same-origin' }));\n` +
          `  let worker;\n` +
          `  try { worker = new Worker('${base}${compiler}'); } catch (e) { return direct; }\n` +
          `  const waiting = new Map();\n` +
          `  let next = 0;\n` +
          `  worker.onmessage = ({ data }) => {\n` +
          `    const w = waiting.get(data.id);\n` +
          `    waiting.delete(data.id);\n` +
          `    if (w) data.module ? w.resolve(data.module) : w.reject(new Error(data.error));\n` +
          `  };\n` +
          `  worker.onerror = () => {\n` +
          `    worker = null;\n` +
          `    for (const w of waiting.values()) direct(w.url, w.integrity).then(w.resolve, w.reject);\n` +
          `    waiting.clear();\n` +
          `  };\n` +
          `  return (url, integrity = '') => worker\n` +
          `    ? new Promise((resolve, reject) => {\n` +
          `        const id = next++;\n` +
          `        waiting.set(id, { url, integrity, resolve, reject });\n` +
          `        worker.postMessage({ id, url: new URL(url, location.href).href, integrity });\n` +
          `      })\n` +
          `    : direct(url, integrity);\n` +
          `})();\n` +
          `globalThis.__suitcaseCompile = compile;\n` +
          `const main = compile('${wasmUrl}', '${sri}');\n` +
          `const glue = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: '${jsUrl}', integrity: '${jsSri}', crossOrigin: 'anonymous' });\n` +
          `document.head.append(glue);\n` +
          // The page's own wasm, on the link with the main wasm.
          `{\n` +
          `  const early = ${JSON.stringify(early)};\n` +
          `  const base = '${base}';\n` +
          `  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';\n` +
          `  const segments = path.split('/').filter(Boolean);\n` +
          `  const page = [segments.length === 1 ? segments[0] + '/' : segments.slice(0, 2).join('/'), segments.slice(0, 1).join('/')].find((p) => p && early[p]);\n` +
          `  const query = new URLSearchParams(location.search);\n` +
          `  const asked = Object.keys(early).filter((p) => p.startsWith(segments[0] + '?') && p.slice(p.indexOf('?') + 1).split('&').every((c) => {\n` +
          `    const [k, v] = c.split('=');\n` +
          `    return v === undefined ? query.has(k) : query.get(k) === v;\n` +
          `  }));\n` +
          `  const taken = (globalThis.__suitcaseEarly = {});\n` +
          `  const queue = [];\n` +
          (loader
            ? `  queue.push(() => document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: base + '${loader}', crossOrigin: 'anonymous' })));\n`
            : '') +
          // The page's own modules first, then what every page needs, the
          // shared chunks last.
          `  const files = [...new Set([].concat(page ? early[page] : [], ...asked.map((p) => early[p]), early['']))];\n` +
          `  for (const file of files.sort((a, b) => b.startsWith('split_') - a.startsWith('split_'))) {\n` +
          `    taken[file] = new Promise((done) => queue.push(() => done(compile(base + file))));\n` +
          `    taken[file].catch(() => {});\n` +
          `  }\n` +
          // A few per task, the first few beside the main wasm: when the
          // worker cannot run, each starts a request on the main thread,
          // which costs a millisecond or more on a slow phone, and a dozen
          // in one go would be a task long enough to hold up a tap.
          `  const next = () => {\n` +
          `    for (const start of queue.splice(0, 3)) start();\n` +
          `    if (queue.length) setTimeout(next, 0);\n` +
          `  };\n` +
          `  next();\n` +
          `}\n` +
          `const bindings = await import('${jsUrl}');\n` +
          `const init = bindings.default;\n` +
          `const wasm = await init({ module_or_path: main });`,
      );
    html = html.replace(m[0], () => m[1] + body + m[3]);
    html = withoutTag(withoutTag(html, preload), modulePreload);
    writeFileSync(indexPath, html);
    console.log('postbuild: the JS glue and the main wasm load after the first paint (their preloads removed, SRI kept)');
  }
}

// ---- 1. CSP hashes for inline scripts ------------------------------------
// Script text is raw text in HTML (no entity decoding), so the browser hashes
// exactly the characters between the tags, after the parser's newline
// normalisation (CRLF / CR -> LF), encoded as UTF-8.
const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (/\bsrc\s*=/i.test(m[1])) continue; // external script: covered by 'self'
  const text = m[2].replace(/\r\n?/g, '\n');
  const h = `'sha256-${sha256(text).digest('base64')}'`;
  if (!hashes.includes(h)) hashes.push(h);
}
if (hashes.length === 0) fail('no inline <script> found in index.html (expected Trunk\'s start-up script)');

const styleHashes = [];
for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
  const h = `'sha256-${sha256(m[1].replace(/\r\n?/g, '\n')).digest('base64')}'`;
  if (!styleHashes.includes(h)) styleHashes.push(h);
}

const cspRe = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;
const cspTags = html.match(cspRe) || [];
if (cspTags.length !== 1) fail(`expected exactly one CSP <meta http-equiv="Content-Security-Policy"> in index.html, found ${cspTags.length}`);
const cspTag = cspTags[0];
if (cspTag.includes(TOKEN)) {
  let csp = cspTag.replace(TOKEN, () => hashes.join(' '));
  if (styleHashes.length) {
    if (!/style-src 'self'/.test(csp)) fail("the CSP <meta> has no `style-src 'self'` to add the inline stylesheet's hash to");
    csp = csp.replace(/style-src 'self'/, () => `style-src 'self' ${styleHashes.join(' ')}`);
  }
  html = html.replace(cspTag, () => csp);
  writeFileSync(indexPath, html);
  console.log(`postbuild: CSP now allows ${hashes.length} inline script(s): ${hashes.join(' ')}`);
} else if ([...hashes, ...styleHashes].every((h) => cspTag.includes(h))) {
  console.log('postbuild: CSP hashes already in place'); // second run on the same dir
} else {
  fail(`the CSP <meta> has no ${TOKEN} token to replace (and does not already list ${hashes.join(' ')})`);
}
if (publicUrl && !publicUrl.startsWith('/') && !/^https?:/.test(publicUrl)) {
  console.warn(`postbuild: warning: public URL "${publicUrl}" is relative; 404.html will break on deep links`);
}

// ---- 2. 404.html and the top-level routes -----------------------------------
// 404.html catches every deep link; the top-level routes also get a copy as
// `<route>.html` (GitHub Pages serves /x from x.html), so they answer 200.
const ROUTES = ['wizard', 'budget', 'career', 'toolkit', 'settings', 'shared', 'p', 'reply'];
writeFileSync(join(dir, '404.html'), html);
for (const r of ROUTES) writeFileSync(join(dir, `${r}.html`), html);

// ---- 3. Service worker ------------------------------------------------------
try {
  const sw = writeServiceWorker(dir);
  console.log(`postbuild: sw.js precaches ${sw.shell} URLs, warms ${sw.features} when idle, version ${sw.version}; wrote 404.html`);
} catch (e) {
  fail(e.message);
}
