// Trunk post_build hook: works on the staging directory, where files already have
// their final hashed names. It
//  0. stages the lazy wasm chunks that tools/bin/wasm-bindgen split off: optimised like
//     the main module, hashed, and their loader pointed at the hashed names;
//  1. moves Trunk's inline module loader into a hashed file, so dist/ runs under a
//     Content-Security-Policy without 'unsafe-inline' (trunk#288);
//  1b. writes the start screen's opening into index.html as plain HTML, per language;
//  1c. strips the comments from our own CSS and scripts, and minifies the data files;
//  2. writes sw.js with a precache list and version computed from the real files;
//  3. writes brotli and gzip copies of text assets for servers that can use them.
// Run by hand on any built folder: node tools/postbuild.mjs <dir>
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: no directory (pass one, or run as a Trunk hook)');
  process.exit(2);
}
const template = new URL('../src/web/sw-template.js', import.meta.url);
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

function files(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// 0. Lazy chunks. The wrapper left them in target/wasm-split/<name>/ with a loader named
// split-<hash>.js, which the main JS glue already imports.
const splitRoot = fileURLToPath(new URL('../target/wasm-split/', import.meta.url));
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
// The features rustc enables for wasm32 by default, which the main module uses too.
const FEATURES = ['bulk-memory', 'multivalue', 'mutable-globals', 'nontrapping-float-to-int', 'reference-types', 'sign-ext'];
const staged = readdirSync(dir);
// Only as Trunk's hook: a folder given by hand is already finished.
const hook = Boolean(process.env.TRUNK_STAGING_DIR) && !process.argv[2];
for (const name of hook && existsSync(splitRoot) ? readdirSync(splitRoot) : []) {
  const from = join(splitRoot, name);
  const link = readdirSync(from).find((file) => /^split-[0-9a-f]{8,16}\.js$/.test(file));
  const glue = link && staged.find((file) => file.startsWith(`${name}-`) && file.endsWith('.js') && readFileSync(join(dir, file), 'utf8').includes(`"./${link}"`));
  if (!glue) continue; // left over from an earlier build of something else
  let loader = readFileSync(join(from, link), 'utf8').replaceAll(`"./${name}.js"`, `"./${glue}"`);
  for (const chunk of readdirSync(from).filter((file) => file.endsWith('.wasm'))) {
    const path = join(from, chunk);
    const out = join(dir, chunk);
    // stderr piped: wasm-opt warns about the name section wasm-split writes; a failure still throws.
    if (release) execFileSync('wasm-opt', ['-Oz', ...FEATURES.map((f) => `--enable-${f}`), path, '-o', out], { stdio: ['ignore', 'inherit', 'pipe'] });
    else copyFileSync(path, out);
    const body = readFileSync(out);
    const hashed = `${chunk.replace(/\.wasm$/, '')}-${hash(body)}.wasm`;
    renameSync(out, join(dir, hashed));
    if (!loader.includes(`"./${chunk}"`)) {
      console.error(`postbuild: the split loader never names ${chunk}; did wasm-split-cli change?`);
      process.exit(1);
    }
    loader = loader.replaceAll(`"./${chunk}"`, `"./${hashed}"`);
  }
  writeFileSync(join(dir, link), loader);
  // The glue imports the loader statically: fetch it alongside, not one round trip later.
  const htmlFile = join(dir, 'index.html');
  const page = readFileSync(htmlFile, 'utf8');
  const gluePreload = new RegExp(`<link rel="modulepreload" href="\\./${glue.replace(/\./g, '\\.')}"[^>]*>`);
  if (!gluePreload.test(page)) {
    console.error(`postbuild: index.html has no modulepreload for ${glue}; did Trunk change its output?`);
    process.exit(1);
  }
  const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
  writeFileSync(htmlFile, page.replace(gluePreload, (tag) => `${tag}\n<link rel="modulepreload" href="./${link}" crossorigin="anonymous" integrity="${integrity}">`));
  // No preload links for the chunks: tried for issue 18 (bench/leads.md), they held back
  // the start screen on slow 4G by taking bandwidth from the main wasm, and brought the
  // first question no sooner.
}
// A glue that imports a loader which is not here would fail at start: refuse the build.
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const source = readFileSync(join(dir, file), 'utf8');
  if (/from "(\.\/__wasm_split\.js|__wasm_split_placeholder__)"/.test(source)) {
    console.error(`postbuild: ${file} was built without the split step; build with tools/quiz.sh (it puts tools/bin first on PATH)`);
    process.exit(1);
  }
  for (const [, wanted] of source.matchAll(/from "\.\/(split-[0-9a-f]{8,16}\.js)"/g)) {
    if (!existsSync(join(dir, wanted))) {
      console.error(`postbuild: ${file} imports ${wanted}, which is not in the build`);
      process.exit(1);
    }
  }
}

// 1. The loader, out of the HTML.
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (found) {
  const loader = found[1].trim() + '\n';
  const name = `loader-${hash(loader)}.js`;
  writeFileSync(join(dir, name), loader);
  html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  writeFileSync(htmlPath, html);
} else if (!/<script type="module" src="\.\/loader-/.test(html)) {
  console.error('postbuild: no inline loader found in index.html; did Trunk change its output?');
  process.exit(1);
}

