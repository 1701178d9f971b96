// Tiny static file server that behaves like GitHub Pages for a project site.
//
//   node tools/serve.mjs <dir> [--port 8080] [--base /suitcase/]
//
// - serves <dir> under <base>; "/suitcase" redirects to "/suitcase/" (301);
// - "/x" also tries "x.html", as GitHub Pages does, even when a folder x/
//   exists too;
// - otherwise a directory serves its index.html (and gets a trailing-slash
//   redirect);
// - any other path under <base> answers 404 with the body of <dir>/404.html;
// - gzip for text types and wasm when the client accepts it; no brotli
//   (GitHub Pages does not send brotli either);
// - Cache-Control: no-cache everywhere, with ETag / Last-Modified and 304s.
//
// Also importable: `const { url, close } = await startServer({ dir, base, port })`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { resolve, join, extname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm|xml|javascript)|image\/svg\+xml)/;

/** Normalise a base path to "/x/y/" form ("/" stays "/"). */
function normBase(base = '/') {
  let b = String(base).trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** True if the Accept-Encoding header allows gzip (honours "gzip;q=0"). */
function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

async function fileAt(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

export async function startServer({ dir = 'dist', base = '/', port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const prefix = normBase(base);
  const gzCache = new Map(); // path -> { mtimeMs, size, body }: gzip each file once

  async function send(req, res, status, path) {
    const type = TYPES[extname(path).toLowerCase()] || 'application/octet-stream';
    const { mtimeMs, size } = await stat(path);
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (COMPRESSIBLE.test(type)) headers.Vary = 'Accept-Encoding';
    if (status === 200) {
      // Validators, as GitHub Pages sends: a "no-cache" revalidation costs a 304, not a download.
      headers.ETag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
      headers['Last-Modified'] = new Date(mtimeMs).toUTCString();
      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').some((t) => t.trim() === headers.ETag || t.trim() === '*')) {
        res.writeHead(304, headers);
        return res.end();
      }
    }
    let body = await readFile(path);
    if (headers.Vary && acceptsGzip(req.headers['accept-encoding'])) {
      let hit = gzCache.get(path);
      if (!hit || hit.mtimeMs !== mtimeMs || hit.size !== body.length) {
        hit = { mtimeMs, size: body.length, body: gzipSync(body) };
        gzCache.set(path, hit);
      }
      body = hit.body;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function plain(res, status, text, headers = {}) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
    res.end(text);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const url = new URL(req.url, 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return plain(res, 400, 'Bad Request');
    }
    if (pathname.includes('\0')) return plain(res, 400, 'Bad Request');
    // "/suitcase" -> "/suitcase/"
    if (pathname + '/' === prefix) return plain(res, 301, 'Moved', { Location: prefix + url.search });
    // Outside the base: another site on github.io, not ours.
    if (!pathname.startsWith(prefix)) return plain(res, 404, 'Not Found');

    const rel = pathname.slice(prefix.length);
    const target = join(root, rel);
    if (target !== root && !target.startsWith(root + sep)) return plain(res, 404, 'Not Found'); // traversal

    const kind = await fileAt(target);
    if (kind === 'file') return send(req, res, 200, target);
    // "/x" is answered by x.html before the folder x/ is considered: with
    // both present GitHub Pages serves x.html with no redirect (measured in
    // slorber/trailing-slash-guide, docs/Hosting-Providers.md).
    if (!pathname.endsWith('/') && (await fileAt(target + '.html')) === 'file') {
      return send(req, res, 200, target + '.html');
    }
    if (kind === 'dir') {
      if (!pathname.endsWith('/')) return plain(res, 301, 'Moved', { Location: url.pathname + '/' + url.search });
      if ((await fileAt(join(target, 'index.html'))) === 'file') return send(req, res, 200, join(target, 'index.html'));
    }
    const notFound = join(root, '404.html');
    if ((await fileAt(notFound)) === 'file') return send(req, res, 404, notFound);
    return plain(res, 404, 'Not Found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) plain(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    port: actualPort,
    server,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.(); // keep-alive sockets would hold close() open
        server.close(() => ok());
      }),
  };
}

// CLI entry point (only when run directly, not when imported).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opts = { dir: 'dist', base: '/', port: 8080 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--port') opts.port = Number(args[++i]);
    else if (a.startsWith('--port=')) opts.port = Number(a.slice(7));
    else if (a === '--base') opts.base = args[++i];
    else if (a.startsWith('--base=')) opts.base = a.slice(7);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tools/serve.mjs <dir> [--port 8080] [--base /suitcase/]');
      process.exit(0);
    } else if (!a.startsWith('-')) opts.dir = a;
    else {
      console.error(`serve: unknown option ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('serve: --port must be an integer 0-65535');
    process.exit(2);
  }
  if ((await fileAt(resolve(opts.dir))) !== 'dir') {
    console.error(`serve: ${opts.dir} is not a directory`);
    process.exit(2);
  }
  const { url, close } = await startServer(opts).catch((err) => {
    console.error(`serve: ${err.code === 'EADDRINUSE' ? `port ${opts.port} is in use` : err.message}`);
    process.exit(1);
  });
  console.log(`Serving ${opts.dir} at ${url}`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => close().then(() => process.exit(0)));
}
