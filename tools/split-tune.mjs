// Chooses the chunk grouping's weights and limits for one rustc output.
//
// The grouping (tools/wasm-split/grouping.patch) merges chunks greedily, and
// which merges win moves with every change of the code: with fixed weights a
// feature's first open moved by 20-30 KB gzip from one build to the next
// (docs/perf/wasm-bytes.md §23-§24). So the build tries weights here, on the
// output it is about to ship, and keeps the best:
//
//   - each candidate is split by wasm-split-cli alone (no wasm-bindgen, no
//     wasm-opt: about half a second), and every module is measured by its
//     gzip size without custom sections, scaled by ESTIMATE_RATIO to what
//     `wasm-opt -Oz` then gzip -9 give (within ±2 % on each first open);
//   - a candidate is kept only if every landing's first open needs at most
//     12 wasm files beyond the shell, the client's two pages stay within
//     150 KB, no file is under 2 KB and the shell does not grow (its chunks
//     are everybody's first visit);
//   - among those, the least bytes in all first opens, each file counted as
//     FILE_KB more, each KB over 150 counted four times and each first open
//     over 150 KB as 50 KB more, the client's two pages three times (see
//     `score`). A score that put the number of first opens under 150 KB
//     before everything traded 50 KB on the toolkit for 2 KB that brought
//     another page under the line.
//
// Code that `shared` (3) or more features' first opens need goes to the
// shell's chunk, loaded at start (the patch's WASM_SPLIT_SHARED): fixed, not
// searched, since how much the shell carries is a choice (perf record §27).
//
// The search is a coordinate descent from each of CHUNK_STARTS (below): one
// weight or limit changed at a time, kept when the score falls, for at most
// MAX_ROUNDS rounds; the best of the descents is kept. A descent may cross
// groupings that break a hard limit (they score by how far they break it,
// above every valid one), since valid groupings lie in narrow regions. The
// first start is the hint (tools/split-tune.hint.json): the best setting a
// longer search found for recent code, which stays near the best as the
// code changes. The choice is cached by the rustc output's hash in target/,
// so building the same code again costs nothing.
//
// `node tools/split-tune.mjs [rustc wasm]` prints the choice and its figures;
// with `--kicks N` it then moves several weights of the best at once, N
// times, and descends again from each (about two minutes each); with
// `--save-hint` it writes the best setting to the hint file.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { landingFiles, loaderModules } from './sw-lists.mjs';

/** The landings whose first open is measured, each with the split points
 *  (src/pages/mod.rs) it loads at once: a feature's route, and for the
 *  career guide the route with the view the address names (the overview,
 *  a role page). The start-up script fetches the same (PAGE_WASM in
 *  tools/postbuild.mjs), and `make audit` counts the same. */
export const LANDINGS = {
  wizard: ['__wizard_route_view'],
  toolkit: ['__toolkit_route_view'],
  settings: ['__settings_route_view'],
  reply: ['__reply_route_view'],
  client: ['__client_route_view'],
  career: ['__career_route_view', 'page_career_overview'],
  role: ['__career_route_view', 'page_career_role'],
  budget: ['__budget_route_view'],
};
/** The features whose first opens count for code shared at start: each
 *  landing's split points, the landings of one route as one feature. */
const SHARED_FEATURES = (() => {
  const viewsOf = new Map();
  for (const [route, ...views] of Object.values(LANDINGS)) viewsOf.set(route, [...(viewsOf.get(route) ?? []), ...views]);
  return [...viewsOf].map(([route, views]) => [route, ...views].join('|'));
})();
/** The client's pages: the agency's client opens them from a link. */
const CLIENT_PAGES = ['client', 'reply'];
/** The issue's targets for a first open beyond the shell. */
const TARGET_KB = 150;
const MAX_REQUESTS = 12;
const MIN_FILE_KB = 2;
/** What one more file in a first open costs, as KB: each is a request and
 *  a module the page instantiates on its main thread. A grouping that saved
 *  bytes with more files per landing lost main-thread time in every audit
 *  (perf record §26). */
const FILE_KB = 5;
/** Estimated gzip (custom sections out, level 6) to shipped gzip (wasm-opt
 *  -Oz, gzip -9), measured on 2bfcebd: 0.885-0.923 per first open. */
const ESTIMATE_RATIO = 0.905;
const WEIGHT_STEPS = [1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 25, 30, 40, 60, 80];
const MAX_STEPS = [10, 11, 12, 13, 14, 15, 16];
const MIN_STEPS = [3000, 4000, 5000, 6000];
const MAX_ROUNDS = 3;

