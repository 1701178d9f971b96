// Trunk post_build hook: finish the staging dir before Trunk moves it to dist/.
//
//   [[hooks]]
//   stage = "post_build"
//   command = "node"
//   command_arguments = ["tools/postbuild.mjs"]
//
// 0. Split the wasm at its lazy points (tools/split.mjs).
// 1. CSP: hash every inline <script> of index.html and put the hashes in place
//    of the token 'sha256-TRUNK_INLINE' in the CSP <meta>.
// 2. 404.html and <route>.html = copies of the final index.html (deep links).
// 3. sw.js: fill in its file lists and version (tools/sw-lists.mjs).
// tools/prerender.mjs then fills the body of index.html and the routes' files
// (and writes sw.js's lists again).
//
// Idempotent: running it twice on the same dir gives the same files.
// Dependency-free: node:crypto, node:fs, node:path only.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitWasm } from './split.mjs';
import { writeServiceWorker } from './sw-lists.mjs';

const TOKEN = "'sha256-TRUNK_INLINE'";
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const publicUrl = process.env.TRUNK_PUBLIC_URL;

function fail(msg) {
  console.error(`postbuild: error: ${msg}`);
  process.exit(1);
}
const sha256 = (data) => createHash('sha256').update(data);

const indexPath = join(dir, 'index.html');
const swPath = join(dir, 'sw.js');
if (!existsSync(indexPath)) fail(`${indexPath} not found`);
// Checked before anything is written, so a failed run leaves the dir untouched.
if (!existsSync(swPath)) fail(`${swPath} not found (copy public/ into the dist root, see public/sw.js)`);
// ---- 0. Lazy-loaded chunks (rewrites the wasm, its JS and index.html) -----
if (!existsSync(join(dir, '.split-done'))) {
  try {
    const { chunks, main } = splitWasm(dir);
    writeFileSync(join(dir, '.split-done'), main);
    console.log(`postbuild: split the wasm into a main module and ${chunks} lazy chunk(s)`);
  } catch (e) {
    fail(e.message);
  }
}
let html = readFileSync(indexPath, 'utf8');
if (!/self\.__FEATURES\s*=/.test(readFileSync(swPath, 'utf8'))) fail('sw.js lacks `self.__FEATURES = [...]`');

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

const cspRe = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;
const cspTags = html.match(cspRe) || [];
if (cspTags.length !== 1) fail(`expected exactly one CSP <meta http-equiv="Content-Security-Policy"> in index.html, found ${cspTags.length}`);
const cspTag = cspTags[0];
if (cspTag.includes(TOKEN)) {
  html = html.replace(cspTag, () => cspTag.replace(TOKEN, () => hashes.join(' ')));
  writeFileSync(indexPath, html);
  console.log(`postbuild: CSP now allows ${hashes.length} inline script(s): ${hashes.join(' ')}`);
} else if (hashes.every((h) => cspTag.includes(h))) {
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
