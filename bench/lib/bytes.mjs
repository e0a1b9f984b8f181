// Bytes on the first visit: every response the server sent while a fresh context loaded the
// page, until the load event, any service worker active, and the network quiet. Each file is
// priced as gzip -9 and brotli -q 11 from disk. Playwright says which requests the page made
// and whether the network answered them, so the page's load can be told from the worker's
// precache.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadToStart, newContext, newPage, settle } from './browser.mjs';
import { sizes } from '../../tools/lib/sizes.mjs';

const QUIET_MS = 500;
const CHUNK = /^(split_|chunk_)[^/]*\.wasm$/;
const QUIET_MAX_MS = 5_000;

async function quiet(log) {
  const deadline = Date.now() + QUIET_MAX_MS;
  let seen = log.length;
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < QUIET_MS) {
    await new Promise((ok) => setTimeout(ok, 50));
    if (log.length !== seen) {
      seen = log.length;
      since = Date.now();
    }
  }
}

/** The file under `root` that a request path was served from. */
function fileOf(path, prefix) {
  const rel = decodeURIComponent(path.slice(prefix.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/**
 * Per file: full (200) downloads by the page and by a service worker, and sizes.
 * `total` ("first load", the start screen) sums the distinct files the page itself asked for
 * before "Start quiz" was shown, wasm chunks excepted (the start screen never waits for
 * them, even when a page asks for them early).
 * `later` sums the chunks and whatever it first asked for after, listed in `late`. `visit` sums every download, so a file fetched by
 * the page and again by the worker counts twice.
 */
export async function firstLoadBytes(browser, { server, url, root, prefix }) {
  const context = await newContext(browser);
  // The page's own full responses from the network. A worker's fetch may be answered from the
  // HTTP cache without reaching the server, so the server's count minus these is the worker's.
  const byPage = new Map();
  context.on('requestfinished', async (request) => {
    if (request.serviceWorker()) return;
    const response = await request.response();
    if (!response || response.status() !== 200 || response.fromServiceWorker()) return;
    const path = new URL(request.url()).pathname;
    byPage.set(path, (byPage.get(path) ?? 0) + 1);
  });
  try {
    const page = await newPage(context);
    const from = server.log.length;
    const { shown } = await loadToStart(page, url);
    const worker = await settle(page);
    await quiet(server.log);
    // When the page first asked for each path, on the clock "clickable" is on: resource
    // timing, not the server's log, so a request made just after the start screen was
    // ready is never put before it.
    const askedAt = new Map(
      await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime])),
    );
    const byPath = new Map();
    for (const { path, status } of server.log.slice(from)) {
      if (status === 200) byPath.set(path, (byPath.get(path) ?? 0) + 1);
    }
    // "/quiz/" and "/quiz/index.html" are one file.
    const byFile = new Map();
    for (const [path, downloads] of byPath) {
      const file = fileOf(path, prefix);
      const fromPage = Math.min(downloads, byPage.get(path) ?? 0);
      const entry = byFile.get(file) ?? { file, fromPage: 0, fromWorker: 0, firstByPage: Infinity };
      entry.fromPage += fromPage;
      entry.fromWorker += downloads - fromPage;
      // The document itself has no resource entry: it comes first.
      if (fromPage > 0) entry.firstByPage = Math.min(entry.firstByPage, askedAt.get(path) ?? 0);
      byFile.set(file, entry);
    }
    const files = [];
    const late = [];
    for (const { file, fromPage, fromWorker, firstByPage } of byFile.values()) {
      if (fromPage > 0 && (firstByPage > shown || CHUNK.test(file))) late.push(file);
      files.push({ file, fromPage, fromWorker, ...sizes(await readFile(join(root, file))) });
    }
    // The page cannot start without its wasm: if none is the page's, attribution failed.
    const wasm = files.filter((f) => f.file.endsWith('.wasm'));
    if (wasm.length && !wasm.some((f) => f.fromPage > 0)) {
      throw new Error('could not tell the page\'s downloads from the service worker\'s: no wasm was the page\'s');
    }
    const pages = files.filter((f) => f.fromPage > 0);
    const early = pages.filter((f) => !late.includes(f.file));
    return {
      files,
      total: sum(early, () => 1),
      later: sum(pages.filter((f) => late.includes(f.file)), () => 1),
      // The wasm the start screen runs: the page's own, asked for before it was clickable.
      mainWasm: early.find((f) => f.file.endsWith('.wasm'))?.file,
      visit: sum(files, (f) => f.fromPage + f.fromWorker),
      requests: files.reduce((n, f) => n + f.fromPage + f.fromWorker, 0),
      late,
      serviceWorker: worker,
    };
  } finally {
    await context.close();
  }
}

/** Sizes of named files, for a peer measured by its parts (H5P's core player). */
export async function fileBytes(root, names) {
  const files = [];
  for (const file of names) {
    files.push({ file, fromPage: 1, fromWorker: 0, ...sizes(await readFile(join(root, file))) });
  }
  const total = sum(files, () => 1);
  const none = { raw: 0, gzip: 0, brotli: 0 };
  return { files, total, later: none, visit: total, requests: files.length, late: [], serviceWorker: 'none' };
}

function sum(files, times) {
  const of = (key) => files.reduce((n, f) => n + f[key] * times(f), 0);
  return { raw: of('raw'), gzip: of('gzip'), brotli: of('brotli') };
}