// The grouping (Suitcase's patch of wasm-split, tools/wasm-split/) reads:
// the most chunks one split point may need (`max`; every route also needs
// the shell's chunk, so a first open stays at 12 wasm files beyond the
// shell or fewer, checked here and by `make audit`), the smallest chunk in
// raw bytes of code and data (`min`), the split points every page loads at
// start (the shell's database split, kept out of merges), and per split
// point the weight of the bytes a merge adds to it (1 when not listed).
// A feature's first open (its route) weighs far more than a view fetched
// later inside it (`page_*`, weight 1): every visitor of the page downloads
// the route's chunks, only those who open a view download the view's, and
// the service worker has usually cached those by then. The client's proposal
// page and its reply page weigh most: the agency's client opens them from a
// link, often on a phone, and has no reason to wait.
// The features with views of their own (`lazy_view!(page_<feature>_…)`);
// a build with a view of another feature fails (splitWasm), rather than
// grouping its chunks as if it were a route of its own.
export const VIEW_FEATURES = ['budget', 'career', 'settings', 'toolkit', 'wizard'];
// The starting weights: the choice of §23 of the perf record, by hand.
const CHUNK_WEIGHTS = {
  __client_route: 30,
  __reply_route: 30,
  __settings_route: 12,
  __toolkit_route: 12,
  __career_route: 12,
  __wizard_route: 12,
  __budget_route: 12,
  page_career_overview: 12,
  page_career_role: 12,
};
// The reference of the build's search for this output's weights and limits
// (tools/split-tune.mjs; also the grouping of a build without the search):
// the shell may not grow beyond what it gives. The ground is rough (one
// weight moved can move a first open by 30 KB), so the search descends from
// several starts: the hint (below), and two with the client's pages
// weighted far above the rest (the choice of the build before the guide's
// views were split): one with a chunk more per split point, one with two
// more and the toolkit and the guide's landings weighted up.
/** Code this many features' first opens need (SHARED_FEATURES) is loaded
 *  at start: 3 halves every first open beyond the shell for 65 KB more in
 *  the shell, and a deep link downloads about what it did (§27). */
const SHARED_LEAST = 3;
export const CHUNK_START = { weights: CHUNK_WEIGHTS, max: 12, min: 4000, shared: SHARED_LEAST };
const CLIENT_FIRST = { ...CHUNK_WEIGHTS, __client_route: 20, __reply_route: 80, __settings_route: 10 };
/** Suitcase's patch of wasm-split (the grouping the settings are for). */
const GROUPING_PATCH = fileURLToPath(new URL('./wasm-split/grouping.patch', import.meta.url));
/** The hint: the best setting a longer search (`--kicks`) found. */
export const HINT_FILE = fileURLToPath(new URL('./split-tune.hint.json', import.meta.url));
const hint = existsSync(HINT_FILE) ? [JSON.parse(readFileSync(HINT_FILE, 'utf8')).setting] : [];
export const CHUNK_STARTS = [
  ...hint,
  { weights: CLIENT_FIRST, max: 13, min: 4000 },
  { weights: { ...CLIENT_FIRST, __toolkit_route: 20, page_career_overview: 30, page_career_role: 30 }, max: 14, min: 4000 },
].map((s) => ({ shared: SHARED_LEAST, ...s }));
// A feature's views fetched on first use (`lazy_view!`, src/pages/mod.rs)
// load only inside their route.
export const WITHIN = VIEW_FEATURES.map((f) => `page_${f}_>__${f}_route_view`).join(',');

const sha = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The module without its custom sections (names, producers): what ships
 *  keeps none of them. */
function withoutCustomSections(bytes) {
  const parts = [bytes.subarray(0, 8)];
  let i = 8;
  while (i < bytes.length) {
    const start = i;
    const id = bytes[i++];
    let size = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[i++];
      size |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    const end = i + size;
    if (id !== 0) parts.push(bytes.subarray(start, end));
    i = end;
  }
  return Buffer.concat(parts);
}

/** Each feature's first open beyond the shell (estimated KB, files), the
 *  shell's chunks, the smallest file, from a split in `dir`; `sizeCache`
 *  keeps sizes by content across candidates (most chunks recur). */
function measure(dir, sizeCache) {
  const modules = loaderModules(readFileSync(join(dir, '__wasm_split.js'), 'utf8'));
  const sizes = new Map(
    [...modules.keys()].map((file) => {
      const bytes = readFileSync(join(dir, file));
      const key = sha(bytes);
      if (!sizeCache.has(key)) sizeCache.set(key, (ESTIMATE_RATIO * gzipSync(withoutCustomSections(bytes), { level: 6 }).length) / 1000);
      return [file, sizeCache.get(key)];
    }),
  );
  const files = [...modules.keys()];
  const kb = (list) => list.reduce((a, f) => a + sizes.get(f), 0);
  const shellSplit = files.find((f) => f.startsWith('split_open_database'));
  if (!shellSplit) throw new Error('split-tune: no open_database split point (the shell)');
  const shell = new Set([shellSplit, ...modules.get(shellSplit)]);
  const first = {};
  for (const [landing, points] of Object.entries(LANDINGS)) {
    const beyond = landingFiles(modules, points, landing).filter((f) => !shell.has(f));
    first[landing] = { kb: kb(beyond), files: beyond.length };
  }
  return { first, shellKb: kb([...shell]), smallest: Math.min(...sizes.values()) };
}

