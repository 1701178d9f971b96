// Lazy loading: splits the app's wasm at its `#[lazy]` / `#[lazy_route]`
// points so the first screen downloads only what it needs.
//
// Trunk builds and binds one wasm; this step (run by postbuild.mjs) redoes
// the last part the way Leptos's split build does:
//   1. wasm-split-cli cuts rustc's output (built with --emit-relocs, see
//      .cargo/config.toml) into a main module, one chunk per split point and a
//      loader `__wasm_split.js`;
//   2. wasm-bindgen binds the main module (keeping the linker exports the
//      chunks share), replacing Trunk's output of the same name;
//   3. wasm-opt -Oz optimises the main module and every chunk;
//   4. the loader and chunks get content hashes in their names, and the
//      `integrity` hashes in index.html are recomputed.
// Trunk's own wasm-opt is off (data-wasm-opt="0" in index.html) since the
// module is rebuilt here.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHUNK_START, CHUNK_STARTS, VIEW_FEATURES, WITHIN, groupingEnv, report, tune } from './split-tune.mjs';

const WASM_OPT_FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

// The chunk grouping's settings and their search: tools/split-tune.mjs.

const sha = (alg, data) => createHash(alg).update(data).digest();
/** The short content hash the build names its files by (16 hex digits). */
export const short = (data) => sha('sha256', data).toString('hex').slice(0, 16);

