// A tiny static server for the tests: serves a folder under a URL prefix on 127.0.0.1,
// so the quiz is always exercised from a sub-path, as a provider would host it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` at `http://127.0.0.1:<port><prefix>`, plus any `mounts`
 * ({ prefix, root }) checked first; resolves to a handle with close().
 */
export async function serve({ root, prefix = '/', port = 0, headers = {}, mounts = [] }) {
  const folders = [...mounts, { prefix, root }].map((m) => ({ prefix: m.prefix, base: resolve(m.root) }));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const folder = folders.find((f) => path.startsWith(f.prefix));
    if (!folder) {
      res.writeHead(404).end('not found');
      return;
    }
    const base = folder.base;
    let file = normalize(join(base, path.slice(folder.prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    port: actual,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }),
  };
}

// Run directly: node server.mjs <root> <prefix> <port>
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = '../../dist', prefix = '/quiz/', port = '4173'] = process.argv.slice(2);
  // Test fixtures sit beside the build, as a provider's own bank files would.
  const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const handle = await serve({ root, prefix, port: Number(port), mounts: [{ prefix: `${prefix}fixtures/`, root: fixtures }] });
  console.log(`serving ${root} at ${handle.url}`);
}