/** How far a candidate breaks the hard limits (0: not at all): each file
 *  over 12, each KB under 2 of the smallest file count 100, each KB over
 *  150 of a client page and over the limit of the shell 10. */
function violation(m, shellLimit) {
  let v = 0;
  for (const [landing, f] of Object.entries(m.first)) {
    v += 100 * Math.max(0, f.files - MAX_REQUESTS);
    // The client's pages meet 150 KB with room to spare: no trade takes them over.
    if (CLIENT_PAGES.includes(landing)) v += 10 * Math.max(0, f.kb - TARGET_KB);
  }
  return v + 100 * Math.max(0, MIN_FILE_KB - m.smallest) + 10 * Math.max(0, m.shellKb - shellLimit);
}

/** What a descent minimises: the score, or for a candidate that breaks a
 *  hard limit a figure above every valid score that falls as it breaks it
 *  less (so a descent can leave an invalid region). */
function descentScore(m, shellLimit) {
  const v = violation(m, shellLimit);
  return v > 0 ? INVALID + 1000 * v + score(m) : score(m);
}
const INVALID = 1e6;

/** Lower is better, for a candidate within the hard limits. */
function score(m) {
  const firstOpens = Object.entries(m.first);
  let over = 0;
  let excess = 0;
  let bytes = 0;
  for (const [landing, f] of firstOpens) {
    if (f.kb > TARGET_KB) {
      over += 1;
      excess += f.kb - TARGET_KB;
    }
    bytes += (CLIENT_PAGES.includes(landing) ? 3 : 1) * (f.kb + FILE_KB * f.files);
  }
  return over * 50 + excess * 3 + bytes;
}

/** The environment wasm-split-cli reads for a setting. */
export function groupingEnv(setting, within) {
  return {
    WASM_SPLIT_MAX_CHUNKS: String(setting.max),
    WASM_SPLIT_MIN_CHUNK_BYTES: String(setting.min),
    WASM_SPLIT_EAGER: 'open_database',
    WASM_SPLIT_WEIGHTS: Object.entries(setting.weights).map(([p, w]) => `${p}=${w}`).join(','),
    WASM_SPLIT_WITHIN: within,
    WASM_SPLIT_SHARED: [setting.shared ?? 0, ...SHARED_FEATURES].join(';'),
  };
}

/**
 * The best setting for the rustc output `original`: a descent from each of
 * `starts` ([{ weights: { prefix: weight }, max, min }]), the lowest score
 * kept; the shell may not grow beyond what `reference` (a setting) gives it;
 * `within` is the WASM_SPLIT_WITHIN value. Returns { setting, measured,
 * start (the reference's figures), tried, cached }.
 */