function run(cmd, args, env = {}) {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${e.stderr || e.message}`);
  }
}

// Every `fetch(new URL("./<file>.wasm", import.meta.url))` of the loader.
const LOADER_FETCH = /fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g;
// How it instantiates the module it fetched; a compiled module instead.
const LOADER_INSTANTIATE = 'WebAssembly.instantiateStreaming(src, imports)';

/**
 * The loader, made to take a compiled module from the ones the start-up
 * script began for the page being opened (postbuild.mjs, step 0c:
 * `globalThis.__suitcaseEarly`, file name -> Promise<WebAssembly.Module>),
 * each once. Any other module, or one asked again after a failure, is
 * fetched and compiled by the start-up script's worker too
 * (`globalThis.__suitcaseCompile`), and instantiated here.
 */
export function takeEarlyModules(loader) {
  if (!loader.match(LOADER_FETCH)) throw new Error('the wasm-split loader no longer fetches `new URL("./<file>.wasm", import.meta.url)`');
  const helper =
    '// A module the start-up script already compiles for this page (index.html)\n' +
    '// is taken from there, once; any other is compiled by its worker too.\n' +
    'function compileWasm(file) {\n' +
    '    const early = globalThis.__suitcaseEarly;\n' +
    '    const module = early && early[file];\n' +
    '    if (module) {\n' +
    '        delete early[file];\n' +
    '        return module;\n' +
    '    }\n' +
    '    const url = new URL("./" + file, import.meta.url).href;\n' +
    '    const compile = globalThis.__suitcaseCompile;\n' +
    '    return compile ? compile(url) : WebAssembly.compileStreaming(fetch(url));\n' +
    '}\n';
  if (!loader.includes(LOADER_INSTANTIATE)) throw new Error('the wasm-split loader no longer instantiates with `WebAssembly.instantiateStreaming(src, imports)`');
  const body = loader
    .replace(LOADER_FETCH, (_, file) => `compileWasm(${JSON.stringify(file)})`)
    .split(LOADER_INSTANTIATE)
    .join('WebAssembly.instantiate(await src, imports)');
  // After the import statements at the top.
  const at = body.search(/^(?!import\b).*\S/m);
  return body.slice(0, at) + helper + body.slice(at);
}

// wasm-split's loader reports a module that failed to arrive to the Rust
// side, whose `#[lazy]` functions then panic, and a panic stops the whole
// app (panic = "abort"): one dropped request on a phone, or going offline
// before the service worker has a view, and nothing on the page answers any
// more. The loader below tries again instead (after 1, 2, 4 … 15 s, or at
// once when the browser is back online) and says so on the page, with a
// reload button for a module that is gone for good (a newer version was
// published while the tab was open). What was opening opens when it arrives.
const LOADER_CALLBACK = `function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        let success;
        try {
            await callee();
            success = true;
        } catch (e) {
            console.error(e);
            success = false;
        } finally {
            const sharedImports = getSharedImports();
            sharedImports.__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, success);
        }
    }
}`;
const RETRYING_CALLBACK = `// Words of the notice, in the page's language.
const TROUBLE = {
    en: ["Part of Suitcase could not be downloaded. It is tried again by itself, and what you opened shows when it arrives. If you are online and this stays, reload the page: everything you saved is kept.", "Reload the page"],
    vi: ["Không tải được một phần của Suitcase. Ứng dụng tự thử lại, và phần bạn vừa mở sẽ hiện khi tải xong. Nếu bạn đang có mạng mà thông báo này vẫn còn, hãy tải lại trang: mọi thứ đã lưu vẫn được giữ.", "Tải lại trang"],
};
let failing = 0;
function troubleNotice(show) {
    let box = document.getElementById("load-trouble");
    if (!show) {
        if (box) box.remove();
        return;
    }
    if (box) return;
    const [text, reload] = TROUBLE[document.documentElement.lang === "vi" ? "vi" : "en"];
    box = Object.assign(document.createElement("div"), { id: "load-trouble", className: "notice notice-warn load-trouble" });
    box.setAttribute("role", "alert");
    const p = Object.assign(document.createElement("p"), { textContent: text });
    const button = Object.assign(document.createElement("button"), { type: "button", textContent: reload });
    button.addEventListener("click", () => location.reload());
    box.append(p, button);
    document.body.append(box);
}
function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        for (let attempt = 0; ; attempt++) {
            try {
                await callee();
                if (attempt > 0 && --failing === 0) troubleNotice(false);
                break;
            } catch (e) {
                console.error(e);
                if (attempt === 0) failing++;
                troubleNotice(true);
                await new Promise((go) => {
                    setTimeout(go, Math.min(1000 * 2 ** attempt, 15000));
                    addEventListener("online", go, { once: true });
                });
            }
        }
        const sharedImports = getSharedImports();
        sharedImports.__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, true);
    }
}`;

/** The loader, made to try a module that failed to arrive again (see above). */
export function retryFailedLoads(loader) {
  if (!loader.includes(LOADER_CALLBACK)) throw new Error("the wasm-split loader's wrapAsyncCb is no longer the one tools/split.mjs replaces");
  return loader.replace(LOADER_CALLBACK, () => RETRYING_CALLBACK);
}

/** Splits and re-binds the wasm in `dir` (Trunk's staging dir). */
export async function splitWasm(dir, { crate = 'suitcase' } = {}) {
  const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
  const targetDir = process.env.CARGO_TARGET_DIR || 'target';
  const original = resolve(targetDir, 'wasm32-unknown-unknown', profile, `${crate}.wasm`);
  if (!existsSync(original)) throw new Error(`${original} not found (rustc's wasm output)`);

  const js = readdirSync(dir).find((f) => f.startsWith(`${crate}-`) && f.endsWith('.js'));
  if (!js) throw new Error(`no ${crate}-*.js in ${dir}`);
  const stem = js.slice(0, -3);

  const work = mkdtempSync(join(tmpdir(), 'suitcase-split-'));
  try {
    // The grouping for this output (tools/split-tune.mjs); SUITCASE_SPLIT_TUNE=0,
    // or a debug build, takes the starting weights as they are.
    let setting = CHUNK_START;
    if (profile === 'release' && process.env.SUITCASE_SPLIT_TUNE !== '0') {
      const tuned = await tune(original, CHUNK_START, CHUNK_STARTS, WITHIN, { cacheDir: resolve(targetDir, 'split-tune'), log: (s) => console.log(s) });
      console.log(report(tuned));
      setting = tuned.setting;
    }
    run('wasm-split-cli', [original, work, '--out-name', stem], groupingEnv(setting, WITHIN));
    run('wasm-bindgen', [
      '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
      '--out-dir', work, '--out-name', stem, join(work, `${stem}.wasm`),
    ]);
    // One module per split point (split_*.wasm) and the code they share (chunk_*.wasm).
    const chunks = readdirSync(work).filter(
      (f) => f.endsWith('.wasm') && f !== `${stem}.wasm` && f !== `${stem}_bg.wasm`,
    );
    for (const f of chunks) {
      const feature = f.match(/^split_page_([a-z]+)_/)?.[1];
      if (feature && !VIEW_FEATURES.includes(feature)) throw new Error(`${f}: add "${feature}" to VIEW_FEATURES in tools/split.mjs`);
    }
    // The producers and target-features sections only describe the build
    // (about 35 KB gzip over all modules): stripped. SUITCASE_WASM_NAMES=1
    // keeps the function names, for a profile that names what runs.
    const names = process.env.SUITCASE_WASM_NAMES === '1' ? ['-g'] : [];
    const optimise = (from, to) =>
      run('wasm-opt', ['-Oz', ...names, ...WASM_OPT_FEATURES, '--strip-producers', '--strip-target-features', from, '-o', to]);

    // Chunks and loader get content-hashed names, so a cached old file is
    // never paired with a new main module.
    let loader = existsSync(join(work, '__wasm_split.js')) ? readFileSync(join(work, '__wasm_split.js'), 'utf8') : null;
    for (const chunk of chunks) {
      const tmp = join(work, `opt-${chunk}`);
      optimise(join(work, chunk), tmp);
      const bytes = readFileSync(tmp);
      const named = chunk.replace(/\.wasm$/, `-${short(bytes)}.wasm`);
      writeFileSync(join(dir, named), bytes);
      if (loader) loader = loader.split(`./${chunk}`).join(`./${named}`);
    }
    if (loader) loader = retryFailedLoads(takeEarlyModules(loader));
    let mainJs = readFileSync(join(work, `${stem}.js`), 'utf8');
    if (loader) {
      const loaderName = `__wasm_split-${short(loader)}.js`;
      writeFileSync(join(dir, loaderName), loader);
      // Only the import statement changes: the imports object keeps the
      // module name the wasm asks for.
      const from = /(from\s*["'])\.\/__wasm_split\.js(["'])/g;
      if (!from.test(mainJs)) throw new Error('the bound JS does not import ./__wasm_split.js');
      mainJs = mainJs.replace(from, `$1./${loaderName}$2`);
    }
    writeFileSync(join(dir, js), mainJs);
    optimise(join(work, `${stem}_bg.wasm`), join(dir, `${stem}_bg.wasm`));

    // Trunk's index.html pins the old bytes with SRI: pin the new ones.
    const indexPath = join(dir, 'index.html');
    let html = readFileSync(indexPath, 'utf8');
    for (const file of [js, `${stem}_bg.wasm`]) {
      const integrity = `sha384-${sha('sha384', readFileSync(join(dir, file))).toString('base64')}`;
      const re = new RegExp(`(href="[^"]*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*integrity=")[^"]*(")`, 'g');
      html = html.replace(re, `$1${integrity}$2`);
    }
    writeFileSync(indexPath, html);
    return { chunks: chunks.length, main: `${stem}_bg.wasm` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
