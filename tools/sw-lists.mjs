// The service worker's file lists, written into <dist>/sw.js by
// tools/postbuild.mjs and again by tools/prerender.mjs (which changes the
// HTML files).
//
// Three groups, so the worker never competes with the user (see public/sw.js):
//   self.__PRECACHE  the shell, cached at install: "./", index.html,
//                    404.html (the plain shell, the offline fallback for any
//                    address), the JS, CSS, icons, manifest, the main wasm
//                    module and the lazy modules the start needs (e.g. the
//                    database opener) with the chunks they share;
//   self.__FEATURES  each feature route's module and the chunks it needs,
//                    cached once the page is interactive and idle (the app
//                    posts "warm" to the worker, src/ui/sw.rs);
//   self.__VIEWS     per feature ("wizard"), its views' modules (`page_*`)
//                    and their chunks: a subset of __FEATURES the worker
//                    caches first when the page is one of that feature's;
//   (neither)        the export writers (docx, xlsx, any PDF) and the chunks
//                    only they use, and the prerendered pages: cached by the
//                    worker the first time they are fetched.
// The split modules and their chunks are read from the loader that
// tools/split.mjs writes (__wasm_split-*.js: one `makeLoad(...)` per module
// with the list of chunks it needs).
// self.__VERSION hashes every file of <dist>, so any change gives a new cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Split modules whose code writes an export file (fetched on first use only). */
export const EXPORT_SPLIT = /^split_.*(xlsx|docx|pdf)/i;
/** Split modules of a feature route (fetched when idle). */
// A route's module, or a view of one fetched on first use (`page_*`, `lazy_view!` in src/pages/mod.rs).
const ROUTE_SPLIT = /^split_(__.*_route_view|page)_/;

const sha256 = (data) => createHash('sha256').update(data);

function walk(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return []; // .stage leftovers, .split-done, ...
    const p = join(d, e.name);
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  });
}

/** The split loader's file name in `dir` (tools/split.mjs), if the wasm was split. */
export const loaderFile = (dir) => readdirSync(dir).find((f) => /^__wasm_split-.*\.js$/.test(f));

/** { file -> [chunk files] } for every module the loader can fetch. */
export function splitModules(dir) {
  const loaderName = loaderFile(dir);
  if (!loaderName) return new Map();
  return loaderModules(readFileSync(join(dir, loaderName), 'utf8'), loaderName);
}

/**
 * The modules of a split loader's text `loader`: file -> every file it
 * needs loaded first (its chunks, and theirs). Reads wasm-split's own
 * loader (`fetch(new URL("./<file>", …))`, as tools/split-tune.mjs meets
 * it) and the build's (`compileWasm("<file>")`, tools/split.mjs).
 */