export async function tune(original, reference, starts, within, { cacheDir, kicks = 0, log = () => {} } = {}) {
  const wasm = readFileSync(original);
  // The grouping patch decides what a setting gives: a changed patch is a
  // new search.
  const patch = readFileSync(GROUPING_PATCH);
  const key = sha(Buffer.concat([wasm, patch, Buffer.from(JSON.stringify({ reference, starts, within, kicks, LANDINGS, TARGET_KB, MAX_REQUESTS, FILE_KB, ESTIMATE_RATIO, WEIGHT_STEPS, MAX_STEPS, MIN_STEPS, score: String(score), violation: String(violation) }))]));
  const cacheFile = cacheDir && join(cacheDir, `split-tune-${key}.json`);
  if (cacheFile && existsSync(cacheFile)) return { ...JSON.parse(readFileSync(cacheFile, 'utf8')), cached: true };

  const work = mkdtempSync(join(tmpdir(), 'suitcase-tune-'));
  const sizes = new Map();
  const seen = new Map();
  let tried = 0;
  const evaluate = (setting) => {
    const id = JSON.stringify(setting);
    if (!seen.has(id)) {
      const dir = join(work, String(tried++));
      mkdirSync(dir);
      const split = new Promise((done, fail) =>
        execFile('wasm-split-cli', [original, dir, '--out-name', 'tune'], { env: { ...process.env, ...groupingEnv(setting, within) } }, (e) =>
          e ? fail(e) : done(),
        ),
      );
      seen.set(
        id,
        split.then(() => {
          const measured = measure(dir, sizes);
          rmSync(dir, { recursive: true, force: true });
          return { setting, measured };
        }),
      );
    }
    return seen.get(id);
  };
  // Candidates two at a time (a split is one process on one core).
  const all = async (settings) => {
    const out = [];
    for (let i = 0; i < settings.length; i += 2) out.push(...(await Promise.all(settings.slice(i, i + 2).map(evaluate))));
    return out;
  };
  try {
    const ref = await evaluate(reference);
    const shellLimit = ref.measured.shellKb * 1.02;
    let best = null;
    let bestScore = Infinity;
    // One descent: one weight, or the limits, changed at a time, kept when
    // it lowers `descentScore`; the best valid end of every descent is kept.
    const descend = async (start, name) => {
      let here = await evaluate(start);
      let hereScore = descentScore(here.measured, shellLimit);
      const step = async (settings) => {
        let moved = false;
        for (const r of await all(settings)) {
          const s = descentScore(r.measured, shellLimit);
          if (s < hereScore) {
            here = r;
            hereScore = s;
            moved = true;
          }
        }
        return moved;
      };
      for (let round = 0; round < MAX_ROUNDS; round++) {
        let moved = false;
        for (const prefix of Object.keys(start.weights)) {
          const base = here.setting;
          moved = (await step(WEIGHT_STEPS.filter((w) => w !== base.weights[prefix]).map((w) => ({ ...base, weights: { ...base.weights, [prefix]: w } })))) || moved;
        }
        const base = here.setting;
        const limits = MAX_STEPS.flatMap((max) => MIN_STEPS.map((min) => ({ ...base, max, min })));
        moved = (await step(limits.filter((s) => s.max !== base.max || s.min !== base.min))) || moved;
        if (!moved) break;
      }
      const valid = hereScore < INVALID;
      log(`split-tune: ${name}: ${valid ? `score ${Math.round(hereScore)}` : 'no valid grouping'}, ${tried} groupings tried`);
      if (valid && hereScore < bestScore) {
        best = here;
        bestScore = hereScore;
      }
    };
    for (const [n, start] of starts.entries()) await descend(start, `start ${n + 1}`);
    // Kicks: three weights of the best and its chunk limit set at random
    // (a fixed seed: the same code gives the same choice), then a descent.
    let seed = 1;
    const pick = (list) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return list[Math.floor((seed / 2147483648) * list.length)];
    };
    for (let k = 0; k < kicks && best; k++) {
      const weights = { ...best.setting.weights };
      for (let j = 0; j < 3; j++) weights[pick(Object.keys(weights))] = pick(WEIGHT_STEPS);
      await descend({ ...best.setting, weights, max: pick(MAX_STEPS) }, `kick ${k + 1}`);
    }
    if (!best) throw new Error('split-tune: no grouping keeps every landing within 12 wasm files and every file at 2 KB or more');
    const result = { setting: best.setting, measured: best.measured, start: ref.measured, tried };
    if (cacheFile) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cacheFile, JSON.stringify(result));
    }
    return { ...result, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** One line per feature: the first open before and after tuning. */
export function report(result) {
  const line = (f) => {
    const a = result.start?.first[f];
    const b = result.measured.first[f];
    return `  ${f.padEnd(9)} ${a ? `${a.kb.toFixed(1).padStart(6)} KB (${a.files}) -> ` : ''}${b.kb.toFixed(1).padStart(6)} KB (${b.files})`;
  };
  return [
    `split-tune: ${JSON.stringify(result.setting)}${result.cached ? ' (cached)' : `, ${result.tried} groupings tried`}`,
    '  first open beyond the shell, estimated (files):',
    ...Object.keys(LANDINGS).map(line),
    `  shell chunks ${result.measured.shellKb.toFixed(1)} KB, smallest file ${result.measured.smallest.toFixed(1)} KB`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kicks: { type: 'string', default: '0' }, 'save-hint': { type: 'boolean', default: false } },
  });
  const kicks = Number(values.kicks);
  if (!Number.isInteger(kicks) || kicks < 0) throw new Error(`split-tune: --kicks takes a whole number, not "${values.kicks}"`);
  const original = positionals[0] || resolve(here, '../target/wasm32-unknown-unknown/release/suitcase.wasm');
  const result = await tune(original, CHUNK_START, CHUNK_STARTS, WITHIN, { kicks, log: (s) => console.error(s) });
  console.log(report(result));
  if (values['save-hint']) {
    const first = Object.fromEntries(Object.entries(result.measured.first).map(([l, f]) => [l, { kb: Math.round(f.kb * 10) / 10, files: f.files }]));
    writeFileSync(HINT_FILE, `${JSON.stringify({ setting: result.setting, first }, null, 2)}\n`);
    console.log(`split-tune: wrote ${HINT_FILE}`);
  }
}
