// Bytes on the first load: every file the page actually fetched until "Start quiz" was
// clickable and the network went quiet, priced as gzip -9 and brotli -q 11 from the files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadToStart, newContext, newPage } from './browser.mjs';
import { sizes } from './sizes.mjs';

const QUIET_MS = 500;
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

/** The file under `root` that a logged request path was served from. */
function fileOf(path, prefix) {
  const rel = decodeURIComponent(path.slice(prefix.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

export async function firstLoadBytes(browser, { server, url, root, prefix }) {
  const context = await newContext(browser);
  try {
    const page = await newPage(context);
    const from = server.log.length;
    await loadToStart(page, url);
    await quiet(server.log);
    const fetched = server.log.slice(from).filter((e) => e.status === 200);
    const requests = new Map();
    for (const { path } of fetched) {
      const file = fileOf(path, prefix);
      requests.set(file, (requests.get(file) ?? 0) + 1);
    }
    const files = [];
    for (const [file, count] of requests) {
      files.push({ file, requests: count, ...sizes(await readFile(join(root, file))) });
    }
    return { files, total: total(files), requests: fetched.length };
  } finally {
    await context.close();
  }
}

/** Sizes of named files, for a peer measured by its parts (H5P's core player). */
export async function fileBytes(root, names) {
  const files = [];
  for (const file of names) files.push({ file, requests: 1, ...sizes(await readFile(join(root, file))) });
  return { files, total: total(files), requests: files.length };
}

function total(files) {
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}