export function loaderModules(loader, name = 'the split loader') {
  const fileOf = new Map(); // const name -> file
  const depsOf = new Map(); // const name -> [const names]
  const re = /const (\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = (?:compileWasm\(|fetch\(new URL\()"(?:\.\/)?([^"]+)"[\s\S]*?\n\}\s*,\s*\[([^\]]*)\]/g;
  for (const m of loader.matchAll(re)) {
    fileOf.set(m[1], m[2]);
    depsOf.set(m[1], m[3].split(',').map((s) => s.trim()).filter(Boolean));
  }
  if (fileOf.size === 0) throw new Error(`${name}: no module found (has the loader's form changed?)`);
  const out = new Map();
  for (const [name, file] of fileOf) {
    const seen = new Set();
    const stack = [...depsOf.get(name)];
    while (stack.length) {
      const n = stack.pop();
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(depsOf.get(n) || []));
    }
    out.set(file, [...seen].map((n) => fileOf.get(n)).filter(Boolean));
  }
  return out;
}

/**
 * The files a landing loads at once (`points`: split point names, e.g.
 * ['__career_route_view', 'page_career_role']), from `modules` as
 * `loaderModules` gives them: each point's module and every file it needs.
 */
export function landingFiles(modules, points, landing = points.join('+')) {
  const files = [...modules.keys()];
  const needed = new Set();
  for (const point of points) {
    const file = files.find((f) => f.startsWith(`split_${point}_`));
    if (!file) throw new Error(`no split module ${point} (the ${landing} landing)`);
    for (const f of [file, ...modules.get(file)]) needed.add(f);
  }
  return [...needed];
}

/** The three lists for <dir> and the build version. */
export function serviceWorkerLists(dir) {
  const files = walk(dir)
    .map((p) => relative(dir, p).split(sep).join('/'))
    .filter((f) => f !== 'sw.js' && !f.endsWith('.map'))
    .sort();
  const modules = splitModules(dir);
  const shell = new Set();
  const features = new Set();
  const lazyWasm = new Set();
  for (const [file, deps] of modules) {
    lazyWasm.add(file);
    deps.forEach((d) => lazyWasm.add(d));
  }
  // Modules the start needs (neither a route nor an export writer): shell.
  for (const [file, deps] of modules) {
    if (/^split_/.test(file) && !ROUTE_SPLIT.test(file) && !EXPORT_SPLIT.test(file)) [file, ...deps].forEach((f) => shell.add(f));
  }
  for (const [file, deps] of modules) {
    if (ROUTE_SPLIT.test(file)) [file, ...deps].forEach((f) => !shell.has(f) && features.add(f));
  }
  for (const f of files) {
    if (f.endsWith('.wasm')) {
      // The main module, or a wasm file the loader does not name (kept safe: feature).
      if (!lazyWasm.has(f)) (f.endsWith('_bg.wasm') ? shell : features).add(f);
    } else if (f.endsWith('.html')) {
      if (f === 'index.html' || f === '404.html') shell.add(f);
    } else {
      shell.add(f);
    }
  }
  // Each feature's views (split_page_<feature>_*) with the chunks they
  // fetch beyond the shell, in the order the worker should cache them.
  const views = {};
  for (const [file, deps] of modules) {
    const feature = file.match(/^split_page_([a-z]+)_/)?.[1];
    if (!feature) continue;
    views[feature] = [...new Set([...(views[feature] || []), file, ...deps.filter((d) => features.has(d))])].sort();
  }
  const exports = files.filter((f) => f.endsWith('.wasm') && !shell.has(f) && !features.has(f));
  const version = sha256(
    files.map((f) => `${f}\0${sha256(readFileSync(join(dir, f))).digest('hex')}\n`).join(''),
  )
    .digest('hex')
    .slice(0, 12);
  const url = (f) => f.split('/').map(encodeURIComponent).join('/');
  return {
    shell: ['./', ...[...shell].sort().map(url)],
    features: [...features].sort().map(url),
    views: Object.fromEntries(Object.entries(views).sort().map(([f, list]) => [f, list.map(url)])),
    exports: exports.map(url),
    version,
  };
}

const precacheRe = /self\.__PRECACHE\s*=\s*\[(?:\s|,|"(?:[^"\\]|\\.)*")*\]/;
const featuresRe = /self\.__FEATURES\s*=\s*\[(?:\s|,|"(?:[^"\\]|\\.)*")*\]/;
const viewsRe = /self\.__VIEWS\s*=\s*\{(?:\s|,|:|\[|\]|"(?:[^"\\]|\\.)*")*\}/;
const versionRe = /self\.__VERSION\s*=\s*"[^"]*"/;

/** Fills in sw.js's lists and version; returns the counts. Throws if sw.js lacks the lines. */
export function writeServiceWorker(dir) {
  const swPath = join(dir, 'sw.js');
  let sw = readFileSync(swPath, 'utf8');
  if (!precacheRe.test(sw) || !featuresRe.test(sw) || !viewsRe.test(sw) || !versionRe.test(sw)) {
    throw new Error('sw.js lacks `self.__PRECACHE = [...]`, `self.__FEATURES = [...]`, `self.__VIEWS = {...}` or `self.__VERSION = "..."`');
  }
  const lists = serviceWorkerLists(dir);
  sw = sw
    .replace(precacheRe, () => `self.__PRECACHE = ${JSON.stringify(lists.shell)}`)
    .replace(featuresRe, () => `self.__FEATURES = ${JSON.stringify(lists.features)}`)
    .replace(viewsRe, () => `self.__VIEWS = ${JSON.stringify(lists.views)}`)
    .replace(versionRe, () => `self.__VERSION = ${JSON.stringify(lists.version)}`);
  writeFileSync(swPath, sw);
  return { shell: lists.shell.length, features: lists.features.length, exports: lists.exports.length, version: lists.version };
}
