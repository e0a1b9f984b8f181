// The benchmark's static server: a folder under a sub-path on 127.0.0.1, served the way a
// production host serves it. tests/e2e/server.mjs sends neither compression nor validators,
// so Lighthouse would price the wasm uncompressed and every revisit would download it again.
// Here: brotli when the browser accepts it (optional), and an ETag, so a revisit revalidates.
// Every response is logged, which also catches fetches that no page event reports
// (a service worker's precache, for example).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotli } from '../../tools/lib/sizes.mjs';
import { TYPES } from '../../tests/e2e/server.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`. `compress: false` serves identity,
 * like the project's test server. Resolves to { url, log, close }; `log` holds
 * { path, status, bytes } per response (bytes: body sent).
 */
export async function serve({ root, prefix = '/', compress = true }) {
  const base = resolve(root);
  const cache = new Map();
  const log = [];

  const load = async (file) => {
    if (!cache.has(file)) {
      const body = await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      const br = compress && COMPRESSIBLE.has(extname(file)) ? brotli(body) : null;
      cache.set(file, { body, etag, br });
    }
    return cache.get(file);
  };
  // Brotli -q 11 of the wasm takes a second or more: do it before anything is timed.
  for (const entry of await readdir(base, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) await load(join(entry.parentPath, entry.name));
  }

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, headers, body) => {
      log.push({ path, status, bytes: body?.length ?? 0 });
      res.writeHead(status, headers).end(body);
    };
    if (!path.startsWith(prefix)) return send(404, {}, Buffer.from('not found'));
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return send(403, {}, Buffer.from('forbidden'));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { body, etag, br } = await load(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        etag,
        vary: 'accept-encoding',
      };
      if (req.headers['if-none-match'] === etag) return send(304, headers, null);
      if (compress && br && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        return send(200, { ...headers, 'content-encoding': 'br' }, br);
      }
      send(200, headers, body);
    } catch {
      send(404, {}, Buffer.from('not found'));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}${prefix}`,
    log,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(ok);
      }),
  };
}