// 1b. The start screen's opening as plain HTML, one hidden copy per built-in bank, for
// src/web/pre.js to show before the app runs (issue 18: the start screen painted only once
// the main wasm ran), with the app's "Loading…" in every interface language (issue 26) in
// a data attribute, for pre.js to pick. Same elements and classes as the app's shell and
// start screen (src/app.rs, src/components/start.rs), so taking over moves nothing.
if (!html.includes('data-pre')) {
  const content = new URL('../src/content/', import.meta.url);
  const strings = new URL('../src/i18n/strings/', import.meta.url);
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  // English is compiled into the app; every other interface language is a strings file.
  const english = readFileSync(new URL('../crates/quiz-core/src/strings/en.rs', import.meta.url), 'utf8').match(/^\s*loading_screen: "([^"]+)",$/m)?.[1];
  const loading = { en: english };
  for (const file of readdirSync(strings).filter((f) => f.endsWith('.json'))) {
    loading[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(new URL(file, strings), 'utf8')).messages.loading_screen;
  }
  if (Object.values(loading).some((text) => !text)) {
    console.error('postbuild: an interface language has no loading_screen text for the static start screen');
    process.exit(1);
  }
  const copies = readdirSync(content)
    .filter((file) => /^bank\.[a-z]+\.json$/.test(file))
    .sort()
    .map((file) => {
      const { lang, title, description } = JSON.parse(readFileSync(new URL(file, content), 'utf8'));
      return `<div data-pre lang="${escape(lang)}" hidden><header class="masthead"><h1>${escape(title)}</h1></header><main class="quiz"><section class="screen start"><p class="lead">${escape(description)}</p><p class="muted" role="status" lang="${escape(lang)}">${escape(loading[lang] ?? english)}</p></section></main></div>`;
    });
  // Before pre.js, which shows one; the loading line comes after it, so it is never painted first.
  const placeholder = /(<div id="boot">)(\s*)(<script src="\.\/pre-)/;
  if (copies.length === 0 || !placeholder.test(html)) {
    console.error('postbuild: no built-in bank, or no #boot with pre.js first in index.html, for the static start screen');
    process.exit(1);
  }
  const attribute = escape(JSON.stringify(loading));
  html = html.replace(placeholder, (_, open, space, script) => `${open.replace('>', ` data-loading="${attribute}">`)}${space}${copies.join('\n')}\n${script}`);
  writeFileSync(htmlPath, html);
}

// 1c. Our own stylesheet and small scripts without their comments (issue 26: about 2 KB
// brotli of the start screen), renamed for their new content and with their integrity
// redone. Trunk writes its hashes without leading zeros, so one in sixteen is 15 digits long:
// the names are matched on 8 to 16. Only whole-line // comments in scripts, so nothing inside a string is touched;
// CSS has no strings that hold a comment. The bank and strings files are minified too: they
// are data for the app, and their readable copies are in the repository.
{
  let page = readFileSync(htmlPath, 'utf8');
  for (const file of readdirSync(dir).filter((f) => /^(main|crash|pre|sw-register)-[0-9a-f]{8,16}\.(css|js)$/.test(f))) {
    const body = readFileSync(join(dir, file), 'utf8');
    const stripped = file.endsWith('.css')
      ? body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s+/gm, '').replace(/\n+/g, '\n')
      : body.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
    const renamed = file.replace(/-[0-9a-f]{8,16}\./, `-${hash(stripped)}.`);
    if (renamed === file) continue;
    const tag = new RegExp(`<[^>]*"\\./${file.replace(/\./g, '\\.')}"[^>]*>`);
    if (!tag.test(page)) {
      console.error(`postbuild: index.html does not link ${file}; did Trunk change its output?`);
      process.exit(1);
    }
    const integrity = `sha384-${createHash('sha384').update(stripped).digest('base64')}`;
    page = page.replace(tag, (t) => t.replace(`./${file}`, `./${renamed}`).replace(/integrity="[^"]*"/, `integrity="${integrity}"`));
    writeFileSync(join(dir, renamed), stripped);
    unlinkSync(join(dir, file));
  }
  writeFileSync(htmlPath, page);
  html = page;
  for (const sub of ['content', 'strings']) {
    if (!existsSync(join(dir, sub))) continue;
    for (const file of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json'))) {
      const path = join(dir, sub, file);
      writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
    }
  }
}

// 2. The service worker, from whatever is really there.
for (const path of files(dir)) {
  if (/\.(br|gz)$/.test(path) || path.endsWith(`${sep}sw.js`)) unlinkSync(path);
}
const precache = files(dir)
  .map((path) => relative(dir, path).split(sep).join('/'))
  // Not needed to run a quiz: the host script, the authoring files, and the large PNG
  // icons (the browser fetches those itself when installing, online). Nor every language:
  // the page asks the worker to keep the strings and bank it uses (src/web/sw-register.js).
  // The built-in bank's pictures are precached: a question may need any of them offline.
  .filter((path) => !/^(embed\.js|bank\.schema\.json|example-bank\.json|icons\/.*\.png|content\/(?!images\/).*|strings\/.*)$/.test(path))
  .sort();
const version = hash(precache.map((path) => `${path}:${hash(readFileSync(join(dir, path)))}`).join('\n'));
// Without its whole-line comments, as in step 1c: every learner downloads it.
const sw = readFileSync(template, 'utf8')
  .split('\n')
  .filter((line) => !/^\s*\/\//.test(line))
  .join('\n')
  .replace('__VERSION__', version)
  .replace('__PRECACHE__', JSON.stringify(precache.map((p) => (p === 'index.html' ? './index.html' : `./${p}`))));
writeFileSync(join(dir, 'sw.js'), sw);

// 3. Precompressed copies, for servers that serve .br/.gz (see docs/EMBEDDING.md).
let compressed = 0;
for (const path of files(dir)) {
  if (!/\.(html|js|mjs|css|wasm|json|webmanifest|svg)$/.test(path)) continue;
  const body = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  compressed++;
}
console.log(`postbuild: loader extracted, sw.js version ${version} precaches ${precache.length} files, ${compressed} files precompressed`);
